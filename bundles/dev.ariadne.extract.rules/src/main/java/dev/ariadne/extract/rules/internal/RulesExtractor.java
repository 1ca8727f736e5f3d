package dev.ariadne.extract.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.propertytypes.ServiceRanking;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.entities.Mention;

/**
 * The rules and gazetteer extractor: dates, times, durations and ranges with ISO 8601 values ({@link DateRules}),
 * quantities with units ({@link QuantityRules}), e-mail addresses, URLs and phone numbers ({@link ContactRules}),
 * and places, organisations and demonyms from a gazetteer plus organisation names by pattern ({@link NameRules}).
 *
 * <p>Registered as an {@link EntityExtractor} with {@code ariadne.extractor.name=rules} and
 * {@code service.ranking=200}, so its spans win over the statistical engine's where they disagree. The extraction
 * service calls {@link #extract} on its worker threads, concurrently; the component holds only immutable rules and
 * the gazetteer, read once at activation. It works on the raw text, not on {@link ExtractionContext#sentences()},
 * so it never waits for the language analysis: the text is cut into chunks at line breaks and the thread's
 * interrupt flag is checked between chunks.
 */
@Component(service = EntityExtractor.class)
@ExtractorProperties(name = RulesExtractor.NAME, version = RulesExtractor.VERSION)
@ServiceRanking(200)
public final class RulesExtractor implements EntityExtractor {

    /** The extractor's name. */
    static final String NAME = "rules";
    /** The extractor's version: raise it when the rules or the gazetteer change, so documents are extracted again. */
    static final String VERSION = "1.1.0";

    /** Chunks end at a line break within this many characters, or at a space. */
    static final int CHUNK = 16_384;

    private static final Pattern US_DATE = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)\\s+"
            + "[0-3]?\\d,\\s+\\d{4}\\b");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^Date:\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");

    private final List<Rules> rules;

    /** Made by DS: reads the gazetteer from the bundle. */
    @Activate
    public RulesExtractor() {
        this(Gazetteer.load());
    }

    /** Made by tests with a gazetteer of their own. */
    RulesExtractor(Gazetteer gazetteer) {
        this.rules = List.of(new ContactRules(), new DateRules(), new QuantityRules(), new NameRules(gazetteer));
    }

    @Override
    public List<Mention> extract(DocumentText text, ExtractionContext context) throws InterruptedException {
        String s = text.text();
        LocalDate date = context == null ? null : context.documentDate().orElse(null);
        if (date == null) {
            date = dateLine(s);
        }
        Scope scope = new Scope(s, date, US_DATE.matcher(s.length() > 200_000 ? s.substring(0, 200_000) : s).find());
        Found found = new Found();
        int from = 0;
        while (from < s.length()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("rules extraction interrupted at offset " + from + " of " + s.length());
            }
            int to = chunkEnd(s, from);
            Chunk chunk = new Chunk(scope, from, to);
            for (Rules r : rules) {
                r.find(chunk, found);
            }
            from = to;
        }
        return found.resolve(s, text.documentId(), NAME + "/" + VERSION);
    }

    /** The end of the chunk starting at {@code from}: after a line break, else after a space, near {@link #CHUNK}. */
    static int chunkEnd(String s, int from) {
        int limit = from + CHUNK;
        if (limit >= s.length()) {
            return s.length();
        }
        int nl = s.lastIndexOf('\n', limit);
        if (nl > from + CHUNK / 2) {
            return nl + 1;
        }
        for (int i = limit; i > from + CHUNK / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The date of a "Date: YYYY-MM-DD" line near the top of a text, when the document has no date of its own. */
    private static LocalDate dateLine(String s) {
        Matcher m = DATE_LINE.matcher(s.length() > 1_000 ? s.substring(0, 1_000) : s);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}

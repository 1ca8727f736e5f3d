package dev.ariadne.extract.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/** Runs the shipped extractor on a sentence in tests, and prints mentions compactly. */
final class Extracting {

    /** One extractor for all tests: it is stateless, and the gazetteer is read once. */
    static final RulesExtractor EXTRACTOR = new RulesExtractor();

    /** The document date of the tests: Saturday 28 November 2026. */
    static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    private Extracting() {
    }

    static List<Mention> extract(String text) {
        return extract(text, DATE);
    }

    static List<Mention> extract(String text, LocalDate date) {
        try {
            List<Mention> mentions = EXTRACTOR.extract(new DocumentText("doc", text, List.of()), new FakeContext(date));
            for (Mention m : mentions) {
                if (!text.substring(m.start(), m.end()).equals(m.text())) {
                    throw new AssertionError("span text differs: " + m);
                }
            }
            return mentions;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Mentions of a type as "text=normalized". */
    static List<String> of(String text, EntityType type) {
        return extract(text).stream().filter(m -> m.type() == type).map(m -> m.text() + "=" + m.normalized())
                .collect(Collectors.toList());
    }

    /** Every mention as "TYPE:text". */
    static List<String> all(String text) {
        return extract(text).stream().map(m -> m.type() + ":" + m.text()).collect(Collectors.toList());
    }
}

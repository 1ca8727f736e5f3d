package dev.ariadne.extract.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.nlp.LanguageAnalyzer;
import dev.ariadne.api.pipeline.DocumentStage;

/**
 * Extracts the entities of one document: runs every {@link EntityExtractor} of the whiteboard (a snapshot per
 * document, highest {@code service.ranking} first) under the per-document time budget, merges their mentions
 * ({@link MentionMerger}), resolves them ({@link EntityResolver}) and stores them with the corrections in force
 * ({@link EntityStore}).
 *
 * <p>A DS component (configuration PID {@value ExtractionConfig#PID}) registered as this class for
 * {@link ExtractionServiceImpl}; it also registers the {@code entities} {@link DocumentStage} (order
 * {@value #STAGE_ORDER}) itself, because that stage's {@code ariadne.stage.version} is derived from the set of
 * extractors and their versions and changes when they do, so the importer re-runs only this stage on documents
 * extracted with another set. {@link #process} is called on job worker threads, concurrently, one document per call;
 * it {@linkplain #analyse analyses} the document, then {@linkplain #store stores} it, and the extraction job does the
 * two on different threads. The extractors of a document run at the same time, each on an {@code ariadne-extract-N}
 * thread, while the worker waits for them with the time left, and are interrupted when the budget runs out. Long
 * texts are given in pieces ({@link ExtractionConfig#chunkChars()}) cut at sentence ends, so a budget that runs out
 * keeps what the finished pieces found; the document is then marked partial with the number of chars covered.
 */
@Component(service = ExtractionEngine.class, immediate = true, configurationPid = ExtractionConfig.PID)
@Designate(ocd = ExtractionConfig.class)
public class ExtractionEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionEngine.class);
    /** The stage name. */
    static final String STAGE_NAME = "entities";
    /** The stage order: after the index stage (100). */
    static final int STAGE_ORDER = 200;
    /** Bumped when the merging or resolution rules change, so every document is extracted again. */
    static final String RULES_VERSION = "1";
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^\\s*Date:\\s*(\\d{4}-\\d{2}-\\d{2})\\b");

    /** One extractor of the whiteboard with its properties. */
    record Extractor(OnFirstUse<EntityExtractor> service, String name, String version, int ranking, long serviceId) {
        String label() {
            return name + "/" + version;
        }
    }

    /** The per-document limits. */
    record Settings(long budgetNanos, int chunkChars, int maxMentions) {
        Settings(long budgetNanos, int chunkChars) {
            this(budgetNanos, chunkChars, 100_000);
        }

        static Settings of(ExtractionConfig config) {
            return new Settings((long) (Math.max(0.01, config.timeBudgetSeconds()) * 1e9),
                    Math.max(1000, config.chunkChars()), Math.max(1, config.maxMentions()));
        }
    }

    /** What the extraction of one document did. */
    record Outcome(int mentions, boolean partial, int covered, long millis) {
    }

    private final EntityStore store;
    /** By service id (negative for the extractors tests add). */
    private final Map<Long, Extractor> extractors = new ConcurrentHashMap<>();
    private final Map<Long, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private volatile Settings settings;
    private BundleContext bundleContext;
    private ServiceRegistration<DocumentStage> stageRegistration;
    private String registeredVersion;

    /**
     * Called by DS.
     *
     * @param store the entity tables
     * @param config the configuration of {@value ExtractionConfig#PID}
     * @param context this bundle's context, to register the stage
     */
    @Activate
    public ExtractionEngine(@Reference EntityStore store, ExtractionConfig config, BundleContext context) {
        this(store, Settings.of(config));
        this.bundleContext = context;
        registerStage();
    }

    /** For tests: an engine with explicit settings and no stage registration. */
    ExtractionEngine(EntityStore store, Settings settings) {
        this.store = store;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ariadne-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Modified
    void modified(ExtractionConfig config) {
        settings = Settings.of(config);
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            if (stageRegistration != null) {
                try {
                    stageRegistration.unregister();
                } catch (IllegalStateException e) {
                    // already gone with the bundle
                }
                stageRegistration = null;
            }
            bundleContext = null;
        }
        threads.shutdownNow();
    }

    void settings(Settings newSettings) {
        settings = newSettings;
    }

    // ---------------------------------------------------------------- whiteboards

    /** An analyzer of the whiteboard with the languages it serves. */
    private record Analyzer(OnFirstUse<LanguageAnalyzer> service, List<String> languages) {
    }

    // Both whiteboards are bound as service objects and got at the first document (OnFirstUse): the stage's version
    // needs only the extractors' properties, so nothing of an extractor loads before there is text to extract.

    @Reference(service = EntityExtractor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindExtractor(ComponentServiceObjects<EntityExtractor> extractor, Map<String, Object> properties) {
        Extractor old = extractors.get(serviceId(properties));
        extractors.put(serviceId(properties),
                extractor(old == null ? new OnFirstUse<>(extractor) : old.service(), properties));
        registerStage();
    }

    void updatedExtractor(ComponentServiceObjects<EntityExtractor> extractor, Map<String, Object> properties) {
        bindExtractor(extractor, properties);
    }

    void unbindExtractor(ComponentServiceObjects<EntityExtractor> extractor, Map<String, Object> properties) {
        Extractor old = extractors.remove(serviceId(properties));
        if (old != null) {
            old.service().release();
        }
        registerStage();
    }

    static Extractor extractor(OnFirstUse<EntityExtractor> service, Map<String, Object> properties) {
        Object name = properties.get(EntityExtractor.NAME);
        Object version = properties.get(EntityExtractor.VERSION);
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        long id = serviceId(properties);
        return new Extractor(service, name == null ? "extractor-" + id : name.toString(),
                version == null ? "0" : version.toString(), ranking instanceof Integer r ? r : 0, id);
    }

    private static long serviceId(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_ID) instanceof Long id ? id : 0L;
    }

    @Reference(service = LanguageAnalyzer.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAnalyzer(ComponentServiceObjects<LanguageAnalyzer> analyzer, Map<String, Object> properties) {
        Analyzer old = analyzers.get(serviceId(properties));
        analyzers.put(serviceId(properties), new Analyzer(old == null ? new OnFirstUse<>(analyzer) : old.service(),
                languages(properties)));
    }

    void updatedAnalyzer(ComponentServiceObjects<LanguageAnalyzer> analyzer, Map<String, Object> properties) {
        bindAnalyzer(analyzer, properties);
    }

    void unbindAnalyzer(ComponentServiceObjects<LanguageAnalyzer> analyzer, Map<String, Object> properties) {
        Analyzer old = analyzers.remove(serviceId(properties));
        if (old != null) {
            old.service().release();
        }
    }

    private static List<String> languages(Map<String, Object> properties) {
        Object languages = properties.get(LanguageAnalyzer.LANGUAGES);
        if (languages instanceof String[] array) {
            return List.copyOf(Arrays.asList(array));
        } else if (languages instanceof String s) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return List.of("*");
    }

    /** For tests: adds an extractor. */
    void add(EntityExtractor extractor, String name, String version, int ranking) {
        long id = -(extractors.size() + 1L);
        extractors.put(id, new Extractor(OnFirstUse.of(extractor), name, version, ranking, -id));
    }

    /** The extractors now, in the order their mentions win. */
    List<Extractor> snapshot() {
        List<Extractor> list = new ArrayList<>(extractors.values());
        list.sort(Comparator.comparingInt((Extractor e) -> -e.ranking()).thenComparing(Extractor::name)
                .thenComparingLong(Extractor::serviceId));
        return list;
    }

    /** The extractor set as recorded per document: {@code name/version} in ranking order, joined by commas. */
    static String signature(List<Extractor> extractors) {
        StringBuilder s = new StringBuilder();
        for (Extractor e : extractors) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(e.label());
        }
        return s.toString();
    }

    /** The stage version for a set of extractors: the rules version and a hash of the set. */
    static String stageVersion(List<Extractor> extractors) {
        List<String> labels = extractors.stream().map(Extractor::label).sorted().toList();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", labels).getBytes(StandardCharsets.UTF_8));
            return RULES_VERSION + "." + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void registerStage() {
        if (bundleContext == null) {
            return;
        }
        String version = stageVersion(snapshot());
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(DocumentStage.NAME, STAGE_NAME);
        properties.put(DocumentStage.ORDER, STAGE_ORDER);
        properties.put(DocumentStage.VERSION, version);
        try {
            if (stageRegistration == null) {
                stageRegistration = bundleContext.registerService(DocumentStage.class, this::process, properties);
            } else if (!version.equals(registeredVersion)) {
                stageRegistration.setProperties(properties);
            }
            registeredVersion = version;
        } catch (IllegalStateException e) {
            LOG.debug("The extraction stage could not be (re)registered: {}", e.getMessage());
        }
    }

    private LanguageAnalyzer analyzerFor(String language) {
        Analyzer any = null;
        for (Analyzer analyzer : analyzers.values()) {
            if (analyzer.languages().contains(language)) {
                return analyzer.service().get();
            }
            if (analyzer.languages().contains("*")) {
                any = analyzer;
            }
        }
        return any == null ? null : any.service().get();
    }

    // ---------------------------------------------------------------- extraction

    /** The stage: extracts one document. */
    void process(Case aCase, Document document, DocumentText text) throws Exception {
        extract(aCase, document, text);
    }

    /**
     * Extracts one document and stores its mentions: {@link #analyse} then {@link #store}, on the calling thread.
     *
     * @throws InterruptedException when the calling job is cancelled
     */
    Outcome extract(Case aCase, Document document, DocumentText text) throws Exception {
        return store(aCase, analyse(document, text));
    }

    /**
     * What each extractor found in one document, before the mentions are merged, resolved and stored.
     * {@code covered} is how far the extractors got when the budget ran out ({@code partial}); {@code analyseNanos} is
     * the time the analysis took.
     */
    record Analysis(Document document, String body, Optional<LocalDate> date, String extractors,
            List<MentionMerger.Ranked> found, boolean partial, int covered, int maxMentions, long analyseNanos) {
    }

    /** The merged mentions of a document, and how much of it they cover. */
    private record Merged(List<Mention> mentions, boolean partial, int covered) {
    }

    /**
     * Runs the extractors on one document; touches no table, so any number of threads may call it at once. The
     * extractors of each piece of text run at the same time, each on a thread of its own, while the caller waits with
     * the time left of the document's budget.
     *
     * @throws InterruptedException when the calling job is cancelled
     */
    Analysis analyse(Document document, DocumentText text) throws Exception {
        long started = System.nanoTime();
        Settings limits = settings;
        long deadline = started + limits.budgetNanos();
        List<Extractor> set = snapshot();
        String body = text.text();
        String language = document.metadata().language() == null ? "und" : document.metadata().language();
        Optional<LocalDate> date = documentDate(document, body);
        LanguageAnalyzer analyzer = analyzerFor(language);
        List<List<Mention>> found = new ArrayList<>();
        set.forEach(e -> found.add(new ArrayList<>()));
        boolean partial = false;
        int covered = 0;
        List<int[]> chunks = chunks(body, limits.chunkChars());
        outer:
        for (int[] chunk : chunks) {
            String piece = chunks.size() == 1 ? body : body.substring(chunk[0], chunk[1]);
            DocumentText pieceText = chunks.size() == 1 ? text : new DocumentText(document.id(), piece, List.of());
            ChunkContext context = new ChunkContext(document, language, date, piece, analyzer);
            List<Future<List<Mention>>> calls = new ArrayList<>();
            for (Extractor extractor : set) {
                calls.add(threads.submit(() -> extractor.service().get().extract(pieceText, context)));
            }
            try {
                for (int i = 0; i < set.size(); i++) {
                    Extractor extractor = set.get(i);
                    try {
                        List<Mention> mentions = calls.get(i).get(Math.max(0, deadline - System.nanoTime()),
                                TimeUnit.NANOSECONDS);
                        accept(found.get(i), mentions, document.id(), body, chunk[0], piece.length(), extractor);
                    } catch (TimeoutException e) {
                        LOG.info("Extractor {} ran out of the time budget on document {}; it is partially extracted",
                                extractor.label(), document.id());
                        partial = true;
                        break outer;
                    } catch (ExecutionException | CancellationException e) {
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        LOG.warn("Extractor {} failed on document {}", extractor.label(), document.id(), cause);
                    }
                }
            } finally {
                calls.forEach(call -> call.cancel(true)); // those still running when the budget ran out or on cancel
            }
            covered = chunk[1];
        }
        List<MentionMerger.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            ranked.add(new MentionMerger.Ranked(found.get(i), set.get(i).ranking()));
        }
        return new Analysis(document, body, date, signature(set), ranked, partial, covered, limits.maxMentions(),
                System.nanoTime() - started);
    }

    /** Merges the extractors' mentions, names them throughout the text and keeps at most the allowed number. */
    private static Merged merge(Analysis analysis) {
        String body = analysis.body();
        boolean partial = analysis.partial();
        int covered = analysis.covered();
        List<Mention> merged = MentionMerger.merge(body, analysis.found());
        int searched = body.length();
        if (partial) {
            searched = covered;
            for (Mention m : merged) {
                searched = Math.max(searched, m.end());
            }
        }
        merged = NamePropagation.propagate(body, merged, searched);
        if (merged.size() > analysis.maxMentions()) {
            merged = List.copyOf(merged.subList(0, analysis.maxMentions()));
            partial = true;
            covered = Math.min(covered, merged.get(merged.size() - 1).end());
            LOG.info("Document {} has more than {} mentions; the rest is left out", analysis.document().id(),
                    analysis.maxMentions());
        }
        return new Merged(merged, partial, covered);
    }

    /**
     * Merges the mentions of an analysed document, resolves them into entities and stores them with the corrections in
     * force. The resolver reads the people stored for earlier documents, so documents stored one after another on one
     * thread resolve the same whatever thread analysed them.
     */
    Outcome store(Case aCase, Analysis analysis) throws Exception {
        return store(aCase, List.of(analysis)).get(0);
    }

    /**
     * Stores analysed documents one after another, as {@link #store(Case, Analysis)} does each, in one transaction:
     * all of them, or none when one fails. Each document resolves names against the people of the documents stored
     * before it, those of the same call included.
     *
     * @return what was stored for each document, in order
     */
    List<Outcome> store(Case aCase, List<Analysis> analyses) throws Exception {
        List<EntityStore.Extracted> documents = new ArrayList<>();
        List<Merged> merges = new ArrayList<>();
        for (Analysis analysis : analyses) {
            long started = System.nanoTime();
            Merged merged = merge(analysis);
            long millis = TimeUnit.NANOSECONDS.toMillis(analysis.analyseNanos() + System.nanoTime() - started);
            merges.add(merged);
            documents.add(new EntityStore.Extracted(new EntityStore.Status(analysis.document().id(),
                    analysis.date().orElse(null), analysis.extractors(), merged.partial(), merged.covered(),
                    analysis.body().length(), millis),
                    people -> EntityResolver.resolve(analysis.body(), merged.mentions(), people::uniquePerson)));
        }
        List<Integer> stored = store.storeDocuments(aCase, documents);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            Merged merged = merges.get(i);
            outcomes.add(new Outcome(stored.get(i), merged.partial(), merged.covered(),
                    documents.get(i).status().millis()));
        }
        return outcomes;
    }

    /** Keeps the extractor's mentions that lie within the piece, moved to document offsets. */
    private static void accept(List<Mention> into, List<Mention> mentions, String documentId, String body,
            int offset, int pieceLength, Extractor extractor) {
        if (mentions == null) {
            return;
        }
        for (Mention m : mentions) {
            if (m == null || m.type() == null || m.end() > pieceLength || m.end() <= m.start()) {
                continue;
            }
            int start = m.start() + offset;
            int end = m.end() + offset;
            String text = body.substring(start, end);
            String source = m.source() == null || m.source().isBlank() ? extractor.label() : m.source();
            double confidence = Double.isNaN(m.confidence()) ? 0 : Math.max(0, Math.min(1, m.confidence()));
            into.add(new Mention(documentId, start, end, text, m.type(), confidence, m.normalized(), source));
        }
    }

    /** The date a document speaks from: its creation date, else a "Date: YYYY-MM-DD" line near its top. */
    static Optional<LocalDate> documentDate(Document document, String text) {
        if (document.metadata().created().isPresent()) {
            return Optional.of(LocalDate.ofInstant(document.metadata().created().get(), ZoneOffset.UTC));
        }
        Matcher m = DATE_LINE.matcher(text.substring(0, Math.min(text.length(), 1000)));
        if (m.find()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Pieces {@code [start, end)} of about {@code size} chars covering the text, cut after a sentence end. */
    static List<int[]> chunks(String text, int size) {
        List<int[]> chunks = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = Math.min(n, start + size);
            if (end < n) {
                int cut = -1;
                int floor = start + size / 2;
                for (int i = end - 1; i > floor && cut < 0; i--) {
                    char c = text.charAt(i);
                    if (c == '\n' || (c == ' ' && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
                        cut = i + 1;
                    }
                }
                if (cut < 0) {
                    for (int i = end - 1; i > floor && cut < 0; i--) {
                        if (Character.isWhitespace(text.charAt(i))) {
                            cut = i + 1;
                        }
                    }
                }
                end = cut > 0 ? cut : end;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
            }
            chunks.add(new int[] {start, end});
            start = end;
        }
        if (chunks.isEmpty()) {
            chunks.add(new int[] {0, 0});
        }
        return chunks;
    }
}

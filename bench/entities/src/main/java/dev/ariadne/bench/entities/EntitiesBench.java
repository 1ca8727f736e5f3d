package dev.ariadne.bench.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityExtractor;
import dev.ariadne.api.entities.ExtractionContext;
import dev.ariadne.api.entities.Mention;
import dev.ariadne.api.nlp.LanguageAnalyzer;
import dev.ariadne.api.nlp.Sentence;
import dev.ariadne.nlp.opennlp.internal.OpenNlpAnalyzer;

/**
 * The in-process half of {@code bench/entities.sh}, a plain Java main run without a framework, in these modes.
 *
 * <ul>
 * <li>{@code prepare <out> <max tokens> <source>...}: writes the benchmark corpus as UTF-8 plain text files (one
 * document each: a headline line, a blank line, paragraphs separated by blank lines) from plain text files and HTML
 * pages (their title, headings, paragraphs, list items and table cells), in the order given, until the corpus holds
 * about {@code max tokens} tokens as the OpenNLP analyzer counts them.</li>
 * <li>{@code engine <corpus> <runs> <store cache>}: the OpenNLP analyzer's time to first result, its sentences and
 * tokens per second, and its rate with part-of-speech tags on the first 20,000 tokens; then the NLP4J extractor
 * component (found by its name, made as DS would make it): its time from first need to its first result (the
 * engine loads then), the resident memory and heap it added, and its tokens per second over the corpus after one
 * untimed warm-up pass (median of {@code runs} passes, one thread), by the wall clock and by the CPU time of the whole
 * process (every thread, GC and JIT included).</li>
 * <li>{@code raw <corpus> <store cache>}: the NLP4J extractor alone, one warm-up pass and one timed pass, by wall
 * clock and CPU time: the raw engine measured between the stage's runs, under the same load.</li>
 * <li>{@code extractor <name> <corpus> <runs> <data dir>}: any one extractor component alone, the same way.</li>
 * <li>{@code passes <case> <passes> <job seconds>}: after {@code ariadne extract <case> --all} on a case holding
 * the corpus {@code passes} times over, in import order, with one worker: how long each pass over the corpus took
 * inside that one process, from the time each document's entities were stored ({@code entity_documents.extracted},
 * stored one after another in job order); the first pass is counted from the job's start, {@code job seconds}
 * before the last document was stored, so it includes the engines' loading.</li>
 * </ul>
 *
 * <p>Results go to standard output as {@code key=value} lines for the script; notes go to standard error.
 */
public final class EntitiesBench {

    private EntitiesBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("prepare")) {
            prepare(Path.of(args[1]), Long.parseLong(args[2]), List.of(args).subList(3, args.length));
        } else if (args.length == 4 && args[0].equals("engine")) {
            engine(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length == 3 && args[0].equals("raw")) {
            raw(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("passes")) {
            passes(Path.of(args[1]), Integer.parseInt(args[2]), Double.parseDouble(args[3]));
        } else if (args.length == 5 && args[0].equals("extractor")) {
            extractor(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            System.err.println("usage: EntitiesBench prepare <out> <max tokens> <source>... | "
                    + "engine <corpus> <runs> <store cache> | raw <corpus> <store cache> | "
                    + "extractor <name> <corpus> <runs> <data dir> | passes <case> <passes> <job seconds>");
            System.exit(2);
        }
    }

    // --- prepare ------------------------------------------------------------------------------------------------

    private static void prepare(Path out, long maxTokens, List<String> sources) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.delete(p);
            }
        }
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
        long tokens = 0;
        long chars = 0;
        int documents = 0;
        for (String source : sources) {
            if (tokens >= maxTokens) {
                break;
            }
            String text = read(Path.of(source));
            if (text.isBlank()) {
                continue;
            }
            long n = count(analyzer.analyze(text, "en", false));
            String name = Path.of(source).getFileName().toString().replaceAll("\\.(txt|html?|en\\.html)$", "");
            Files.writeString(out.resolve(String.format(Locale.ROOT, "%04d-%s.txt", documents, name)), text,
                    StandardCharsets.UTF_8);
            documents++;
            tokens += n;
            chars += text.length();
        }
        System.out.println("corpus.documents=" + documents);
        System.out.println("corpus.tokens=" + tokens);
        System.out.println("corpus.chars=" + chars);
    }

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "p", "li", "dt", "dd", "td");

    /** A plain text file as it is; an HTML page as its title and its text blocks. */
    static String read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        org.jsoup.nodes.Document page = Jsoup.parse(file.toFile(), "UTF-8");
        StringBuilder b = new StringBuilder(page.title().strip()).append("\n\n");
        for (Element e : page.body().getAllElements()) {
            if (!isBlock(e) || hasBlockChild(e)) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                b.append(t).append("\n\n");
            }
        }
        return b.toString();
    }

    /** A heading, paragraph, list item or table cell, or a DocBook paragraph ({@code div class="para"}). */
    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName()) || (e.normalName().equals("div") && e.hasClass("para"));
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (isBlock(c) || hasBlockChild(c)) {
                return true;
            }
        }
        return false;
    }

    // --- engine -------------------------------------------------------------------------------------------------

    private static void engine(Path corpus, int runs, Path storeCache) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt documents in " + corpus);
        }
        String first = "Chancellor Anna Berger arrived in Warsaw on Thursday for talks with Prime Minister Tomasz "
                + "Nowak about the $2 billion fund.";

        // the analyzer: first result (its models are read then), then sentences and tokens per second
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
        long t0 = System.nanoTime();
        analyzer.analyze(first, "en", false);
        print("analyzer.ready.ms", ms(System.nanoTime() - t0));
        long tokens = 0;
        for (String t : texts) {
            tokens += count(analyzer.analyze(t, "en", false));
        }
        List<Double> analyzerRuns = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            for (String t : texts) {
                analyzer.analyze(t, "en", false);
            }
            analyzerRuns.add(tokens / ((System.nanoTime() - s) / 1e9));
        }
        print("corpus.tokens", tokens);
        print("analyzer.tokens.per.s", Math.round(median(analyzerRuns)));
        // with part-of-speech tags, on the first documents up to about 20,000 tokens (the tagger is much slower)
        long tagged = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < texts.size() && tagged < 20_000; i++) {
            tagged += count(analyzer.analyze(texts.get(i), "en", true));
        }
        print("analyzer.tagged.tokens.per.s", Math.round(tagged / ((System.nanoTime() - t0) / 1e9)));

        // the NER engine's extractor component, made as DS makes it (see ComponentExtractors)
        long heapBefore = heapUsed(); // after a full collection, then the resident size
        long rssBefore = rssKb();
        Files.createDirectories(storeCache);
        EntityExtractor nlp4j = ComponentExtractors.make("nlp4j", storeCache);
        t0 = System.nanoTime();
        List<Mention> firstMentions = nlp4j.extract(new DocumentText("first", first, List.of()),
                new Context("first", first, analyzer));
        print("nlp4j.ready.ms", ms(System.nanoTime() - t0));
        System.err.println("bench: first mentions " + firstMentions.stream().map(m -> m.text() + "/" + m.type())
                .toList());

        // one untimed pass (JIT warm-up), then the timed ones
        long mentions = pass(nlp4j, texts, analyzer);
        long heapAfter = heapUsed();
        long rssAfter = rssKb();
        print("nlp4j.rss.added.mb", Math.round((rssAfter - rssBefore) / 1024.0));
        print("nlp4j.heap.added.mb", Math.round((heapAfter - heapBefore) / 1048576.0));
        print("process.rss.mb", Math.round(rssAfter / 1024.0));
        print("nlp4j.mentions", mentions);
        List<Double> rawRuns = new ArrayList<>();
        List<Double> rawCpuRuns = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            long cpu = processCpuNanos();
            pass(nlp4j, texts, analyzer);
            double rate = tokens / ((System.nanoTime() - s) / 1e9);
            double cpuRate = tokens / ((processCpuNanos() - cpu) / 1e9);
            rawRuns.add(rate);
            rawCpuRuns.add(cpuRate);
            System.err.printf(Locale.ROOT, "bench: raw NLP4J pass %d: %.0f tokens/s, %.0f tokens per CPU second%n",
                    r + 1, rate, cpuRate);
        }
        print("raw.tokens.per.s", Math.round(median(rawRuns)));
        print("raw.tokens.per.cpu.s", Math.round(median(rawCpuRuns)));
        print("process.rss.peak.mb", Math.round(rssPeakKb() / 1024.0));
    }

    /**
     * The raw engine alone, quickly, for the script to measure between the stage's runs under the same load: one
     * warm-up pass, one timed pass, by wall clock and process CPU time.
     */
    private static void raw(Path corpus, Path storeCache) throws Exception {
        List<String> texts = texts(corpus);
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
        long tokens = 0;
        for (String t : texts) {
            tokens += count(analyzer.analyze(t, "en", false));
        }
        Files.createDirectories(storeCache);
        EntityExtractor nlp4j = ComponentExtractors.make("nlp4j", storeCache);
        pass(nlp4j, texts, analyzer);
        long s = System.nanoTime();
        long cpu = processCpuNanos();
        pass(nlp4j, texts, analyzer);
        print("raw.tokens.per.s", Math.round(tokens / ((System.nanoTime() - s) / 1e9)));
        print("raw.tokens.per.cpu.s", Math.round(tokens / ((processCpuNanos() - cpu) / 1e9)));
    }

    /** Any one extractor component alone, as {@code engine} measures NLP4J: to see where the stage's time goes. */
    private static void extractor(String name, Path corpus, int runs, Path dataDir) throws Exception {
        List<String> texts = texts(corpus);
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer();
        long tokens = 0;
        for (String t : texts) {
            tokens += count(analyzer.analyze(t, "en", false));
        }
        Files.createDirectories(dataDir);
        EntityExtractor extractor = ComponentExtractors.make(name, dataDir);
        long t0 = System.nanoTime();
        print(name + ".mentions", pass(extractor, texts, analyzer));
        print(name + ".first.pass.s", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            long cpu = processCpuNanos();
            pass(extractor, texts, analyzer);
            rates.add(tokens / ((System.nanoTime() - s) / 1e9));
            cpuRates.add(tokens / ((processCpuNanos() - cpu) / 1e9));
        }
        print(name + ".tokens.per.s", Math.round(median(rates)));
        print(name + ".tokens.per.cpu.s", Math.round(median(cpuRates)));
    }

    /** The duration of each pass over the corpus in one extraction job, from the case's stored extraction times. */
    private static void passes(Path caseFolder, int passes, double jobSeconds) throws SQLException {
        String url = "jdbc:h2:file:" + caseFolder.resolve("store").resolve("case").toAbsolutePath()
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        List<Instant> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT extracted FROM entity_documents ORDER BY extracted")) {
            while (rs.next()) {
                stored.add(rs.getTimestamp(1).toInstant());
            }
        }
        int n = stored.size();
        if (n < passes || n % passes != 0) {
            throw new IllegalStateException(n + " documents extracted, not " + passes + " equal passes");
        }
        int perPass = n / passes;
        Instant start = stored.get(n - 1).minusMillis(Math.round(jobSeconds * 1000));
        for (int p = 1; p <= passes; p++) {
            Instant from = p == 1 ? start : stored.get((p - 1) * perPass - 1);
            Instant to = stored.get(p * perPass - 1);
            print("pass." + p + ".s", String.format(Locale.ROOT, "%.3f", Duration.between(from, to).toMillis() / 1e3));
        }
    }

    private static List<String> texts(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt documents in " + corpus);
        }
        return texts;
    }

    private static long pass(EntityExtractor extractor, List<String> texts, LanguageAnalyzer analyzer)
            throws InterruptedException {
        long mentions = 0;
        for (int i = 0; i < texts.size(); i++) {
            String id = "doc" + i;
            mentions += extractor.extract(new DocumentText(id, texts.get(i), List.of()),
                    new Context(id, texts.get(i), analyzer)).size();
        }
        return mentions;
    }

    /** The context the extraction service would give: an English document, its sentences on first request. */
    private static final class Context implements ExtractionContext {
        private final Document document;
        private final String text;
        private final LanguageAnalyzer analyzer;
        private List<Sentence> sentences;
        private List<Sentence> tagged;

        Context(String id, String text, LanguageAnalyzer analyzer) {
            this.document = new Document(id, new DocumentMetadata(id, List.of(), Optional.empty(), Optional.empty(),
                    "text/plain", "en", 0, text.length()), List.of(id), Optional.empty(), Set.of("imported"));
            this.text = text;
            this.analyzer = analyzer;
        }

        @Override
        public Document document() {
            return document;
        }

        @Override
        public String language() {
            return "en";
        }

        @Override
        public Optional<LocalDate> documentDate() {
            return Optional.empty();
        }

        @Override
        public synchronized List<Sentence> sentences() {
            if (sentences == null) {
                sentences = analyzer.analyze(text, "en", false);
            }
            return sentences;
        }

        @Override
        public synchronized List<Sentence> taggedSentences() {
            if (tagged == null) {
                tagged = analyzer.analyze(text, "en", true);
            }
            return tagged;
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static long count(List<Sentence> sentences) {
        long n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
        System.out.flush();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** The CPU time of the whole process (every thread: the work, GC and JIT), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long rssKb() throws IOException {
        return status("VmRSS:");
    }

    private static long rssPeakKb() throws IOException {
        return status("VmHWM:");
    }

    private static long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

}

package dev.ariadne.bench.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.search.SearchRequest;
import dev.ariadne.api.search.SearchResult;
import dev.ariadne.api.search.SearchService;
import dev.ariadne.importer.internal.ImporterAccess;
import dev.ariadne.importer.internal.store.DocumentStoreImpl;
import dev.ariadne.importer.internal.store.DocumentsSchema;
import dev.ariadne.search.lucene.internal.SearchAccess;

/**
 * The documents and search benchmarks of issue 3, each against a baseline measured in the same JVM, runs alternating:
 *
 * <ol>
 * <li>import and index of the text, HTML and mail parts of the corpus with the importer's import job and the search
 * bundle's index stage (the only stage: entity extraction is not part of this measurement), on 1 and on 2 workers,
 * against a plain single-thread Lucene {@link IndexWriter} indexing the very texts the import extracted, with the
 * search bundle's analyzer and fields; rates in MB of extracted text (UTF-8) per second;</li>
 * <li>PDF import of the PDF part on 1 worker against PDFBox's {@link PDFTextStripper} on the same files, in pages
 * per second;</li>
 * <li>search through the {@link SearchService} on the index of the first import against plain Lucene (the same
 * parsed query, top 20, id and title of each hit) on the same index, with generated queries of words, pairs of
 * words and phrases taken from the corpus: median and 99th percentile latencies, with and without snippets. With
 * snippets, each query is run written anew (in parentheses), so that the search records it in the case's history
 * like a new query, then again as typed, when the texts of its hits are cached and the history has it as its newest
 * query (the cost of showing the same page again).</li>
 * <li>with {@code heap}, in a JVM of its own with a 1 GB heap: one import of the whole corpus, PDF included, which
 * must succeed; the heap it needed.</li>
 * </ol>
 *
 * <p>Run by {@code bench/documents/run.sh} on the main thread: {@code DocumentsBench <corpus> <work folder> <runs>}.
 * Prints progress to standard error and the results table to standard output.
 */
public final class DocumentsBench {

    private static final String[] IMPORT_KINDS = {"text", "html", "mail"};
    private static final int HITS = 20;

    private final Path corpus;
    private final Path work;
    private final int runs;
    private int caseNumber;

    private DocumentsBench(Path corpus, Path work, int runs) {
        this.corpus = corpus;
        this.work = work;
        this.runs = runs;
    }

    /** Runs every benchmark; {@code args}: corpus folder, work folder, runs, and optionally the parts to run. */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DocumentsBench <corpus> <work folder> <runs> [import] [pdf] [search] [heap]");
            System.exit(2);
        }
        Set<String> parts = new HashSet<>(Arrays.asList(args).subList(3, args.length));
        if (parts.isEmpty()) {
            parts.addAll(List.of("import", "pdf", "search"));
        }
        DocumentsBench bench = new DocumentsBench(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        deleteTree(bench.work);
        Files.createDirectories(bench.work);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-52s %12s %12s %7s %8s", "measurement", "Ariadne", "baseline",
                "ratio", "target"));
        Path searchCase = null;
        if (parts.contains("import") || parts.contains("search")) {
            searchCase = bench.importBench(lines, parts.contains("import"));
        }
        if (parts.contains("pdf")) {
            bench.pdfBench(lines);
        }
        if (parts.contains("search")) {
            bench.searchBench(searchCase, lines);
        }
        if (parts.contains("heap")) {
            bench.heapBench(lines);
        }
        System.out.println(String.join("\n", lines));
        System.exit(0);
    }

    private static void say(String format, Object... args) {
        System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // import

    /**
     * One import into a new case, timed from the start of the job to the index commit: wall clock, and the CPU time
     * of the whole process meanwhile (all threads: import, parse, index, merges, GC), which a loaded machine does not
     * inflate.
     */
    private record Imported(Path folder, double seconds, double cpuSeconds, ImportSummary summary) {
    }

    /** Garbage collection and JIT compilation time so far, in seconds: where CPU goes besides the work itself. */
    private static String gcAndJit(double[] start) {
        double[] now = gcAndJitSeconds();
        return String.format(Locale.ROOT, "GC %.2f s, JIT %.2f s", now[0] - start[0], now[1] - start[1]);
    }

    private static double[] gcAndJitSeconds() {
        double gc = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, bean.getCollectionTime()) / 1e3;
        }
        return new double[] {gc, java.lang.management.ManagementFactory.getCompilationMXBean()
                .getTotalCompilationTime() / 1e3};
    }

    /** The CPU time this process used so far, in seconds. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private Imported importOnce(List<Path> roots, int workers, boolean keepOpen, Consumer<BenchCase> whileOpen)
            throws Exception {
        Path folder = work.resolve("case-" + (++caseNumber));
        BenchCase aCase = new BenchCase(folder, new DocumentsSchema(), SearchAccess.schema());
        DocumentStoreImpl store = new DocumentStoreImpl();
        try (ImporterAccess importer = new ImporterAccess(); SearchAccess search = new SearchAccess(store)) {
            importer.addStage(search.stage(), SearchAccess.STAGE_NAME, SearchAccess.STAGE_VERSION,
                    SearchAccess.STAGE_ORDER);
            importer.warmUp();
            System.gc();
            long start = System.nanoTime();
            double cpuStart = processCpuSeconds();
            double[] gcAndJitStart = gcAndJitSeconds();
            ImportSummary summary = importer.run(aCase, roots, workers);
            search.commit(aCase);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = processCpuSeconds() - cpuStart;
            say("  import of %d documents, %d workers: %.2f s, CPU %.2f s, of which %s", summary.imported(),
                    workers, seconds, cpuSeconds, gcAndJit(gcAndJitStart));
            if (whileOpen != null) {
                whileOpen.accept(aCase);
            }
            return new Imported(folder, seconds, cpuSeconds, summary);
        } finally {
            aCase.close();
            if (!keepOpen) {
                deleteTree(folder);
            }
        }
    }

    /** The documents and texts of a case, as the import stored them. */
    private static List<Object[]> texts(BenchCase aCase) {
        DocumentStoreImpl store = new DocumentStoreImpl();
        List<Object[]> all = new ArrayList<>();
        int count = store.count(aCase);
        for (int offset = 0; offset < count; offset += 1000) {
            for (Document document : store.list(aCase, offset, 1000)) {
                DocumentText text = store.text(aCase, document.id()).orElseThrow();
                all.add(new Object[] {document, text.text()});
            }
        }
        return all;
    }

    /** Wall clock and process CPU seconds of one baseline run. */
    private record Timed(double seconds, double cpuSeconds) {
    }

    /** Plain Lucene: one thread, one IndexWriter with default settings, the bundle's analyzer and fields. */
    private Timed rawIndex(List<Object[]> texts) throws IOException {
        Path folder = work.resolve("raw-" + (++caseNumber));
        Analyzer analyzer = SearchAccess.analyzer();
        System.gc();
        long start = System.nanoTime();
        double cpuStart = processCpuSeconds();
        try (Directory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Object[] entry : texts) {
                writer.addDocument(SearchAccess.luceneDocument((Document) entry[0], (String) entry[1]));
            }
            writer.commit();
        }
        Timed timed = new Timed((System.nanoTime() - start) / 1e9, processCpuSeconds() - cpuStart);
        deleteTree(folder);
        return timed;
    }

    private static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private Path importBench(List<String> lines, boolean measure) throws Exception {
        List<Path> roots = new ArrayList<>();
        long sourceBytes = 0;
        long sourceFiles = 0;
        for (String kind : IMPORT_KINDS) {
            Path root = corpus.resolve(kind);
            if (!Files.isDirectory(root)) {
                throw new IOException("No " + root + ": run bench/corpus.sh first");
            }
            roots.add(root);
            sourceBytes += folderBytes(root);
            try (Stream<Path> files = Files.walk(root)) {
                sourceFiles += files.filter(Files::isRegularFile).count();
            }
        }
        say("warm-up import of %s, 1 worker ...", corpus.resolve("text"));
        List<List<Object[]>> captured = new ArrayList<>();
        importOnce(List.of(corpus.resolve("text")), 1, false, aCase -> captured.add(texts(aCase)));
        rawIndex(captured.get(0));
        captured.clear();

        say("first import of %s (%.1f MB of files), 1 worker ...", roots, sourceBytes / 1e6);
        Imported first = importOnce(roots, 1, true, aCase -> captured.add(texts(aCase)));
        List<Object[]> texts = captured.get(0);
        long textBytes = texts.stream().mapToLong(entry -> utf8Bytes((String) entry[1])).sum();
        say("  %.2f s; %d imported, %d duplicates, %d failed; %d documents, %.1f MB of text", first.seconds(),
                first.summary().imported(), first.summary().duplicates(), first.summary().failed().size(),
                texts.size(), textBytes / 1e6);
        if (!measure) {
            return first.folder();
        }
        List<Double> one = new ArrayList<>(List.of(first.seconds()));
        List<Double> oneCpu = new ArrayList<>(List.of(first.cpuSeconds()));
        List<Double> two = new ArrayList<>();
        List<Double> twoCpu = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> rawCpu = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Timed r = rawIndex(texts);
            raw.add(r.seconds());
            rawCpu.add(r.cpuSeconds());
            say("run %d/%d: plain IndexWriter %.2f s, CPU %.2f s (%.2f MB/s)", run, runs, r.seconds(),
                    r.cpuSeconds(), textBytes / 1e6 / r.seconds());
            Imported twoWorkers = importOnce(roots, 2, false, null);
            two.add(twoWorkers.seconds());
            twoCpu.add(twoWorkers.cpuSeconds());
            say("run %d/%d: import, 2 workers %.2f s, CPU %.2f s (%.2f MB/s)", run, runs, twoWorkers.seconds(),
                    twoWorkers.cpuSeconds(), textBytes / 1e6 / twoWorkers.seconds());
            if (run < runs) {
                Imported oneWorker = importOnce(roots, 1, false, null);
                one.add(oneWorker.seconds());
                oneCpu.add(oneWorker.cpuSeconds());
                say("run %d/%d: import, 1 worker %.2f s, CPU %.2f s (%.2f MB/s)", run + 1, runs,
                        oneWorker.seconds(), oneWorker.cpuSeconds(), textBytes / 1e6 / oneWorker.seconds());
            }
        }
        double rawRate = textBytes / 1e6 / median(raw);
        double oneRate = textBytes / 1e6 / median(one);
        double twoRate = textBytes / 1e6 / median(two);
        lines.add(String.format(Locale.ROOT, "%-52s %7.2f MB/s %7.2f MB/s %7.2f %8s",
                "import text+HTML+mail, 1 worker vs IndexWriter", oneRate, rawRate, oneRate / rawRate, ">= 0.85"));
        lines.add(String.format(Locale.ROOT, "%-52s %7.2f MB/s %7.2f MB/s %7.2f %8s",
                "import text+HTML+mail, 2 workers vs IndexWriter", twoRate, rawRate, twoRate / rawRate, ">= 1.4"));
        lines.add(String.format(Locale.ROOT, "  %d files, %.1f MB; %d documents (members and attachments "
                + "included), %.1f MB of extracted text; seconds: 1 worker %s, 2 workers %s, IndexWriter %s",
                sourceFiles, sourceBytes / 1e6, texts.size(), textBytes / 1e6, format(one), format(two),
                format(raw)));
        lines.add(String.format(Locale.ROOT, "  process CPU seconds (all threads): 1 worker %s, 2 workers %s, "
                + "IndexWriter %s; CPU per MB of text, import / IndexWriter: 1 worker %.2f, 2 workers %.2f",
                format(oneCpu), format(twoCpu), format(rawCpu), median(oneCpu) / median(rawCpu),
                median(twoCpu) / median(rawCpu)));
        return first.folder();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // heap

    /**
     * One import of the whole corpus (text, HTML, mail and PDF) on 2 workers in this JVM, which {@code run.sh}
     * starts with a 1 GB heap: it must end with every readable file imported. Reports the largest heap in use after
     * a collection (the live data) and before one (what the collector had to make room in).
     */
    private void heapBench(List<String> lines) throws Exception {
        List<Path> roots = new ArrayList<>();
        long sourceBytes = 0;
        for (String kind : List.of("text", "html", "mail", "pdf")) {
            Path root = corpus.resolve(kind);
            if (Files.isDirectory(root)) {
                roots.add(root);
                sourceBytes += folderBytes(root);
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        say("import of the whole corpus (%.1f MB of files) with a %d MB heap, 2 workers ...", sourceBytes / 1e6,
                maxHeap >> 20);
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(
                java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long[] liveAfterGc = new long[1];
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long live = 0;
                for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                liveAfterGc[0] = Math.max(liveAfterGc[0], live);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Imported result = importOnce(roots, 2, false, null);
        watcher.interrupt();
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        lines.add(String.format(Locale.ROOT, "%-52s %9d MB %9d MB %7s %8s", "import of the whole corpus, heap in use",
                liveAfterGc[0] >> 20, maxHeap >> 20, "", "works"));
        lines.add(String.format(Locale.ROOT, "  %.1f MB of files in %.1f s (CPU %.1f s): %d imported, %d duplicates, "
                + "%d failed; largest heap after a collection %d MB, sum of pool peaks %d MB, max heap %d MB",
                sourceBytes / 1e6, result.seconds(), result.cpuSeconds(), result.summary().imported(),
                result.summary().duplicates(), result.summary().failed().size(), liveAfterGc[0] >> 20, peak >> 20,
                maxHeap >> 20));
        result.summary().failed().stream().limit(20).forEach(failure -> lines.add("    failed: " + failure.item()
                + ": " + failure.reason()));
    }

    // ----------------------------------------------------------------------------------------------------------------
    // PDF

    private void pdfBench(List<String> lines) throws Exception {
        Path root = corpus.resolve("pdf");
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(root)) {
            pdfs = files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            throw new IOException("No PDF in " + root + ": run bench/corpus.sh first");
        }
        say("PDF: warm-up ...");
        rawPdf(pdfs.subList(0, 1));
        importOnce(List.of(pdfs.get(0)), 1, false, null);
        List<Double> raw = new ArrayList<>();
        List<Double> imported = new ArrayList<>();
        int pages = 0;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            pages = rawPdf(pdfs);
            raw.add((System.nanoTime() - start) / 1e9);
            Imported result = importOnce(List.of(root), 1, false, null);
            imported.add(result.seconds());
            say("run %d/%d: PDFBox %.2f s, import %.2f s, %d pages", run, runs, raw.get(run - 1), result.seconds(),
                    pages);
        }
        double rawRate = pages / median(raw);
        double importRate = pages / median(imported);
        lines.add(String.format(Locale.ROOT, "%-52s %6.1f pg/s %6.1f pg/s %7.2f %8s",
                "PDF import, 1 worker vs PDFBox text extraction", importRate, rawRate, importRate / rawRate,
                ">= 0.90"));
        lines.add(String.format(Locale.ROOT, "  %d PDF files, %d pages; seconds: import %s, PDFBox %s", pdfs.size(),
                pages, format(imported), format(raw)));
    }

    /** PDFBox alone: loads each file and extracts its text with a default stripper; returns the pages. */
    private static int rawPdf(List<Path> pdfs) throws IOException {
        int pages = 0;
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                pages += document.getNumberOfPages();
                String text = new PDFTextStripper().getText(document);
                if (text.isEmpty()) {
                    throw new IOException("No text in " + pdf);
                }
            }
        }
        return pages;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // search

    private void searchBench(Path caseFolder, List<String> lines) throws Exception {
        BenchCase aCase = new BenchCase(caseFolder, new DocumentsSchema(), SearchAccess.schema());
        DocumentStoreImpl store = new DocumentStoreImpl();
        List<String> queries = queries(texts(aCase), 300);
        say("search: %d queries on %s ...", queries.size(), caseFolder);
        try (SearchAccess search = new SearchAccess(store);
                Directory directory = FSDirectory.open(caseFolder.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            SearchService service = search.service();
            IndexSearcher searcher = new IndexSearcher(reader);
            Analyzer analyzer = SearchAccess.analyzer();
            long[] rawNanos = new long[queries.size() * runs];
            long[] serviceNanos = new long[queries.size() * runs];
            long[] freshNanos = new long[queries.size() * runs];
            long[] freshCpuNanos = new long[queries.size() * runs];
            long[] againNanos = new long[queries.size() * runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long hits = 0;
            for (int pass = -1; pass < runs; pass++) {
                for (int q = 0; q < queries.size(); q++) {
                    String query = queries.get(q);
                    long t0 = System.nanoTime();
                    hits += rawSearch(searcher, SearchAccess.parse(query, analyzer));
                    long t1 = System.nanoTime();
                    SearchResult plain = service.search(aCase, new SearchRequest(query, 0, HITS,
                            SearchRequest.Sort.RELEVANCE, List.of(), false));
                    long t2 = System.nanoTime();
                    // the same query written differently, so the search records it in the history as a new query
                    long cpu = threads.getCurrentThreadCpuTime();
                    long t3 = System.nanoTime();
                    SearchResult fresh = service.search(aCase, SearchRequest.of("(" + query + ")", HITS));
                    long t4 = System.nanoTime();
                    long freshCpu = threads.getCurrentThreadCpuTime() - cpu;
                    // and again as typed: the texts of its hits are cached now, and the history has it as the newest
                    SearchResult again = service.search(aCase, SearchRequest.of(query, HITS));
                    long t5 = System.nanoTime();
                    hits += plain.hits().size() + fresh.hits().size() + again.hits().size();
                    if (pass >= 0) {
                        int at = pass * queries.size() + q;
                        rawNanos[at] = t1 - t0;
                        serviceNanos[at] = t2 - t1;
                        freshNanos[at] = t4 - t3;
                        freshCpuNanos[at] = freshCpu;
                        againNanos[at] = t5 - t4;
                    }
                }
            }
            say("search: %d hits read", hits);
            double rawMedian = percentile(rawNanos, 50);
            double serviceMedian = percentile(serviceNanos, 50);
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %9.2f ms %7.2f %8s",
                    "search median, top 20 vs plain Lucene", serviceMedian, rawMedian, serviceMedian / rawMedian,
                    "<= 1.5"));
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %9.2f ms %7.2f %8s",
                    "search p99, top 20 vs plain Lucene", percentile(serviceNanos, 99), percentile(rawNanos, 99),
                    percentile(serviceNanos, 99) / percentile(rawNanos, 99), "-"));
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %12s %7s %8s",
                    "search p99 with snippets for the top 20", percentile(freshNanos, 99), "-", "-", "<= 20 ms"));
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %12s %7s %8s",
                    "search median with snippets for the top 20", percentile(freshNanos, 50), "-", "-", "-"));
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %12s %7s %8s",
                    "  CPU time of it, p99 (median)", percentile(freshCpuNanos, 99), String.format(Locale.ROOT,
                            "(%.2f ms)", percentile(freshCpuNanos, 50)), "-", "-"));
            lines.add(String.format(Locale.ROOT, "%-52s %9.2f ms %12s %7s %8s",
                    "  the same again: texts cached, no history write", percentile(againNanos, 99), String.format(
                            Locale.ROOT, "(%.2f ms)", percentile(againNanos, 50)), "-", "-"));
            lines.add(String.format(Locale.ROOT, "  %d queries x %d passes on %d documents", queries.size(), runs,
                    reader.numDocs()));
        } finally {
            aCase.close();
        }
    }

    /** Plain Lucene: the top 20 and the id and title of each. */
    private static int rawSearch(IndexSearcher searcher, Query query) throws IOException {
        TopDocs top = searcher.search(query, HITS);
        StoredFields stored = searcher.storedFields();
        int read = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(SearchAccess.ID, SearchAccess.TITLE);
            stored.document(hit.doc, visitor);
            read += visitor.getDocument().get(SearchAccess.ID) == null ? 0 : 1;
        }
        return read;
    }

    /**
     * Queries made of the corpus's own words, the same on every run (fixed seed): a third single words, a third
     * two words (both required), a third two-word phrases, drawn from random places of random documents.
     */
    static List<String> queries(List<Object[]> texts, int count) {
        Random random = new Random(42);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            String text = (String) texts.get(random.nextInt(texts.size()))[1];
            if (text.length() < 200) {
                continue;
            }
            int at = random.nextInt(text.length() - 100);
            String[] words = text.substring(at, at + 100).split("[^\\p{L}]+");
            List<String> usable = Arrays.stream(words).skip(1).filter(w -> w.length() >= 4 && w.length() <= 20)
                    .toList();
            if (usable.size() < 2) {
                continue;
            }
            switch (queries.size() % 3) {
                case 0 -> queries.add(usable.get(0));
                case 1 -> queries.add(usable.get(0) + " " + usable.get(usable.size() - 1));
                default -> queries.add("\"" + usable.get(0) + " " + usable.get(1) + "\"");
            }
        }
        return queries;
    }

    // ----------------------------------------------------------------------------------------------------------------

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The percentile of nanosecond values, in milliseconds (nearest rank). */
    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static String format(List<Double> seconds) {
        return seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList().toString();
    }

    private static long folderBytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}

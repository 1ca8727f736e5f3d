package dev.ariadne.extract.nlp4j.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ariadne.api.documents.DocumentText;
import edu.emory.mathcs.nlp.component.tokenizer.EnglishTokenizer;

/**
 * Measures the NLP4J engine: load time of the original distribution and of the compact store (each in fresh JVMs,
 * several runs, medians), heap and resident memory after loading, tokens per second of the raw engine and of the
 * extractor on a few hundred KB of text, and whether the compact store finds the same spans as the original.
 *
 * <p>Run from the repository root after {@code ./mvnw -o -q -B -pl bundles/dev.ariadne.extract.nlp4j test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/bench.cp}:
 * {@code java -cp bundles/dev.ariadne.extract.nlp4j/target/test-classes:bundles/dev.ariadne.extract.nlp4j/target/classes:$(cat
 * bundles/dev.ariadne.extract.nlp4j/target/bench.cp) dev.ariadne.extract.nlp4j.internal.Nlp4jBenchmark [runs]}.
 * Modes {@code load-compact}, {@code load-original}, {@code speed} and {@code compare} run one part in this JVM.
 */
public final class Nlp4jBenchmark {

    static final List<String> TEXTS = List.of("/usr/share/doc/git-doc/user-manual.txt",
            "/usr/share/doc/python3.11/html/_sources/whatsnew/2.6.rst.txt",
            "/usr/share/doc/python3.11/html/_sources/whatsnew/2.7.rst.txt");

    private Nlp4jBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "load-compact" -> loadOnce(false);
            case "load-original" -> loadOnce(true);
            case "speed" -> speed(args.length > 1 ? Integer.parseInt(args[1]) : 5);
            case "compare" -> compare();
            case "gold" -> gold(Path.of(args.length > 1 ? args[1] : "tests/eval"));
            default -> all(args.length > 0 ? Integer.parseInt(args[0]) : 3);
        }
    }

    private static void all(int runs) throws Exception {
        List<String> compact = new ArrayList<>();
        List<String> original = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            compact.add(child("2g", "load-compact"));
        }
        for (int i = 0; i < Math.max(1, runs - 1); i++) {
            original.add(child("5g", "load-original"));
        }
        System.out.println("compact store loads:  " + compact);
        System.out.println("  median " + median(compact));
        System.out.println("original loads:       " + original);
        System.out.println("  median " + median(original));
        System.out.println(child("2g", "speed", "5"));
        System.out.println(child("6g", "compare"));
    }

    /** Loads once and prints "wall cpu heapMB rssMB". */
    private static void loadOnce(boolean original) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = totalCpu(threads);
        long t = System.nanoTime();
        Nlp4jEngine engine = original ? OriginalPipeline.load()
                : Nlp4jEngine.load(StoreFiles.locate(Nlp4jBenchmark.class.getClassLoader(), null));
        engine.recognize("Olaf Scholz met Donald Tusk in Warsaw on Monday.");
        long wall = (System.nanoTime() - t) / 1_000_000;
        long cpu = (totalCpu(threads) - cpu0) / 1_000_000;
        System.gc();
        Runtime r = Runtime.getRuntime();
        long heap = (r.totalMemory() - r.freeMemory()) >> 20;
        System.out.println(wall + " " + cpu + " " + heap + " " + rssMb());
        if (engine.hashCode() == 42) {
            System.out.println();
        }
    }

    private static long totalCpu(ThreadMXBean threads) {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    private static double rate(int tokens, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return tokens / (sorted[sorted.length / 2] / 1e9);
    }

    private static List<Long> ms(long[] nanos) {
        return Arrays.stream(nanos).map(x -> x / 1_000_000).boxed().collect(Collectors.toList());
    }

    static long rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    static String text() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String f : TEXTS) {
            sb.append(Files.readString(Path.of(f), StandardCharsets.UTF_8)).append("\n\n");
        }
        return sb.toString();
    }

    private static void speed(int runs) throws Exception {
        Nlp4jEngine engine = Nlp4jEngine.load(StoreFiles.locate(Nlp4jBenchmark.class.getClassLoader(), null));
        String text = text();
        int tokens = new EnglishTokenizer().tokenize(text).size();
        engine.recognize(text); // warm-up
        Nlp4jExtractor extractor = new Nlp4jExtractor(new EngineLoader(() -> engine));
        DocumentText doc = new DocumentText("bench", text, List.of());
        extractor.extract(doc, TestContexts.language("en"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] raw = new long[runs];
        long[] ext = new long[runs];
        long[] rawCpu = new long[runs];
        long[] extCpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            engine.recognize(text);
            raw[i] = System.nanoTime() - t;
            rawCpu[i] = mx.getCurrentThreadCpuTime() - c;
            c = mx.getCurrentThreadCpuTime();
            t = System.nanoTime();
            extractor.extract(doc, TestContexts.language("en"));
            ext[i] = System.nanoTime() - t;
            extCpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        System.out.printf("text %d chars, %d tokens, %d runs%n", text.length(), tokens, runs);
        System.out.printf("  raw engine: median %.0f tokens/s wall, %.0f tokens/s of thread CPU (wall ms %s)%n",
                rate(tokens, raw), rate(tokens, rawCpu), ms(raw));
        System.out.printf("  extractor:  median %.0f tokens/s wall, %.0f tokens/s of thread CPU (wall ms %s); "
                + "%.2f of the raw engine (CPU)%n", rate(tokens, ext), rate(tokens, extCpu), ms(ext),
                rate(tokens, extCpu) / rate(tokens, rawCpu));
        System.gc();
        Runtime r = Runtime.getRuntime();
        System.out.printf("  after the runs and a GC: heap %d MB, rss %d MB%n", (r.totalMemory() - r.freeMemory()) >> 20,
                rssMb());
    }

    private static void compare() throws Exception {
        Nlp4jEngine compact = Nlp4jEngine.load(StoreFiles.locate(Nlp4jBenchmark.class.getClassLoader(), null));
        Nlp4jEngine original = OriginalPipeline.load();
        List<String> texts = new ArrayList<>();
        texts.add(text());
        Path eval = Path.of("tests/eval/docs");
        if (Files.isDirectory(eval)) {
            try (Stream<Path> docs = Files.list(eval)) {
                for (Path p : docs.sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        int same = 0;
        int onlyOriginal = 0;
        int onlyCompact = 0;
        for (String t : texts) {
            Set<Nlp4jEngine.Span> a = new HashSet<>(original.recognize(t));
            Set<Nlp4jEngine.Span> b = new HashSet<>(compact.recognize(t));
            for (Nlp4jEngine.Span s : a) {
                if (b.contains(s)) {
                    same++;
                } else {
                    onlyOriginal++;
                }
            }
            for (Nlp4jEngine.Span s : b) {
                if (!a.contains(s)) {
                    onlyCompact++;
                }
            }
        }
        System.out.printf("spans on %d texts: %d identical, %d only with the original, %d only with the compact store"
                + " (agreement %.4f)%n", texts.size(), same, onlyOriginal, onlyCompact,
                same / (double) Math.max(1, same + onlyOriginal + onlyCompact));
        String text = texts.get(0);
        int tokens = new EnglishTokenizer().tokenize(text).size();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] a = new long[3];
        long[] b = new long[3];
        for (int i = 0; i < 3; i++) { // alternate, so both see the same load on the machine
            long c = mx.getCurrentThreadCpuTime();
            original.recognize(text);
            a[i] = mx.getCurrentThreadCpuTime() - c;
            c = mx.getCurrentThreadCpuTime();
            compact.recognize(text);
            b[i] = mx.getCurrentThreadCpuTime() - c;
        }
        System.out.printf("same engine code, thread CPU, median of 3 after a warm-up pass: original lexica %.0f tokens/s,"
                + " compact store %.0f tokens/s%n", rate(tokens, a), rate(tokens, b));
    }

    /** Precision, recall and F1 per type of this extractor alone against the hand-annotated evaluation set. */
    private static void gold(Path eval) throws Exception {
        Nlp4jEngine engine = Nlp4jEngine.load(StoreFiles.locate(Nlp4jBenchmark.class.getClassLoader(), null));
        Nlp4jExtractor extractor = new Nlp4jExtractor(new EngineLoader(() -> engine));
        java.util.regex.Pattern item = java.util.regex.Pattern.compile(
                "\\{\\s*\"start\"\\s*:\\s*(\\d+)\\s*,\\s*\"end\"\\s*:\\s*(\\d+).*?\"type\"\\s*:\\s*\"([A-Z]+)\"");
        List<String> types = List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY");
        int[][] counts = new int[types.size() + 1][5]; // gold, found, exact, overlap (found side), overlap (gold side)
        List<Path> docs;
        try (Stream<Path> list = Files.list(eval.resolve("docs"))) {
            docs = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path doc : docs) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            String name = doc.getFileName().toString().replace(".txt", ".json");
            List<int[]> gold = new ArrayList<>();
            java.util.regex.Matcher m = item.matcher(Files.readString(eval.resolve("gold").resolve(name)));
            while (m.find()) {
                gold.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        types.indexOf(m.group(3))});
            }
            List<int[]> found = new ArrayList<>();
            for (var mention : extractor.extract(new DocumentText(name, text, List.of()), TestContexts.language("en"))) {
                int t = types.indexOf(mention.type().name());
                if (t >= 0) {
                    found.add(new int[] {mention.start(), mention.end(), t});
                }
            }
            for (int[] g : gold) {
                if (g[2] < 0) {
                    continue;
                }
                count(counts, g[2], 0);
                boolean exact = found.stream().anyMatch(f -> f[0] == g[0] && f[1] == g[1] && f[2] == g[2]);
                boolean overlap = found.stream().anyMatch(f -> f[0] < g[1] && g[0] < f[1] && f[2] == g[2]);
                if (exact) {
                    count(counts, g[2], 2);
                }
                if (overlap) {
                    count(counts, g[2], 4);
                }
            }
            for (int[] f : found) {
                count(counts, f[2], 1);
                if (gold.stream().anyMatch(g -> f[0] < g[1] && g[0] < f[1] && f[2] == g[2])) {
                    count(counts, f[2], 3);
                }
            }
        }
        System.out.printf("%d documents of %s, this extractor alone%n", docs.size(), eval);
        System.out.printf("%-13s %6s %6s  %6s %6s %6s  %6s %6s %6s%n", "type", "gold", "found", "P", "R", "F1",
                "P~", "R~", "F1~");
        for (int t = 0; t <= types.size(); t++) {
            int[] c = counts[t];
            double p = c[2] / (double) Math.max(1, c[1]);
            double r = c[2] / (double) Math.max(1, c[0]);
            double po = c[3] / (double) Math.max(1, c[1]);
            double ro = c[4] / (double) Math.max(1, c[0]);
            System.out.printf("%-13s %6d %6d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f%n",
                    t < types.size() ? types.get(t) : "all", c[0], c[1], p, r, f1(p, r), po, ro, f1(po, ro));
        }
        System.out.println("(exact: same span and type; ~: overlapping span of the same type)");
    }

    private static void count(int[][] counts, int type, int what) {
        counts[type][what]++;
        counts[counts.length - 1][what]++;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String child(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), Nlp4jBenchmark.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = r.lines().filter(l -> !l.startsWith("SLF4J")).collect(Collectors.joining("\n"));
        }
        p.waitFor();
        return out.strip();
    }

    /** The median of "wall cpu heap rss" lines, field by field. */
    private static String median(List<String> lines) {
        String[] names = {"wall ms", "cpu ms", "heap MB", "rss MB"};
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < names.length; f++) {
            final int i = f;
            long[] v = lines.stream().mapToLong(l -> Long.parseLong(l.trim().split("\\s+")[i])).sorted().toArray();
            sb.append(names[f]).append(' ').append(v[v.length / 2]).append("; ");
        }
        return sb.toString();
    }
}

package dev.ariadne.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.pipeline.DocumentStage;

/**
 * The importer's import job without a framework, for the documents benchmarks: an {@link ImportServiceImpl} with the
 * built-in importers bound with the service properties of their DS descriptors (read from the importer jar, so the
 * benchmark uses exactly the product's media types and rankings) and the stages the benchmark gives.
 *
 * <p>Lives in the importer's internal package because the job and the registries are package-private. Made and used
 * by {@code DocumentsBench} on its main thread; {@link #run} blocks until the import job is done.
 */
public final class ImporterAccess implements AutoCloseable {

    /** The built-in importers the benchmarks need, by class. */
    private static final List<String> IMPORTERS = List.of("PlainTextImporter", "MarkdownImporter", "HtmlImporter",
            "MailImporter", "MboxImporter", "PdfImporter", "ArchiveImporter");
    private static final Pattern PROPERTY = Pattern.compile(
            "<property name=\"([^\"]+)\" type=\"(\\w+)\"(?: value=\"([^\"]*)\"/>|>([^<]*)</property>)");

    private final ImportServiceImpl service;

    /** An import service with the importer configuration's defaults and no stage. */
    public ImporterAccess() throws Exception {
        service = new ImportServiceImpl(null, ImportRun.Settings.of(defaults()));
        long serviceId = 1;
        for (String simpleName : IMPORTERS) {
            String className = "dev.ariadne.importer.internal.formats." + simpleName;
            DocumentImporter importer = (DocumentImporter) Class.forName(className).getConstructor().newInstance();
            Map<String, Object> properties = descriptorProperties(className);
            properties.put("service.id", serviceId++);
            service.bindImporter(importer, properties);
        }
    }

    /** The defaults of {@link ImporterConfig}, as DS would give them with no configuration. */
    private static ImporterConfig defaults() {
        return (ImporterConfig) java.lang.reflect.Proxy.newProxyInstance(ImporterConfig.class.getClassLoader(),
                new Class<?>[] {ImporterConfig.class}, (proxy, method, args) -> {
                    Object value = method.getDefaultValue();
                    if (value == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return value;
                });
    }

    /** The properties a component's DS descriptor in the importer jar gives it. */
    private static Map<String, Object> descriptorProperties(String className) throws IOException {
        String resource = "OSGI-INF/" + className + ".xml";
        Map<String, Object> properties = new HashMap<>();
        try (InputStream in = ImportServiceImpl.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No DS descriptor " + resource + " in the importer jar");
            }
            Matcher matcher = PROPERTY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                String type = matcher.group(2);
                if (matcher.group(3) != null) {
                    properties.put(matcher.group(1), "Integer".equals(type) ? (Object) Integer.valueOf(
                            matcher.group(3)) : matcher.group(3));
                } else {
                    properties.put(matcher.group(1), matcher.group(4).strip().split("\\s*\n\\s*"));
                }
            }
        }
        return properties;
    }

    /** Adds a stage, as DS would bind a {@link DocumentStage} service with these properties. */
    public void addStage(DocumentStage stage, String name, String version, int order) {
        service.bindStage(stage, Map.of(DocumentStage.NAME, name, DocumentStage.VERSION, version,
                DocumentStage.ORDER, order));
    }

    /** Imports {@code roots} into the case on {@code workers} threads, as the import job does; blocks until done. */
    public ImportSummary run(Case aCase, List<Path> roots, int workers) throws Exception {
        BenchContext context = new BenchContext(workers);
        try {
            return new ImportRun(service, aCase, roots, ImportOptions.DEFAULTS, service.settings).run(context);
        } finally {
            context.shutdown();
        }
    }

    /** The language profiles load in the background at the first import; this waits for them, outside the timing. */
    public void warmUp() throws Exception {
        // a text without enough function words goes to the statistical guesser, which loads its profiles
        service.languages.guess("Zxq vbnm 12 34 Qwerty uiop asdf ghjk lzxc vbnm, qwer tyui opas dfgh jklz xcvb.");
        service.mediaTypes();
    }

    @Override
    public void close() {
        service.deactivate();
    }

    /** A job context with its own pool of {@code workers} threads; counts items and keeps the failures. */
    private static final class BenchContext implements JobContext {
        private final int workers;
        private final AtomicLong items = new AtomicLong();
        private final List<String> failures = new ArrayList<>();
        private ExecutorService executor;

        BenchContext(int workers) {
            this.workers = workers;
        }

        @Override
        public void total(long totalItems, long totalBytes) {
            // no progress shown
        }

        @Override
        public void worked(long done, long bytes) {
            items.addAndGet(done);
        }

        @Override
        public void current(String item) {
            // no progress shown
        }

        @Override
        public synchronized void itemFailed(String item, String reason) {
            failures.add(item + ": " + reason);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public synchronized ExecutorService executor() {
            if (executor == null) {
                executor = Executors.newFixedThreadPool(workers, runnable -> {
                    Thread thread = new Thread(runnable, "bench-worker");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return executor;
        }

        @Override
        public int parallelism() {
            return workers;
        }

        synchronized void shutdown() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }
}

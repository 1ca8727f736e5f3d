package dev.ariadne.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentMetadata;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.importing.DocumentImporter;
import dev.ariadne.api.importing.DocumentImporter.Embedded;
import dev.ariadne.api.importing.DocumentImporter.Parsed;
import dev.ariadne.api.importing.ImportOptions;
import dev.ariadne.api.importing.ImportSummary;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobWork;
import dev.ariadne.importer.internal.ParseRunner.ParseFailure;
import dev.ariadne.importer.internal.formats.BuiltInImporter;
import dev.ariadne.importer.internal.formats.ContainerImporter;
import dev.ariadne.importer.internal.formats.ExpansionBudget;
import dev.ariadne.importer.internal.formats.Extraction;
import dev.ariadne.importer.internal.formats.Input;
import dev.ariadne.importer.internal.formats.Limits;
import dev.ariadne.importer.internal.formats.ReadGuard;
import dev.ariadne.importer.internal.store.BlobStore;
import dev.ariadne.importer.internal.store.BlobStore.Blob;
import dev.ariadne.importer.internal.store.DocumentTables;
import dev.ariadne.importer.internal.store.DocumentTables.NewDocument;
import dev.ariadne.importer.internal.store.DocumentTables.Registered;
import dev.ariadne.importer.internal.store.DocumentTables.SourceRow;
import dev.ariadne.importer.internal.store.DocumentTables.StageMark;
import dev.ariadne.importer.internal.walk.FolderWalker;
import dev.ariadne.importer.internal.walk.FolderWalker.FileItem;
import dev.ariadne.importer.internal.walk.GlobFilter;

/**
 * One import job: first the documents of the case that miss a stage in force (a killed run, a new stage version) go
 * through their missing stages; then the given paths are walked and every file is imported, on
 * {@link JobContext#parallelism()} threads.
 *
 * <p>Per file: an empty file fails; a file the registry knows with the same size and time is skipped; otherwise its
 * bytes are hashed while they are copied into the blob store, and a document with that hash already stored gets one
 * more source (a duplicate). A new document has its type detected, goes to the best importer (on a parse thread,
 * within the per-file time limit), and is stored with its text, source, registry entry and stage {@code imported} in
 * one batch of documents ({@link PendingDocuments}: one transaction for up to {@value #DOCUMENT_BATCH} documents and
 * their stage marks, after their stages ran); the stages run while the document is held against other import threads
 * of this process (so a concurrent resume never runs a stage twice), and
 * {@link dev.ariadne.api.events.Topics#DOCUMENT_ADDED} is posted once the batch is written. Members of containers and attachments are imported the same way as
 * children, depth-limited. Every failure is a job item error and an entry of {@link ImportSummary#failed()}; the
 * import goes on.
 *
 * <p>Made by {@link ImportServiceImpl} per call; {@link #run} is called once, on a job worker thread, and fans out to
 * the job's executor.
 */
final class ImportRun implements JobWork<ImportSummary> {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    /** Failures kept in the summary; more are counted by the job but not listed. */
    static final int MAX_KEPT_FAILURES = 10_000;
    private static final Duration STALE_TEMP = Duration.ofDays(1);

    /**
     * The limits of the importer configuration for this run.
     *
     * @param maxTextChars the longest text kept
     * @param maxExpandedBytes what the archives of one file may expand to
     * @param maxMembers how many members the archives of one file may have
     */
    record Settings(int maxTextChars, long maxExpandedBytes, int maxMembers) {
        static Settings of(ImporterConfig config) {
            return new Settings(Math.max(1024, config.maxTextChars()),
                    Math.max(1, config.maxExpandedMegabytes()) * 1024L * 1024L,
                    Math.max(1, config.maxArchiveMembers()));
        }
    }

    /** One file or member on its way in. */
    private record Unit(Blob blob, String fileName, String source, SourceRow row, String parentId, int depth,
            boolean register, ExpansionBudget budget, Optional<Instant> fileModified, Optional<String> declaredType) {
    }

    /** A member expanded from a container, waiting in a temporary file. */
    private record Member(String name, Path file, Optional<String> mediaType) {
    }

    /** The service; released when the run ends, since the job service keeps finished jobs (and their work). */
    private ImportServiceImpl owner;
    private final Case aCase;
    private final List<Path> roots;
    private final ImportOptions options;
    private final Settings settings;

    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<ItemError> failed = new ArrayList<>();
    private final AtomicLong totalItems = new AtomicLong();
    private final AtomicLong totalBytes = new AtomicLong();

    static final int MARK_BATCH = 64;
    static final long MARK_DELAY_MILLIS = 250;
    /** New documents written per transaction, at most. */
    static final int DOCUMENT_BATCH = 32;
    /** Characters of text written per transaction before the batch is written early. */
    static final long DOCUMENT_BATCH_CHARS = 8L * 1024 * 1024;
    /** The longest a document whose stages ran waits for its batch to be written. */
    static final long DOCUMENT_DELAY_MILLIS = 250;

    /** The registry entries of the files under the roots whose documents are stored, read before the walk. */
    private final Map<String, Registered> registered = new HashMap<>();
    private final StageMarks marks = new StageMarks();
    private final PendingDocuments pending = new PendingDocuments();
    private JobContext context;
    private BlobStore blobs;
    private Path runTemp;

    ImportRun(ImportServiceImpl owner, Case aCase, List<Path> roots, ImportOptions options, Settings settings) {
        this.owner = owner;
        this.aCase = aCase;
        this.roots = List.copyOf(roots);
        this.options = options;
        this.settings = settings;
    }

    @Override
    public ImportSummary run(JobContext jobContext) throws Exception {
        this.context = jobContext;
        if (!aCase.isOpen()) {
            throw new IllegalStateException("The case '" + aCase.name() + "' is closed");
        }
        blobs = new BlobStore(aCase.area("blobs"));
        removeStaleTemporaryFiles();
        runTemp = blobs.tempFolder().resolve("run-" + UUID.randomUUID());
        Files.createDirectories(runTemp);
        context.total(0, roots.isEmpty() ? -1 : 0);
        Dispatcher dispatcher = new Dispatcher();
        try {
            resumePendingStages(dispatcher);
            if (!roots.isEmpty()) {
                walk(dispatcher);
            }
            dispatcher.awaitAll();
        } finally {
            dispatcher.awaitAll();
            pending.flush(true);
            marks.flush();
            ContainerImporter.deleteTree(runTemp);
            owner = null;
        }
        if (!aCase.isOpen()) {
            throw new IllegalStateException("The case '" + aCase.name() + "' was closed during the import");
        }
        ImportSummary summary;
        synchronized (failed) {
            summary = new ImportSummary(imported.get(), duplicates.get(), unchanged.get(), failed);
        }
        LOG.info("Import into {}: {} imported, {} duplicates, {} unchanged, {} failed", aCase.name(),
                summary.imported(), summary.duplicates(), summary.unchanged(), summary.failed().size());
        return summary;
    }

    // ------------------------------------------------------------------------------------------------------------
    // dispatch

    /** Runs tasks on the job's executor with a bounded queue, or inline when the job has one thread. */
    private final class Dispatcher {
        private final ExecutorService executor;
        private final Semaphore slots;
        private final Phaser phaser = new Phaser(1);

        Dispatcher() {
            int parallelism = Math.max(1, context.parallelism());
            executor = parallelism > 1 ? context.executor() : null;
            slots = new Semaphore(parallelism * 2);
        }

        void submit(Runnable task) throws InterruptedException {
            if (executor == null) {
                task.run();
                return;
            }
            slots.acquire();
            phaser.register();
            try {
                executor.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        slots.release();
                        phaser.arriveAndDeregister();
                    }
                });
            } catch (RejectedExecutionException e) {
                slots.release();
                phaser.arriveAndDeregister();
                throw new CancellationException("The import's executor stopped: " + e.getMessage());
            }
        }

        void awaitAll() {
            if (executor != null && phaser.getRegisteredParties() > 1) {
                phaser.arriveAndAwaitAdvance();
            }
        }
    }

    private boolean stopped() {
        return context.isCancelled() || !aCase.isOpen();
    }

    // ------------------------------------------------------------------------------------------------------------
    // resume

    private void resumePendingStages(Dispatcher dispatcher) throws SQLException, InterruptedException {
        List<StageRegistry.Entry> stages = owner.stages.snapshot();
        if (stages.isEmpty()) {
            return;
        }
        Map<String, String> current = new LinkedHashMap<>();
        stages.forEach(stage -> current.put(stage.name(), stage.version()));
        List<String> pending;
        try (Connection connection = aCase.connect()) {
            pending = DocumentTables.pending(connection, current);
        }
        if (pending.isEmpty()) {
            return;
        }
        LOG.info("{} documents of {} miss a stage; running their pending stages", pending.size(), aCase.name());
        context.total(totalItems.addAndGet(pending.size()), roots.isEmpty() ? -1 : totalBytes.get());
        for (String id : pending) {
            if (stopped()) {
                return;
            }
            dispatcher.submit(() -> resumeOne(id));
        }
    }

    private void resumeOne(String id) {
        if (stopped()) {
            return;
        }
        String key = aCase.id() + "/" + id;
        boolean locked = false;
        try {
            owner.locks.lock(key);
            locked = true;
            Optional<Document> document;
            Optional<DocumentText> text;
            Map<String, String> done;
            try (Connection connection = aCase.connect()) {
                document = DocumentTables.get(connection, id);
                text = DocumentTables.text(connection, id);
                done = DocumentTables.stages(connection, id);
            }
            if (document.isPresent() && text.isPresent()) {
                String source = document.get().sources().isEmpty() ? id : document.get().sources().get(0);
                context.current(document.get().metadata().title());
                runStages(document.get(), text.get(), done, source);
            }
        } catch (SQLException | RuntimeException e) {
            if (!stopped()) {
                LOG.warn("Cannot resume the stages of document {} in {}", id, aCase.name(), e);
                fail(id, "cannot resume its stages: " + describe(e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (locked) {
                owner.locks.unlock(key);
            }
            context.worked(1, 0);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // walk

    private void walk(Dispatcher dispatcher) throws InterruptedException, SQLException {
        try (Connection connection = aCase.connect()) {
            for (Path root : roots) {
                registered.putAll(DocumentTables.registeredUnder(connection, root.toString(),
                        root.getFileSystem().getSeparator().charAt(0)));
            }
        }
        FolderWalker walker = new FolderWalker(new GlobFilter(options.include()), new GlobFilter(options.exclude()));
        walker.walk(roots, new FolderWalker.Visitor() {
            @Override
            public void file(FileItem item) throws InterruptedException {
                context.total(totalItems.incrementAndGet(), totalBytes.addAndGet(item.sizeBytes()));
                dispatcher.submit(() -> importFile(item));
            }

            @Override
            public void failed(String path, String reason) {
                fail(path, reason);
            }

            @Override
            public boolean stopped() {
                return ImportRun.this.stopped();
            }
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // one file

    private void importFile(FileItem item) {
        if (stopped()) {
            return;
        }
        String source = item.path().toString();
        context.current(item.relative());
        try {
            importTopLevel(item, source);
        } catch (CancellationException e) {
            LOG.debug("Import of {} stopped: {}", source, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | IOException | RuntimeException e) {
            if (stopped()) {
                LOG.debug("Import of {} stopped", source, e);
            } else {
                LOG.warn("Import of {} into {} failed", source, aCase.name(), e);
                fail(source, describe(e));
            }
        } finally {
            context.worked(1, item.sizeBytes());
        }
    }

    private void importTopLevel(FileItem item, String source)
            throws SQLException, IOException, InterruptedException {
        if (item.sizeBytes() == 0) {
            fail(source, "empty file");
            return;
        }
        Registered before = registered.get(source);
        if (before != null && before.sizeBytes() == item.sizeBytes() && before.mtimeMicros() == item.mtimeMicros()) {
            unchanged.incrementAndGet();
            return;
        }
        Blob blob;
        try {
            blob = blobs.store(item.path());
        } catch (IOException e) {
            fail(source, FolderWalker.describe(e));
            return;
        }
        String name = String.valueOf(item.path().getFileName());
        importBlob(new Unit(blob, name, source, new SourceRow(source, item.sizeBytes(), item.mtimeMicros()), null, 0,
                true, new ExpansionBudget(settings.maxExpandedBytes(), settings.maxMembers()),
                Optional.of(Instant.EPOCH.plus(item.mtimeMicros(), java.time.temporal.ChronoUnit.MICROS)),
                Optional.empty()));
    }

    private void importBlob(Unit unit) throws SQLException, IOException, InterruptedException {
        String id = unit.blob().id();
        String key = aCase.id() + "/" + id;
        owner.locks.lock(key);
        boolean locked = true;
        try {
            if (pending.contains(id)) {
                // the same bytes came in earlier in this run and wait in the batch (their stages have run, since
                // this thread holds their lock now): write them, then add this source
                pending.flush(false);
            }
            try (Connection connection = aCase.connect()) {
                if (DocumentTables.exists(connection, id)) {
                    if (DocumentTables.addSource(connection, id, unit.row(), unit.register())) {
                        duplicates.incrementAndGet();
                    } else {
                        unchanged.incrementAndGet();
                    }
                    return;
                }
            }
            String type = detect(unit);
            Optional<ImporterRegistry.Entry> chosen = owner.importers.choose(owner.mediaTypes().lineage(type));
            if (chosen.isEmpty()) {
                fail(unit.source(), "unsupported file type (" + type + ")");
                return;
            }
            DocumentImporter importer = chosen.get().importer();
            if (importer instanceof ContainerImporter container) {
                if (unit.depth() >= options.maxArchiveDepth()) {
                    fail(unit.source(), "archive nested deeper than " + options.maxArchiveDepth()
                            + " levels: not expanded");
                    return;
                }
                Path folder = Files.createTempDirectory(runTemp, "members-");
                try {
                    List<Member> members = new ArrayList<>();
                    Extraction listing = expand(unit, type, container, folder, members);
                    if (listing == null) {
                        return;
                    }
                    Stored stored = store(unit, type, listing);
                    runStages(stored.document(), stored.text(), Map.of(DocumentTables.IMPORTED,
                            DocumentTables.IMPORTED_VERSION), unit.source());
                    owner.locks.unlock(key);
                    locked = false;
                    importMembers(unit, id, members);
                } finally {
                    ContainerImporter.deleteTree(folder);
                }
            } else {
                Extraction extraction = parse(unit, type, importer);
                if (extraction == null) {
                    return;
                }
                Stored stored = store(unit, type, extraction);
                runStages(stored.document(), stored.text(), Map.of(DocumentTables.IMPORTED,
                        DocumentTables.IMPORTED_VERSION), unit.source());
                owner.locks.unlock(key);
                locked = false;
                importChildren(unit, id, extraction.parsed().children());
                importSpooled(unit, id, extraction.spooled());
            }
        } finally {
            if (locked) {
                owner.locks.unlock(key);
            }
        }
    }

    private String detect(Unit unit) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(owner.bundleLoader);
        try {
            String detected = owner.mediaTypes().detect(unit.blob().path(), unit.fileName());
            if ("application/octet-stream".equals(detected) && unit.declaredType().isPresent()) {
                return owner.mediaTypes().normalize(unit.declaredType().get());
            }
            return detected;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Limits limits(Unit unit, Path tempFolder) {
        return new Limits(settings.maxTextChars(), options.maxExpansionRatio(), unit.budget(), tempFolder);
    }

    /**
     * Parses the file: on this thread when the importer's work is bounded by its reads, else on a parse thread;
     * reports and returns {@code null} when the file cannot be parsed.
     */
    private Extraction parse(Unit unit, String type, DocumentImporter importer)
            throws InterruptedException, IOException {
        Path file = unit.blob().path();
        if (importer instanceof BuiltInImporter builtIn) {
            Limits limits = limits(unit, runTemp);
            return timed(unit, builtIn.boundedByReads(),
                    input -> builtIn.extract(input, limits), Input.of(file, unit.fileName(), type));
        }
        return timed(unit, false, input -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new Extraction(importer.parse(in, unit.fileName(), type), false);
            }
        }, null);
    }

    private Extraction expand(Unit unit, String type, ContainerImporter container, Path folder,
            List<Member> members) throws InterruptedException, IOException {
        Limits limits = limits(unit, folder);
        List<Member> expanded = java.util.Collections.synchronizedList(new ArrayList<>());
        Extraction listing = timed(unit, container.boundedByReads(), input -> {
            ContainerImporter.Listing result = container.expand(input, limits,
                    (name, memberFile, mediaType) -> expanded.add(new Member(name, memberFile, mediaType)));
            return new Extraction(new Parsed(result.text(), List.of(), result.metadata(), List.of()), false);
        }, Input.of(unit.blob().path(), unit.fileName(), type));
        if (listing != null) {
            synchronized (expanded) {
                members.addAll(expanded);
            }
        }
        return listing;
    }

    /** A parse of one input. */
    private interface ParseWork {
        Extraction parse(Input input) throws Exception;
    }

    /**
     * Runs a parse within the per-file time limit: on this thread, its reads guarded, when {@code here}; else on a
     * parse thread that is abandoned when the limit passes.
     */
    private Extraction timed(Unit unit, boolean here, ParseWork work, Input input) throws InterruptedException {
        Duration limit = options.perFileTimeout();
        try {
            if (here) {
                Input guarded = input.guardedBy(new ReadGuard(System.nanoTime() + limit.toNanos(), this::stopped));
                return owner.parser.runHere(() -> work.parse(guarded));
            }
            return owner.parser.run(() -> work.parse(input), limit, this::stopped);
        } catch (IOException e) {
            fail(unit.source(), describe(e));
        } catch (TimeoutException e) {
            fail(unit.source(), "parsing took longer than the limit of " + seconds(limit) + " and was abandoned");
        } catch (ParseFailure e) {
            LOG.warn("Parsing {} failed", unit.source(), e.getCause());
            fail(unit.source(), e.getMessage());
        }
        return null;
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    // ------------------------------------------------------------------------------------------------------------
    // storing

    /** What was stored. */
    private record Stored(Document document, DocumentText text) {
    }

    private Stored store(Unit unit, String type, Extraction extraction) throws SQLException {
        Parsed parsed = extraction.parsed();
        String text = parsed.text() == null ? "" : parsed.text();
        boolean truncated = extraction.truncated();
        long originalLength = -1;
        if (text.length() > settings.maxTextChars()) {
            originalLength = text.length();
            int end = settings.maxTextChars();
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end);
            truncated = true;
        }
        int length = text.length();
        List<Integer> pages = new ArrayList<>();
        for (Integer start : parsed.pageStarts()) {
            if (start != null && start >= 0 && start <= length && (pages.isEmpty() || start >= pages.get(
                    pages.size() - 1))) {
                pages.add(start);
            }
        }
        DocumentMetadata given = parsed.metadata();
        String title = given == null || given.title() == null || given.title().isBlank() ? unit.fileName()
                : given.title().strip();
        String language = given != null && given.language() != null && !given.language().isBlank()
                && !LanguageGuesser.UNDETERMINED.equals(given.language()) ? given.language()
                        : owner.languages.guess(text);
        DocumentMetadata metadata = new DocumentMetadata(title, given == null ? List.of() : given.authors(),
                given == null ? Optional.empty() : given.created(),
                given == null || given.modified().isEmpty() ? unit.fileModified() : given.modified(), type, language,
                Math.max(given == null ? 0 : given.pages(), pages.size()), unit.blob().sizeBytes());
        String id = unit.blob().id();
        pending.add(new NewDocument(id, unit.parentId(), metadata, text, pages, truncated ? originalLength : -1,
                unit.row(), unit.register()), unit.source());
        imported.incrementAndGet();
        if (truncated) {
            fail(unit.source(), extraction.note() != null && originalLength < 0 ? extraction.note()
                    : "text truncated at " + limitInWords(settings.maxTextChars()) + " (" + length
                            + " characters kept; the document is imported)");
        }
        Set<String> stages = new LinkedHashSet<>();
        stages.add(DocumentTables.IMPORTED);
        Document document = new Document(id, metadata, List.of(unit.source()), Optional.ofNullable(unit.parentId()),
                stages);
        return new Stored(document, new DocumentText(id, text, pages));
    }

    /** A text limit as a person reads it: "32 MB" for whole mebi-characters, else "5000 characters". */
    static String limitInWords(int maxTextChars) {
        int mebi = 1024 * 1024;
        return maxTextChars % mebi == 0 ? maxTextChars / mebi + " MB" : maxTextChars + " characters";
    }

    private void runStages(Document document, DocumentText text, Map<String, String> done, String source) {
        try {
            runStagesOf(document, text, done, source);
        } finally {
            pending.stagesDone(document.id());
        }
    }

    private void runStagesOf(Document document, DocumentText text, Map<String, String> done, String source) {
        Set<String> names = new LinkedHashSet<>(done.keySet());
        for (StageRegistry.Entry stage : owner.stages.snapshot()) {
            if (stopped()) {
                return;
            }
            if (stage.version().equals(done.get(stage.name()))) {
                continue;
            }
            Document current = new Document(document.id(), document.metadata(), document.sources(),
                    document.parentId(), names);
            try {
                stage.stage().process(aCase, current, text);
            } catch (Exception e) {
                if (stopped()) {
                    return;
                }
                LOG.warn("Stage '{}' failed on document {} ({})", stage.name(), document.id(), source, e);
                fail(source, "stage '" + stage.name() + "' failed: " + describe(e));
                continue;
            }
            StageMark mark = new StageMark(document.id(), stage.name(), stage.version());
            if (!pending.addMark(mark)) {
                marks.add(mark, source);
            }
            names.add(stage.name());
        }
    }

    /**
     * The new documents of this run that wait to be written, with the marks of the stages that ran on them: written
     * in one transaction per batch ({@value #DOCUMENT_BATCH} documents, {@value #DOCUMENT_BATCH_CHARS} characters of
     * text, or {@value #DOCUMENT_DELAY_MILLIS} ms), and at the end of the run, instead of one transaction per
     * document. Only documents whose stages have all run are written, in the order they were added (a parent before
     * its children), each together with its stage marks: after a kill, a document is either there with the marks of
     * its stages, or absent (its file is imported again by the next run; its blob is already stored). Their
     * {@link dev.ariadne.api.events.Topics#DOCUMENT_ADDED} events are posted once they are written. Used by the
     * import threads of the run, concurrently; a batch is written by the thread that fills it.
     */
    private final class PendingDocuments {
        /** One waiting document. */
        private final class Entry {
            final NewDocument document;
            final String source;
            final List<StageMark> marks = new ArrayList<>();
            boolean stagesDone;
            long doneNanos;

            Entry(NewDocument document, String source) {
                this.document = document;
                this.source = source;
            }
        }

        private final Map<String, Entry> waiting = new LinkedHashMap<>();
        /** Writes one batch at a time, so batches are written in order. */
        private final Object writing = new Object();
        private long waitingChars;
        private long oldestDone = Long.MAX_VALUE;
        private int done;

        synchronized void add(NewDocument document, String source) {
            waiting.put(document.id(), new Entry(document, source));
            waitingChars += document.text().length();
        }

        synchronized boolean contains(String id) {
            return waiting.containsKey(id);
        }

        /** Adds a mark to a waiting document; false when the document was written already (or never waited). */
        synchronized boolean addMark(StageMark mark) {
            Entry entry = waiting.get(mark.documentId());
            if (entry == null || entry.stagesDone) {
                return false;
            }
            entry.marks.add(mark);
            return true;
        }

        /** Notes that every stage ran on the document, and writes a batch when one is due. */
        void stagesDone(String id) {
            boolean due;
            synchronized (this) {
                Entry entry = waiting.get(id);
                if (entry != null && !entry.stagesDone) {
                    entry.stagesDone = true;
                    entry.doneNanos = System.nanoTime();
                    oldestDone = Math.min(oldestDone, entry.doneNanos);
                    done++;
                }
                due = done >= DOCUMENT_BATCH || waitingChars >= DOCUMENT_BATCH_CHARS
                        || done > 0 && System.nanoTime() - oldestDone > DOCUMENT_DELAY_MILLIS * 1_000_000L;
            }
            if (due) {
                flush(false);
            }
        }

        /**
         * Writes the waiting documents whose stages have run, in order; with {@code all}, also every other waiting
         * document (at the end of the run, when a stage was stopped), with the marks it has.
         */
        void flush(boolean all) {
            synchronized (writing) {
                List<Entry> batch = new ArrayList<>();
                synchronized (this) {
                    for (var it = waiting.values().iterator(); it.hasNext();) {
                        Entry entry = it.next();
                        if (!all && !entry.stagesDone) {
                            continue;
                        }
                        if (!entry.stagesDone) {
                            entry.stagesDone = true;
                        }
                        batch.add(entry);
                        it.remove();
                        waitingChars -= entry.document.text().length();
                    }
                    done = 0;
                    oldestDone = Long.MAX_VALUE;
                    for (Entry entry : waiting.values()) {
                        if (entry.stagesDone) {
                            done++;
                            oldestDone = Math.min(oldestDone, entry.doneNanos);
                        }
                    }
                }
                write(batch);
            }
        }

        private void write(List<Entry> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<NewDocument> documents = new ArrayList<>(batch.size());
            List<StageMark> stageMarks = new ArrayList<>();
            for (Entry entry : batch) {
                documents.add(entry.document);
                stageMarks.addAll(entry.marks);
            }
            try (Connection connection = aCase.connect()) {
                DocumentTables.insertAll(connection, documents, stageMarks);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Cannot store {} documents in {}", batch.size(), aCase.name(), e);
                imported.addAndGet(-batch.size());
                for (Entry entry : batch) {
                    fail(entry.source, "could not be stored: " + describe(e));
                }
                return;
            }
            for (Entry entry : batch) {
                owner.documentAdded(aCase, entry.document.id());
            }
        }
    }

    /**
     * The stage marks of this run, written in batches (one transaction per {@value #MARK_BATCH} marks or
     * {@value #MARK_DELAY_MILLIS} ms, and at the end of the run) instead of one commit per document and stage. A run
     * killed before a batch is written loses at most those marks: the next import runs those stages again.
     */
    private final class StageMarks {
        private final List<StageMark> pending = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private long firstPending;

        void add(StageMark mark, String source) {
            List<StageMark> batch = null;
            List<String> batchSources = null;
            synchronized (this) {
                if (pending.isEmpty()) {
                    firstPending = System.nanoTime();
                }
                pending.add(mark);
                sources.add(source);
                if (pending.size() >= MARK_BATCH
                        || System.nanoTime() - firstPending > MARK_DELAY_MILLIS * 1_000_000L) {
                    batch = List.copyOf(pending);
                    batchSources = List.copyOf(sources);
                    pending.clear();
                    sources.clear();
                }
            }
            if (batch != null) {
                write(batch, batchSources);
            }
        }

        void flush() {
            List<StageMark> batch;
            List<String> batchSources;
            synchronized (this) {
                batch = List.copyOf(pending);
                batchSources = List.copyOf(sources);
                pending.clear();
                sources.clear();
            }
            write(batch, batchSources);
        }

        private void write(List<StageMark> batch, List<String> batchSources) {
            if (batch.isEmpty()) {
                return;
            }
            try (Connection connection = aCase.connect()) {
                DocumentTables.markStages(connection, batch);
            } catch (SQLException e) {
                LOG.warn("Cannot record {} stage marks in {}; those stages run again on the next import",
                        batch.size(), aCase.name(), e);
                if (aCase.isOpen()) {
                    for (int i = 0; i < batch.size(); i++) {
                        fail(batchSources.get(i), "stage '" + batch.get(i).stage() + "' ran but could not be "
                                + "recorded: " + describe(e));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // children

    private void importMembers(Unit parent, String parentId, List<Member> members) {
        for (Member member : members) {
            String source = parent.source() + "!/" + member.name();
            if (stopped()) {
                return;
            }
            context.current(source);
            try {
                if (Files.size(member.file()) == 0) {
                    Files.deleteIfExists(member.file());
                    fail(source, "empty file");
                    continue;
                }
                importChild(parent, parentId, source, member.name(), blobs.adopt(member.file()), member.mediaType());
            } catch (IOException | SQLException | RuntimeException e) {
                if (stopped()) {
                    return;
                }
                LOG.warn("Import of member {} failed", source, e);
                fail(source, describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void importSpooled(Unit parent, String parentId, List<Extraction.Spooled> spooled) {
        try {
            if (parent.depth() + 1 > options.maxArchiveDepth()) {
                for (Extraction.Spooled child : spooled) {
                    fail(parent.source() + "!/" + child.name(), "attachment nested deeper than "
                            + options.maxArchiveDepth() + " levels: not imported");
                }
                return;
            }
            importMembers(parent, parentId, spooled.stream()
                    .map(child -> new Member(child.name(), child.file(), child.mediaType())).toList());
        } finally {
            for (Extraction.Spooled child : spooled) {
                try {
                    Files.deleteIfExists(child.file());
                } catch (IOException e) {
                    LOG.warn("Cannot delete the temporary attachment {}", child.file(), e);
                }
            }
        }
    }

    private void importChildren(Unit parent, String parentId, List<Embedded> children) {
        for (Embedded child : children) {
            String name = child.name() == null || child.name().isBlank() ? "attachment" : child.name();
            String source = parent.source() + "!/" + name;
            if (stopped()) {
                return;
            }
            if (parent.depth() + 1 > options.maxArchiveDepth()) {
                fail(source, "attachment nested deeper than " + options.maxArchiveDepth() + " levels: not imported");
                continue;
            }
            if (child.bytes() == null || child.bytes().length == 0) {
                fail(source, "empty file");
                continue;
            }
            try {
                Blob blob = blobs.store(new ByteArrayInputStream(child.bytes()));
                importChild(parent, parentId, source, name, blob, child.mediaType());
            } catch (IOException | SQLException | RuntimeException e) {
                if (stopped()) {
                    return;
                }
                LOG.warn("Import of attachment {} failed", source, e);
                fail(source, describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void importChild(Unit parent, String parentId, String source, String name, Blob blob,
            Optional<String> mediaType) throws SQLException, IOException, InterruptedException {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        importBlob(new Unit(blob, fileName.isEmpty() ? name : fileName, source,
                new SourceRow(source, blob.sizeBytes(), null), parentId, parent.depth() + 1, false, parent.budget(),
                Optional.empty(), mediaType));
    }

    // ------------------------------------------------------------------------------------------------------------
    // failures and housekeeping

    private void fail(String item, String reason) {
        context.itemFailed(item, reason);
        synchronized (failed) {
            if (failed.size() < MAX_KEPT_FAILURES) {
                failed.add(new ItemError(item, reason, Instant.now()));
            }
        }
    }

    /** A reason a person understands for an exception. */
    static String describe(Exception e) {
        if (e instanceof IOException io) {
            return FolderWalker.describe(io);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private void removeStaleTemporaryFiles() {
        try {
            Path temp = blobs.tempFolder();
            Instant cutoff = Instant.now().minus(STALE_TEMP);
            try (Stream<Path> entries = Files.list(temp)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (Files.getLastModifiedTime(entry).toInstant().isBefore(cutoff)) {
                        ContainerImporter.deleteTree(entry);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean the temporary files of {}", aCase.name(), e);
        }
    }
}

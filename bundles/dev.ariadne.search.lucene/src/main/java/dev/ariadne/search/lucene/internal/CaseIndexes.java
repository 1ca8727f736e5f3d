package dev.ariadne.search.lucene.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.events.Topics;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;

/**
 * The Lucene indexes of the open cases, one {@link CaseIndex} per case under {@code Case.area("index")}, opened on
 * first need by the {@link IndexStage} or the {@link LuceneSearchService}.
 *
 * <p>A DS component registered under this internal class (only this bundle sees it) and as an {@link EventHandler};
 * immediate, so that open indexes survive the moments when nobody holds the search service or the stage (a delayed
 * component would be deactivated then, closing every index). Activation is cheap: indexes open on first need.
 * {@link #forCase} may be called from any thread. A maintenance thread ({@code ariadne-search-index}) makes newly
 * indexed documents searchable every {@link SearchConfig#refreshMillis()} while documents are being indexed and the
 * index is being searched (a search of an index left unsearched refreshes it first: {@link CaseIndex}), and
 * commits them every {@link SearchConfig#commitSeconds()}; on {@link Topics#JOB_FINISHED} (on EventAdmin's thread) it
 * commits at once, and on {@link Topics#CASE_CLOSED} it commits and closes the index of the closed case. Every call
 * also closes the index of a case that is no longer open, so a case closed and opened again never meets its old
 * writer. Deactivation closes every index cleanly.
 *
 * <p>When an index is opened that was not closed cleanly (the process was killed between two commits, or the folder
 * was deleted) and the importer's {@link DocumentStore} is there, the documents that the store records as indexed but
 * the index lacks are indexed again from their stored text: before the index is first used for a small case, in a job
 * for a large one ({@link #checkAgainstStore}). The store is an optional, dynamic reference; when it appears later
 * the check runs then.
 */
@Component(service = {CaseIndexes.class, EventHandler.class}, configurationPid = SearchConfig.PID, immediate = true)
@Designate(ocd = SearchConfig.class)
@EventTopics({Topics.CASE_CLOSED, Topics.JOB_FINISHED})
public class CaseIndexes implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseIndexes.class);
    /** Stage names by which a document store may record that the index stage ran. */
    private static final Pattern INDEX_STAGE = Pattern.compile("index(ed)?([@:/ #].*)?");
    private static final int REPAIR_PAGE = 500;
    /** The most documents a case may have for an unclean index to be checked before its first use. */
    int inlineRepairLimit = 5000;

    /** An open index and the case instance it was opened for. */
    private record Entry(Case aCase, CaseIndex index) {
    }

    private final JobService jobs;
    private final Analyzer analyzer = new SearchAnalyzer();
    private final Clock clock;
    private final Object lock = new Object();
    /** Open indexes by case folder. Changed under {@link #lock}; read without it. */
    private final Map<Path, Entry> indexes = new ConcurrentHashMap<>();
    /** Indexes whose check against the document store has been started or was not needed. */
    private final Map<CaseIndex, Boolean> checked = new ConcurrentHashMap<>();
    private final ScheduledExecutorService maintenance;
    private volatile IndexSettings settings;
    private volatile boolean active = true;
    private ScheduledFuture<?> ticking;

    volatile DocumentStore documentStore;

    /**
     * Called by DS.
     *
     * @param jobs the job service that runs index repairs
     * @param config the configuration of {@value SearchConfig#PID}
     */
    @Activate
    public CaseIndexes(@Reference JobService jobs, SearchConfig config) {
        this(jobs, IndexSettings.of(config), Clock.systemUTC());
    }

    /** For tests: indexes with the given settings and clock. */
    CaseIndexes(JobService jobs, IndexSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
        this.maintenance = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ariadne-search-index");
            thread.setDaemon(true);
            return thread;
        });
        schedule(settings);
    }

    private synchronized void schedule(IndexSettings newSettings) {
        if (ticking != null) {
            ticking.cancel(false);
        }
        long period = newSettings.refreshInterval().toMillis();
        ticking = maintenance.scheduleWithFixedDelay(this::maintain, period, period, TimeUnit.MILLISECONDS);
    }

    /** Applies a changed configuration to the open indexes. */
    @Modified
    void modified(SearchConfig config) {
        apply(IndexSettings.of(config));
    }

    /** Applies new settings: to open indexes at once, to the refresh timer, and to indexes opened later. */
    void apply(IndexSettings newSettings) {
        IndexSettings old = settings;
        settings = newSettings;
        indexes.values().forEach(entry -> entry.index().apply(newSettings));
        if (!old.refreshInterval().equals(newSettings.refreshInterval())) {
            schedule(newSettings);
        }
    }

    /** Stops the maintenance thread and closes every index cleanly. */
    @Deactivate
    void deactivate() {
        active = false;
        maintenance.shutdown();
        try {
            if (!maintenance.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The search maintenance thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while waiting for the search maintenance thread", e);
        }
        synchronized (lock) {
            for (Entry entry : new ArrayList<>(indexes.values())) {
                closeEntry(entry);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDocumentStore(DocumentStore store) {
        documentStore = store;
        execute(() -> indexes.values().forEach(entry -> checkAgainstStore(entry.aCase(), entry.index(), false)));
    }

    void unbindDocumentStore(DocumentStore store) {
        if (documentStore == store) {
            documentStore = null;
        }
    }

    /** The analyzer of every case index, also for parsing queries. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** The settings in force. */
    IndexSettings settings() {
        return settings;
    }

    // ----------------------------------------------------------------------------------------------------------------

    /**
     * The index of an open case, opened (or created) on first need.
     *
     * @throws IllegalStateException when the case is closed or this component is stopping
     * @throws IOException when the index cannot be opened
     */
    CaseIndex forCase(Case aCase) throws IOException {
        Path key = aCase.folder();
        Entry entry = indexes.get(key);
        if (entry != null && entry.aCase() == aCase && aCase.isOpen() && entry.index().usable()) {
            return entry.index();
        }
        CaseIndex opened;
        synchronized (lock) {
            entry = indexes.get(key);
            if (entry != null && entry.aCase() == aCase && aCase.isOpen() && entry.index().usable()) {
                return entry.index();
            }
            if (entry != null) {
                closeEntry(entry);
            }
            if (!aCase.isOpen()) {
                throw new IllegalStateException("The case '" + aCase.name() + "' (" + aCase.folder()
                        + ") is closed.");
            }
            if (!active) {
                throw new IllegalStateException("Search is stopping; the index of case '" + aCase.name()
                        + "' cannot be opened.");
            }
            opened = CaseIndex.open(describe(aCase), FSDirectory.open(aCase.area("index")), analyzer, settings,
                    clock);
            indexes.put(key, new Entry(aCase, opened));
        }
        checkAgainstStore(aCase, opened, true);
        return opened;
    }

    /** Indexes one document of a case, replacing an earlier version. */
    void index(Case aCase, Document document, DocumentText text) throws IOException {
        try {
            forCase(aCase).index(document, text);
        } catch (AlreadyClosedException e) {
            // the index was closed between forCase and index: the case closed, or the writer failed
            forCase(aCase).index(document, text);
        }
    }

    /**
     * The text to highlight for a document: from the case's text cache, else from the document store; cut like the
     * indexed text, so offsets agree with the index.
     */
    Optional<String> snippetText(Case aCase, CaseIndex index, String documentId) {
        Optional<String> cached = index.texts().get(documentId);
        if (cached.isPresent()) {
            return cached;
        }
        DocumentStore store = documentStore;
        if (store == null) {
            return Optional.empty();
        }
        Optional<DocumentText> text = store.text(aCase, documentId);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String indexed = CaseIndex.prefix(text.get().text(), settings.maxIndexedChars());
        index.texts().put(documentId, indexed);
        return Optional.of(indexed);
    }

    /** The open indexes; for tests. */
    List<CaseIndex> open() {
        return indexes.values().stream().map(Entry::index).toList();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // events and maintenance

    @Override
    public void handleEvent(Event event) {
        if (Topics.CASE_CLOSED.equals(event.getTopic())) {
            execute(this::closeClosedCases);
        } else if (Topics.JOB_FINISHED.equals(event.getTopic())) {
            execute(this::commitAll);
        }
    }

    private void execute(Runnable task) {
        try {
            maintenance.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Search index maintenance failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Search is stopping; maintenance task not run", e);
        }
    }

    /** One tick of the maintenance thread: closes indexes of closed cases, refreshes and commits the others. */
    void maintain() {
        try {
            closeClosedCases();
        } catch (RuntimeException e) {
            // never let one failure end the periodic task: new documents would stop becoming searchable
            LOG.error("Could not close the indexes of closed cases", e);
        }
        long commitNanos = settings.commitInterval().toNanos();
        for (Entry entry : indexes.values()) {
            try {
                entry.index().maintain(commitNanos);
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not refresh or commit the index of {}", entry.index().name(), e);
            }
        }
    }

    /** Commits and refreshes every index with uncommitted documents (a job ended). */
    void commitAll() {
        for (Entry entry : indexes.values()) {
            CaseIndex index = entry.index();
            if (!index.usable() || !index.uncommitted()) {
                continue;
            }
            try {
                index.commit();
                index.refresh();
            } catch (IOException | RuntimeException e) {
                LOG.error("Could not commit the index of {}", index.name(), e);
            }
        }
    }

    /** Closes the indexes of cases that are no longer open. */
    void closeClosedCases() {
        for (Entry entry : indexes.values()) {
            if (!entry.aCase().isOpen()) {
                synchronized (lock) {
                    if (indexes.get(entry.aCase().folder()) == entry) {
                        closeEntry(entry);
                    }
                }
            }
        }
    }

    /** Removes and closes an entry. Called under {@link #lock}. */
    private void closeEntry(Entry entry) {
        indexes.remove(entry.aCase().folder(), entry);
        checked.remove(entry.index());
        entry.index().close();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // repair

    /**
     * Once per opened index that was not closed cleanly, re-indexes what the store records as indexed but the index
     * lacks: on the calling thread when {@code inline} and the case has at most {@link #inlineRepairLimit} documents
     * (so the search or the stage that opened the index sees it complete), else as a job, meanwhile searches may miss
     * documents.
     */
    void checkAgainstStore(Case aCase, CaseIndex index, boolean inline) {
        DocumentStore store = documentStore;
        if (store == null || !index.usable() || checked.putIfAbsent(index, Boolean.TRUE) != null) {
            return;
        }
        if (index.openedClean()) {
            return;
        }
        int documents = store.count(aCase);
        if (!index.existed() && documents == 0) {
            return;
        }
        index.repairPending(true);
        if (inline && documents <= inlineRepairLimit) {
            LOG.info("The index of {} was not closed cleanly; checking it against its {} documents", index.name(),
                    documents);
            try {
                if (repair(aCase, index, store, new LoggedProgress(index.name()))) {
                    index.repairPending(false);
                }
            } catch (IOException | RuntimeException e) {
                repairFailed(aCase, index, e);
            }
            return;
        }
        LOG.warn("The index of {} was not closed cleanly; a job checks it against its {} documents, and searches may "
                + "miss some of them until it ends", index.name(), documents);
        jobs.submit("Update the search index of " + aCase.name(),
                context -> repair(aCase, index, store, new JobProgress(context)))
                .result().whenComplete((complete, failure) -> {
                    if (failure != null) {
                        repairFailed(aCase, index, failure);
                    } else if (Boolean.TRUE.equals(complete)) {
                        index.repairPending(false);
                    }
                });
    }

    private static void repairFailed(Case aCase, CaseIndex index, Throwable failure) {
        if (aCase.isOpen() && index.usable()) {
            LOG.warn("The check of the index of {} did not finish; it runs again when the case is next opened",
                    index.name(), failure);
        } else {
            LOG.info("The case closed before the check of the index of {} finished; it runs again when the case is "
                    + "next opened", index.name());
        }
    }

    /** Where a repair reports to: a job's context, or the log. */
    interface RepairProgress {
        void total(int documents);

        void worked(String title);

        void failed(String documentId, String reason);

        boolean cancelled();
    }

    /** Progress of a repair run as a job. */
    private record JobProgress(JobContext context) implements RepairProgress {
        @Override
        public void total(int documents) {
            context.total(documents, -1);
        }

        @Override
        public void worked(String title) {
            context.current(title);
            context.worked(1, 0);
        }

        @Override
        public void failed(String documentId, String reason) {
            context.itemFailed(documentId, reason);
        }

        @Override
        public boolean cancelled() {
            return context.isCancelled();
        }
    }

    /** Progress of a repair run on the calling thread: failures are logged. */
    private record LoggedProgress(String index) implements RepairProgress {
        @Override
        public void total(int documents) {
            // the caller waits; nothing shows progress
        }

        @Override
        public void worked(String title) {
            // the caller waits; nothing shows progress
        }

        @Override
        public void failed(String documentId, String reason) {
            LOG.warn("Document {} could not be re-indexed into the index of {}: {}", documentId, index, reason);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    /**
     * Re-indexes the documents the store records as indexed that the index lacks.
     *
     * @return whether every document was checked; false when cancelled or when the case closed meanwhile
     */
    boolean repair(Case aCase, CaseIndex index, DocumentStore store, RepairProgress progress) throws IOException {
        int total = store.count(aCase);
        progress.total(total);
        index.refresh();
        int repaired = 0;
        for (int offset = 0; offset < total; offset += REPAIR_PAGE) {
            for (Document document : store.list(aCase, offset, REPAIR_PAGE)) {
                if (progress.cancelled() || !aCase.isOpen()) {
                    return false;
                }
                if (recordedAsIndexed(document) && !index.contains(document.id())) {
                    try {
                        index.index(document, store.text(aCase, document.id()).orElse(null));
                        repaired++;
                    } catch (IOException e) {
                        progress.failed(document.id(), "Cannot index it: " + e.getMessage());
                    }
                }
                progress.worked(document.metadata().title());
            }
        }
        index.commit();
        index.refresh();
        LOG.info("Re-indexed {} document(s) missing from the index of {}", repaired, index.name());
        return true;
    }

    /** Whether the store records that the index stage ran on a document. */
    static boolean recordedAsIndexed(Document document) {
        return document.stages().stream().anyMatch(stage -> INDEX_STAGE.matcher(stage).matches());
    }

    private static String describe(Case aCase) {
        return "case '" + aCase.name() + "' (" + aCase.folder() + ")";
    }
}

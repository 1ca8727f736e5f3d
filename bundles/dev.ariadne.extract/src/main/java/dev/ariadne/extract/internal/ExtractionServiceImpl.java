package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.ExtractionService;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;

/**
 * Re-runs extraction over the documents of a case as a job ("Extract entities of CASE"), in import order, as many
 * documents at a time as the job's parallelism allows (analysed on the job's executor; merged, resolved and stored on
 * a thread of the job's own), each recorded as having passed the {@code entities} stage; a document whose extraction
 * fails is reported as a failed item and the job goes on. Without {@code all}, documents already extracted with the
 * current set of extractors and versions are skipped.
 *
 * <p>A DS component registered as {@link ExtractionService}. Thread-safe; {@link #extract} returns at once. The job
 * result is the number of documents extracted.
 */
@Component(service = ExtractionService.class)
public class ExtractionServiceImpl implements ExtractionService {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionServiceImpl.class);
    private static final int PAGE = 200;
    /** The most documents stored in one transaction. */
    static final int BATCH_DOCUMENTS = 16;
    /** A batch is written once its documents hold this many chars of text. */
    static final int BATCH_CHARS = 4_000_000;
    /** The longest an analysed document waits for others to share its transaction. */
    static final int BATCH_MILLIS = 250;
    /** How many chars of analysed text may wait for the writer (a longer document waits alone). */
    static final int WAITING_CHARS = 16_000_000;
    /** Follows the last analysed document. */
    private static final Object END = new Object();

    private final ExtractionEngine engine;
    private final EntityStore store;
    private final JobService jobs;
    private final DocumentStore documents;

    /**
     * Called by DS.
     *
     * @param engine the extraction engine
     * @param store the entity tables
     * @param jobs where the work runs
     * @param documents the documents of cases
     */
    @Activate
    public ExtractionServiceImpl(@Reference ExtractionEngine engine, @Reference EntityStore store,
            @Reference JobService jobs, @Reference DocumentStore documents) {
        this.engine = engine;
        this.store = store;
        this.jobs = jobs;
        this.documents = documents;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Job extract(Case aCase, boolean all) {
        return jobs.submit("Extract entities of " + aCase.name(), context -> run(aCase, all, context));
    }

    /**
     * The job: the documents in import order, up to the job's parallelism at a time analysed on its workers, and
     * merged, resolved and stored in the order their analysis finished, on a thread of the job's own
     * ({@link #storeInBatches}). So one worker analyses the next document while the previous ones are written, and
     * names resolve in document order as in the import. The job's thread reads each document's text while the workers
     * analyse the ones before it. Analysed documents of up to {@value #WAITING_CHARS} chars of text wait for the
     * writer while it writes a batch, so that the workers go on meanwhile.
     */
    private Integer run(Case aCase, boolean all, JobContext context) throws Exception {
        int total = documents.count(aCase);
        context.total(total, -1);
        String signature = ExtractionEngine.signature(engine.snapshot());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = context.executor();
        int parallelism = Math.max(1, context.parallelism());
        Semaphore permits = new Semaphore(parallelism);
        Semaphore waitingChars = new Semaphore(WAITING_CHARS);
        BlockingQueue<Object> analysed = new LinkedBlockingQueue<>();
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ariadne-entities-store");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> writing = writer.submit(() -> {
            storeInBatches(aCase, analysed, waitingChars, done, context);
            return null;
        });
        List<Future<?>> running = new ArrayList<>();
        try {
            outer:
            for (int offset = 0; offset < total; offset += PAGE) {
                List<Document> page = documents.list(aCase, offset, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (Document document : page) {
                    if (context.isCancelled()) {
                        break outer;
                    }
                    // read while the workers analyse the documents before it
                    DocumentText text = textToExtract(aCase, document, all, signature, context);
                    if (text == null) {
                        context.worked(1, -1);
                        continue;
                    }
                    permits.acquire();
                    try {
                        running.add(pool.submit(() -> {
                            boolean queued = false;
                            try {
                                ExtractionEngine.Analysis analysis = analyse(aCase, document, text, context);
                                if (analysis != null) {
                                    waitingChars.acquire(waitingChars(analysis));
                                    analysed.add(analysis);
                                    queued = true;
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            } finally {
                                permits.release();
                                if (!queued) {
                                    context.worked(1, -1);
                                }
                            }
                        }));
                    } catch (RejectedExecutionException e) {
                        permits.release();
                        throw e;
                    }
                }
                running.removeIf(Future::isDone);
            }
            for (Future<?> future : running) {
                future.get();
            }
            analysed.add(END);
            writing.get();
        } finally {
            writer.shutdownNow();
        }
        return done.get();
    }

    /**
     * The job's writer: stores the analysed documents in the order they come, several in one transaction and their
     * stage marks in a second one: each commit writes a chunk of every database page it changed (the case database
     * runs with {@code WRITE_DELAY=0}), so the thread that stores spent a third of its time committing. A batch is
     * written when it holds {@value #BATCH_DOCUMENTS} documents or {@value #BATCH_CHARS} chars of text, when its first
     * document has waited {@value #BATCH_MILLIS} ms, or at the end. Its documents are reported done once both commits
     * are made: a killed job has stored every document it reported, and the next run extracts the others.
     */
    private void storeInBatches(Case aCase, BlockingQueue<Object> analysed, Semaphore waitingChars,
            AtomicInteger done, JobContext context) throws InterruptedException {
        List<ExtractionEngine.Analysis> batch = new ArrayList<>();
        Object next = null;
        while (next != END) {
            next = analysed.take();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS);
            long chars = 0;
            while (next instanceof ExtractionEngine.Analysis analysis) {
                waitingChars.release(waitingChars(analysis));
                batch.add(analysis);
                chars += analysis.body().length();
                if (batch.size() >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) {
                    break;
                }
                next = analysed.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            if (!batch.isEmpty()) {
                store(aCase, batch, done, context);
                batch.clear();
            }
        }
    }

    /**
     * The text of a document to extract: null when the document is up to date (unless {@code all}), or has no text,
     * or cannot be read, the last two reported as failed items.
     */
    private DocumentText textToExtract(Case aCase, Document document, boolean all, String signature,
            JobContext context) {
        try {
            if (!all) {
                Optional<EntityStore.Status> status = store.status(aCase, document.id());
                if (status.isPresent() && status.get().extractors().equals(signature)) {
                    return null;
                }
            }
            Optional<DocumentText> text = documents.text(aCase, document.id());
            if (text.isEmpty()) {
                context.itemFailed(document.id(), "the document has no text");
                return null;
            }
            return text.get();
        } catch (RuntimeException e) {
            failed(aCase, document, e, context);
            return null;
        }
    }

    /**
     * Analyses one document; reports a failure as a failed item.
     *
     * @return the analysis, or null when it failed
     */
    private ExtractionEngine.Analysis analyse(Case aCase, Document document, DocumentText text, JobContext context)
            throws InterruptedException {
        context.current(document.metadata().title());
        try {
            return engine.analyse(document, text);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            failed(aCase, document, e, context);
            return null;
        }
    }

    /** The share of {@link #WAITING_CHARS} an analysed document holds while it waits for the writer. */
    private static int waitingChars(ExtractionEngine.Analysis analysis) {
        return Math.min(analysis.body().length(), WAITING_CHARS);
    }

    /**
     * Stores analysed documents in one transaction and marks their stage in another; when the first fails, stores them
     * one by one so that only the document at fault is reported as a failed item.
     */
    private void store(Case aCase, List<ExtractionEngine.Analysis> batch, AtomicInteger done, JobContext context) {
        try {
            if (context.isCancelled()) {
                return;
            }
            List<ExtractionEngine.Analysis> stored = new ArrayList<>(batch);
            try {
                engine.store(aCase, batch);
            } catch (Exception e) {
                if (batch.size() == 1) {
                    failed(aCase, batch.get(0).document(), e, context);
                    return;
                }
                stored.clear();
                for (ExtractionEngine.Analysis analysis : batch) {
                    try {
                        engine.store(aCase, analysis);
                        stored.add(analysis);
                    } catch (Exception single) {
                        failed(aCase, analysis.document(), single, context);
                    }
                }
            }
            List<String> ids = stored.stream().map(analysis -> analysis.document().id()).toList();
            try {
                documents.markStages(aCase, ids, ExtractionEngine.STAGE_NAME);
                done.addAndGet(ids.size());
            } catch (RuntimeException e) {
                stored.forEach(analysis -> failed(aCase, analysis.document(), e, context));
            }
        } finally {
            context.worked(batch.size(), -1);
        }
    }

    /** Logs a document's failure and reports it as a failed item of the job. */
    private static void failed(Case aCase, Document document, Exception e, JobContext context) {
        LOG.warn("Extraction failed on document {} of {}", document.id(), aCase.name(), e);
        context.itemFailed(document.metadata().title(), "extraction failed: " + e.getMessage());
    }

    @Override
    public List<String> extractors() {
        return engine.snapshot().stream().map(ExtractionEngine.Extractor::label).toList();
    }
}

package dev.ariadne.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
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
 * documents at a time as the job's parallelism allows (on the job's executor), each recorded as having passed the
 * {@code entities} stage; a document whose extraction fails is reported as a failed item and the job goes on. Without {@code all}, documents already extracted with the
 * current set of extractors and versions are skipped.
 *
 * <p>A DS component registered as {@link ExtractionService}. Thread-safe; {@link #extract} returns at once. The job
 * result is the number of documents extracted.
 */
@Component(service = ExtractionService.class)
public class ExtractionServiceImpl implements ExtractionService {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionServiceImpl.class);
    private static final int PAGE = 200;

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

    /** The job: the documents in import order, up to the job's parallelism at a time. */
    private Integer run(Case aCase, boolean all, JobContext context) throws Exception {
        int total = documents.count(aCase);
        context.total(total, -1);
        String signature = ExtractionEngine.signature(engine.snapshot());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = context.executor();
        Semaphore permits = new Semaphore(Math.max(1, context.parallelism()));
        List<Future<?>> running = new ArrayList<>();
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
                permits.acquire();
                try {
                    running.add(pool.submit(() -> {
                        try {
                            if (one(aCase, document, all, signature, context)) {
                                done.incrementAndGet();
                            }
                        } finally {
                            permits.release();
                            context.worked(1, -1);
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
        return done.get();
    }

    /** Extracts one document unless it is up to date; reports a failure as a failed item. */
    private boolean one(Case aCase, Document document, boolean all, String signature, JobContext context) {
        context.current(document.metadata().title());
        try {
            if (!all) {
                Optional<EntityStore.Status> status = store.status(aCase, document.id());
                if (status.isPresent() && status.get().extractors().equals(signature)) {
                    return false;
                }
            }
            Optional<DocumentText> text = documents.text(aCase, document.id());
            if (text.isEmpty()) {
                context.itemFailed(document.id(), "the document has no text");
                return false;
            }
            engine.extract(aCase, document, text.get());
            documents.markStage(aCase, document.id(), ExtractionEngine.STAGE_NAME);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warn("Extraction failed on document {} of {}", document.id(), aCase.name(), e);
            context.itemFailed(document.metadata().title(), "extraction failed: " + e.getMessage());
            return false;
        }
    }

    @Override
    public List<String> extractors() {
        return engine.snapshot().stream().map(ExtractionEngine.Extractor::label).toList();
    }
}

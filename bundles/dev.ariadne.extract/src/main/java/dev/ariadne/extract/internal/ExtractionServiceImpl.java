package dev.ariadne.extract.internal;

import java.util.List;
import java.util.Optional;

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
import dev.ariadne.api.jobs.JobService;

/**
 * Re-runs extraction over the documents of a case as a job ("Extract entities of CASE"), one document after the
 * other in import order, each recorded as having passed the {@code entities} stage; a document whose extraction
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
        return jobs.submit("Extract entities of " + aCase.name(), context -> {
            int total = documents.count(aCase);
            context.total(total, -1);
            String signature = ExtractionEngine.signature(engine.snapshot());
            int done = 0;
            for (int offset = 0; offset < total; offset += PAGE) {
                List<Document> page = documents.list(aCase, offset, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (Document document : page) {
                    if (context.isCancelled()) {
                        return done;
                    }
                    context.current(document.metadata().title());
                    try {
                        if (!all) {
                            Optional<EntityStore.Status> status = store.status(aCase, document.id());
                            if (status.isPresent() && status.get().extractors().equals(signature)) {
                                context.worked(1, -1);
                                continue;
                            }
                        }
                        Optional<DocumentText> text = documents.text(aCase, document.id());
                        if (text.isEmpty()) {
                            context.itemFailed(document.id(), "the document has no text");
                        } else {
                            engine.extract(aCase, document, text.get());
                            documents.markStage(aCase, document.id(), ExtractionEngine.STAGE_NAME);
                            done++;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return done;
                    } catch (Exception e) {
                        LOG.warn("Extraction failed on document {} of {}", document.id(), aCase.name(), e);
                        context.itemFailed(document.metadata().title(), "extraction failed: " + e.getMessage());
                    }
                    context.worked(1, -1);
                }
            }
            return done;
        });
    }

    @Override
    public List<String> extractors() {
        return engine.snapshot().stream().map(ExtractionEngine.Extractor::label).toList();
    }
}

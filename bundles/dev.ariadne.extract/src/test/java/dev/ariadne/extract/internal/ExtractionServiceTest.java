package dev.ariadne.extract.internal;

import static dev.ariadne.api.entities.EntityType.LOCATION;
import static dev.ariadne.extract.internal.Texts.document;
import static dev.ariadne.extract.internal.Texts.phrases;
import static dev.ariadne.extract.internal.Texts.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ariadne.api.cases.Case;
import dev.ariadne.api.documents.Document;
import dev.ariadne.api.documents.DocumentStore;
import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.jobs.ItemError;
import dev.ariadne.api.jobs.Job;
import dev.ariadne.api.jobs.JobContext;
import dev.ariadne.api.jobs.JobService;
import dev.ariadne.api.jobs.JobStatus;
import dev.ariadne.api.jobs.JobWork;

/** The extraction job over a case: every document, in parallel, then only those not up to date. */
class ExtractionServiceTest {

    @TempDir
    Path work;
    TestCase aCase;
    EntityStore store;
    ExtractionEngine engine;
    final Map<String, Document> docs = new ConcurrentHashMap<>();
    final Map<String, DocumentText> texts = new ConcurrentHashMap<>();
    final List<String> marks = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        aCase = new TestCase(work);
        store = new EntityStore();
        engine = new ExtractionEngine(store, new ExtractionEngine.Settings(5_000_000_000L, 200_000));
        engine.add(phrases("Berlin", LOCATION), "p", "1", 1);
        for (int i = 0; i < 30; i++) {
            docs.put("d" + i, document("d" + i, null));
            texts.put("d" + i, text("d" + i, "Doc " + i + " in Berlin."));
        }
        texts.remove("d7");
    }

    @AfterEach
    void stop() throws Exception {
        engine.deactivate();
        aCase.close();
    }

    @Test
    void extractsEveryDocumentThenOnlyStaleOnes() throws Exception {
        ExtractionServiceImpl service = new ExtractionServiceImpl(engine, store, new PoolJobs(), new Store());
        Object count = service.extract(aCase, false).result().toCompletableFuture().get(60, TimeUnit.SECONDS);
        assertThat(count).isEqualTo(29);
        assertThat(marks).hasSize(29);
        assertThat(failures).containsExactly("d7");
        assertThat(store.entities(aCase, LOCATION, "", 0, 10).get(0).documents()).isEqualTo(29);
        assertThat(service.extract(aCase, false).result().toCompletableFuture().get(60, TimeUnit.SECONDS))
                .isEqualTo(0);
        assertThat(service.extract(aCase, true).result().toCompletableFuture().get(60, TimeUnit.SECONDS))
                .isEqualTo(29);
        assertThat(store.entities(aCase, LOCATION, "", 0, 10).get(0).mentions()).isEqualTo(29);
        assertThat(service.extractors()).containsExactly("p/1");
    }

    @Test
    void aDocumentThatCannotBeStoredIsReportedAndTheOthersOfItsBatchAreStored() throws Exception {
        String tooLong = "x".repeat(200); // longer than the entity tables' document ids
        docs.put("d30", document(tooLong, null));
        texts.put(tooLong, text(tooLong, "Also in Berlin."));
        ExtractionServiceImpl service = new ExtractionServiceImpl(engine, store, new PoolJobs(), new Store());
        Object count = service.extract(aCase, false).result().toCompletableFuture().get(60, TimeUnit.SECONDS);
        assertThat(count).isEqualTo(29);
        assertThat(failures).containsExactlyInAnyOrder("d7", tooLong);
        assertThat(marks).hasSize(29).noneMatch(mark -> mark.startsWith(tooLong));
        assertThat(store.entities(aCase, LOCATION, "", 0, 10).get(0).documents()).isEqualTo(29);
    }

    /** Runs each job on a thread of its own with an executor of four threads. */
    final class PoolJobs implements JobService {
        @Override
        public <T> Job<T> submit(String name, JobWork<T> work) {
            ExecutorService executor = Executors.newFixedThreadPool(4);
            JobContext context = new JobContext() {
                @Override
                public void total(long totalItems, long totalBytes) {
                }

                @Override
                public void worked(long items, long bytes) {
                }

                @Override
                public void current(String item) {
                }

                @Override
                public void itemFailed(String item, String reason) {
                    failures.add(item);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public ExecutorService executor() {
                    return executor;
                }

                @Override
                public int parallelism() {
                    return 4;
                }
            };
            CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.run(context);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    executor.shutdown();
                }
            });
            return new Job<>() {
                @Override
                public long id() {
                    return 1;
                }

                @Override
                public String name() {
                    return name;
                }

                @Override
                public JobStatus status() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public List<ItemError> errors() {
                    return List.of();
                }

                @Override
                public void cancel() {
                }

                @Override
                public CompletionStage<T> result() {
                    return result;
                }
            };
        }

        @Override
        public List<JobStatus> jobs() {
            return List.of();
        }

        @Override
        public Optional<Job<?>> job(long id) {
            return Optional.empty();
        }

        @Override
        public int workers() {
            return 1;
        }
    }

    /** The documents above, in id order. */
    final class Store implements DocumentStore {
        @Override
        public int count(Case c) {
            return docs.size();
        }

        @Override
        public List<Document> list(Case c, int offset, int limit) {
            List<Document> all = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                all.add(docs.get("d" + i));
            }
            return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        }

        @Override
        public Optional<Document> get(Case c, String id) {
            return Optional.ofNullable(docs.get(id));
        }

        @Override
        public Optional<DocumentText> text(Case c, String id) {
            return Optional.ofNullable(texts.get(id));
        }

        @Override
        public List<Document> children(Case c, String id) {
            return List.of();
        }

        @Override
        public void markStage(Case c, String id, String stage) {
            marks.add(id + ":" + stage + "@" + Instant.now());
        }
    }
}

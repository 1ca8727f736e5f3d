package dev.ariadne.extract.nlp4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.EntityType;
import dev.ariadne.api.entities.Mention;

/** The extractor on the real NLP4J models and the compact store built into target/classes (loaded once). */
class Nlp4jExtractorTest {

    static final String NEWS = "Scholz meets Tusk in Warsaw\n"
            + "Date: 2024-02-12\n"
            + "\n"
            + "German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Monday, the government"
            + " said. The two leaders discussed a €2.5 billion fund for Ukraine's reconstruction. Siemens AG said in"
            + " Munich that sales rose 15% to $4 million in March 2023, almost 30 years after the company was founded."
            + " A spokesman for the European Commission told Reuters that Brussels would act by Friday.\n";

    static Nlp4jExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        extractor = new Nlp4jExtractor(Nlp4jExtractor.loaderFor(null));
        extractor.loader.get();
    }

    private static List<Mention> extract(String text, String language) throws InterruptedException {
        return extractor.extract(new DocumentText("doc", text, List.of()), TestContexts.language(language));
    }

    private static void assertFound(List<Mention> mentions, String text, String span, EntityType type) {
        int start = text.indexOf(span);
        assertThat(start).as("test text contains %s", span).isNotNegative();
        assertThat(mentions).as("mention of %s", span)
                .anySatisfy(m -> {
                    assertThat(m.start()).isEqualTo(start);
                    assertThat(m.end()).isEqualTo(start + span.length());
                    assertThat(m.type()).isEqualTo(type);
                });
    }

    @Test
    void findsPeopleOrganisationsPlacesDatesAndMoneyWithTheirOffsets() throws Exception {
        List<Mention> mentions = extract(NEWS, "en");

        assertFound(mentions, NEWS, "Olaf Scholz", EntityType.PERSON);
        assertFound(mentions, NEWS, "Donald Tusk", EntityType.PERSON);
        assertFound(mentions, NEWS, "Siemens AG", EntityType.ORGANIZATION);
        assertFound(mentions, NEWS, "Reuters", EntityType.ORGANIZATION);
        assertFound(mentions, NEWS, "Munich", EntityType.LOCATION);
        assertFound(mentions, NEWS, "Ukraine", EntityType.LOCATION);
        assertFound(mentions, NEWS, "Monday", EntityType.DATE);
        assertFound(mentions, NEWS, "March 2023", EntityType.DATE);
        assertFound(mentions, NEWS, "almost 30 years", EntityType.DATE);
        assertFound(mentions, NEWS, "$4 million", EntityType.QUANTITY);
        assertFound(mentions, NEWS, "15%", EntityType.QUANTITY);
        assertFound(mentions, NEWS, "€2.5 billion", EntityType.QUANTITY);
        int warsaw = NEWS.indexOf("Warsaw on Monday");
        assertThat(mentions).anySatisfy(m -> assertThat(m.start()).isEqualTo(warsaw));
        for (Mention m : mentions) {
            assertThat(m.text()).isEqualTo(NEWS.substring(m.start(), m.end()));
            assertThat(m.documentId()).isEqualTo("doc");
            assertThat(m.source()).isEqualTo("nlp4j/1");
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.text()).doesNotStartWith("the ").doesNotEndWith("'s");
        }
    }

    @Test
    void leavesTitlesAndPossessivesOutOfSpans() throws Exception {
        String text = "Chancellor Olaf Scholz spoke. Mr. Biden's aide answered. Germany's economy grew.";
        List<Mention> mentions = extract(text, "en");

        assertThat(mentions).noneSatisfy(m -> assertThat(m.text()).startsWith("Chancellor"));
        assertThat(mentions).noneSatisfy(m -> assertThat(m.text()).endsWith("'s"));
        assertFound(mentions, text, "Olaf Scholz", EntityType.PERSON);
        assertFound(mentions, text, "Germany", EntityType.LOCATION);
    }

    @Test
    void offsetsStayRightAfterUnicodeAndSplitTokens() throws Exception {
        String text = "Ça va? \uD83D\uDE00 Don't worry: Angela Merkel can't come to Paris until 2025.";
        List<Mention> mentions = extract(text, "en");

        assertFound(mentions, text, "Angela Merkel", EntityType.PERSON);
        assertFound(mentions, text, "Paris", EntityType.LOCATION);
        for (Mention m : mentions) {
            assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
        }
    }

    @Test
    void skipsDocumentsInOtherLanguages() throws Exception {
        assertThat(extract("Olaf Scholz traf Donald Tusk am Montag in Warschau.", "de")).isEmpty();
        assertThat(extract("   \n  ", "en")).isEmpty();
    }

    @Test
    void survivesBadInput() throws Exception {
        StringBuilder bad = new StringBuilder();
        bad.append("OLAF SCHOLZ MET DONALD TUSK IN WARSAW ON MONDAY\n");
        for (int i = 0; i < 400; i++) {
            bad.append("word").append(i).append(' ');
        }
        bad.append('\n');
        for (int r = 0; r < 50; r++) {
            bad.append(r).append('\t').append(r * 17.5).append('\t').append(r * 3).append("%\n");
        }
        bad.append("----- |||| ;;;; \u0000\u0001 \uD800 ....\n");
        String text = bad.toString();

        List<Mention> mentions = extract(text, "und");

        for (Mention m : mentions) {
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
        }
    }

    @Test
    void concurrentCallsGiveTheSameMentionsAsOne() throws Exception {
        List<Mention> expected = extract(NEWS, "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> extract(NEWS, "en")));
            }
            for (Future<List<Mention>> r : results) {
                assertThat(r.get(120, TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptingExtractStopsIt() throws Exception {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3_000_000) {
            sb.append(NEWS).append('\n');
        }
        DocumentText big = new DocumentText("big", sb.toString(), List.of());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            started.countDown();
            try {
                extractor.extract(big, TestContexts.language("en"));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        started.await();
        // wait until the worker is decoding (has used CPU time): the whole text would take minutes
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (worker.isAlive() && mx.getThreadCpuTime(worker.getId()) < 300_000_000L && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        assertThat(worker.isAlive()).as("extraction of 3 MB finished before it could be interrupted").isTrue();
        long t = System.nanoTime();
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(worker.isAlive()).as("extraction still running 20 s after the interrupt").isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void waitingForTheEngineCanBeInterrupted() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Nlp4jExtractor waiting = new Nlp4jExtractor(new EngineLoader(() -> {
            never.await();
            return null;
        }));
        CompletableFuture<Throwable> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                waiting.extract(new DocumentText("d", "Olaf Scholz", List.of()), TestContexts.language("en"));
                result.complete(null);
            } catch (Throwable e) {
                result.complete(e);
            }
        });
        worker.start();
        worker.interrupt();

        Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> result.get());
        assertThat(t).isInstanceOf(InterruptedException.class);
        waiting.deactivate();
        assertThatThrownBy(() -> waiting.loader.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mapsOntoNotesTypes() {
        assertThat(Nlp4jExtractor.typeOf("PERSON")).isEqualTo(EntityType.PERSON);
        assertThat(Nlp4jExtractor.typeOf("ORG")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(Nlp4jExtractor.typeOf("GPE")).isEqualTo(EntityType.LOCATION);
        assertThat(Nlp4jExtractor.typeOf("FAC")).isEqualTo(EntityType.LOCATION);
        assertThat(Nlp4jExtractor.typeOf("LOC")).isEqualTo(EntityType.LOCATION);
        assertThat(Nlp4jExtractor.typeOf("TIME")).isEqualTo(EntityType.DATE);
        assertThat(Nlp4jExtractor.typeOf("PERCENT")).isEqualTo(EntityType.QUANTITY);
        assertThat(Nlp4jExtractor.typeOf("MONEY")).isEqualTo(EntityType.QUANTITY);
        assertThat(Nlp4jExtractor.typeOf("NORP")).isEqualTo(EntityType.MISC);
        assertThat(Nlp4jExtractor.typeOf("CARDINAL")).isNull();
        assertThat(Nlp4jExtractor.typeOf("ORDINAL")).isNull();
    }
}

package dev.ariadne.extract.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.ariadne.api.documents.DocumentText;
import dev.ariadne.api.entities.Mention;

class RulesExtractorTest {

    private static final String PARAGRAPH = "On 28 November 2026 the United Nations said Russia had moved 2,000 "
            + "tonnes of grain through the Black Sea in almost 30 years of trade worth $4.5 billion, or 12% of "
            + "exports; call +44 20 7946 0958 or see https://www.un.org/en.\n";

    @Test
    void interruptionStopsALongText() throws Exception {
        String text = PARAGRAPH.repeat(60_000); // about 14 MB
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                Extracting.EXTRACTOR.extract(new DocumentText("big", text, List.of()), new FakeContext(null));
                outcome.set(new AssertionError("finished although interrupted"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();
        // wait until the worker is running the extraction, then interrupt it
        while (worker.getState() == Thread.State.NEW) {
            Thread.onSpinWait();
        }
        worker.interrupt();
        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void anInterruptedCallerGetsInterruptedException() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Extracting.EXTRACTOR.extract(new DocumentText("d", PARAGRAPH, List.of()),
                new FakeContext(null))).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOne() throws Exception {
        String text = PARAGRAPH.repeat(50);
        List<Mention> expected = Extracting.extract(text);
        assertThat(expected).hasSizeGreaterThan(400);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<List<Mention>> call = () -> Extracting.extract(text);
                results.add(pool.submit(call));
            }
            for (Future<List<Mention>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void spansStayInsideTheTextAndDoNotOverlap() {
        String text = PARAGRAPH.repeat(3);
        List<Mention> mentions = Extracting.extract(text);
        int last = 0;
        for (Mention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(last);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            last = m.end();
        }
    }

    @Test
    void emptyAndOddInputGiveNoCrash() {
        assertThat(Extracting.extract("")).isEmpty();
        Extracting.extract("12 34 56 78 90 ".repeat(20_000));
        Extracting.extract("NO PUNCTUATION AT ALL JUST CAPITALS IN THE US AND THE UK ".repeat(2_000));
        Extracting.extract("Die Bundesregierung hat am Montag in Berlin beschlossen, dass 5 Prozent reichen.");
        Extracting.extract("x".repeat(100_000));
    }

    @Test
    void tablesOfFiguresKeepTheirDatesMoneyAndPercentages() {
        String row = "2026-03-01 | 1,204 | 33.5 | 17 | 12% | $4.5 | 88 | 902 | 45 | 7 | 1998 | 300 km\n";
        List<String> found = Extracting.all(row.repeat(100));
        assertThat(found).contains("DATE:2026-03-01", "QUANTITY:12%", "QUANTITY:$4.5");
        assertThat(found).doesNotContain("QUANTITY:300 km", "DATE:1998");
        // the same measure in prose is found
        assertThat(Extracting.all("The road runs 300 km to the border.")).containsExactly("QUANTITY:300 km");
    }

    @Test
    void chunksEndAtLineBreaks() {
        String text = ("a".repeat(100) + "\n").repeat(400);
        int end = RulesExtractor.chunkEnd(text, 0);
        assertThat(text.charAt(end - 1)).isEqualTo('\n');
        assertThat(end).isLessThanOrEqualTo(RulesExtractor.CHUNK + 1);
    }
}

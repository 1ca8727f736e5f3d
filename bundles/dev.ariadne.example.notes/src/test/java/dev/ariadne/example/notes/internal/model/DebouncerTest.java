package dev.ariadne.example.notes.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DebouncerTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Long> runs = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(scheduler, scheduler::now, 500, 3000,
            () -> runs.add(scheduler.now()));

    @Test
    void runsOnceAfterTheQuietTimeFollowingTheLastTrigger() {
        debouncer.trigger();
        scheduler.advance(200);
        debouncer.trigger();
        scheduler.advance(200);
        debouncer.trigger(); // last trigger at 400
        scheduler.advance(499);
        assertThat(runs).isEmpty();
        assertThat(debouncer.isPending()).isTrue();

        scheduler.advance(1);

        assertThat(runs).containsExactly(900L);
        assertThat(debouncer.isPending()).isFalse();
        scheduler.advance(10_000);
        assertThat(runs).hasSize(1);
    }

    @Test
    void triggersDoNotEachScheduleATimer() {
        for (int i = 0; i < 50; i++) {
            debouncer.trigger();
            scheduler.advance(5);
        }
        assertThat(scheduler.scheduled).isEqualTo(1);
        assertThat(scheduler.waiting()).isEqualTo(1);
    }

    @Test
    void continuousTriggersStillRunEveryMaxWait() {
        for (int t = 0; t < 7000; t += 100) {
            debouncer.trigger();
            scheduler.advance(100);
        }

        assertThat(runs).containsExactly(3000L, 6000L);
    }

    @Test
    void flushRunsAPendingActionAtOnceAndOnlyOnce() {
        debouncer.flush();
        assertThat(runs).isEmpty();

        debouncer.trigger();
        scheduler.advance(100);
        debouncer.flush();

        assertThat(runs).containsExactly(100L);
        assertThat(scheduler.waiting()).isZero();
        scheduler.advance(5000);
        assertThat(runs).hasSize(1);
    }

    @Test
    void cancelForgetsTheTrigger() {
        debouncer.trigger();
        debouncer.cancel();
        scheduler.advance(5000);

        assertThat(runs).isEmpty();
        assertThat(debouncer.isPending()).isFalse();
    }

    @Test
    void aTriggerFromInsideTheActionStartsANewBurst() {
        List<Long> nested = new ArrayList<>();
        Debouncer[] self = new Debouncer[1];
        self[0] = new Debouncer(scheduler, scheduler::now, 100, 1000, () -> {
            nested.add(scheduler.now());
            if (nested.size() == 1) {
                self[0].trigger();
            }
        });

        self[0].trigger();
        scheduler.advance(1000);

        assertThat(nested).containsExactly(100L, 200L);
    }

    @Test
    void newDelaysApplyToThePendingTimer() {
        debouncer.trigger();
        debouncer.setDelays(2000, 5000);
        scheduler.advance(500); // the timer set with the old delay fires and waits for the rest of the new one
        assertThat(runs).isEmpty();

        scheduler.advance(1500);
        assertThat(runs).containsExactly(2000L);
    }

    @Test
    void refusesInconsistentDelays() {
        assertThatThrownBy(() -> debouncer.setDelays(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> debouncer.setDelays(100, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}

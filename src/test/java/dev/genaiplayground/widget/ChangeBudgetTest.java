package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A session may make a second's worth of changes at once, then as many per second as the limit allows. */
class ChangeBudgetTest {

    private final AtomicLong now = new AtomicLong();
    private final ChangeBudget budget = new ChangeBudget(50, now::get);

    @Test
    void aBurstOfOneSecondsWorthPassesAndTheNextChangeIsRefused() {
        assertThat(IntStream.range(0, 50).allMatch(i -> budget.tryTake())).isTrue();
        assertThat(budget.tryTake()).isFalse();
    }

    @Test
    void theBudgetRefillsAtTheLimitsRate() {
        IntStream.range(0, 50).forEach(i -> budget.tryTake());
        now.addAndGet(100_000_000); // 0.1 s: five more changes
        assertThat(IntStream.range(0, 6).filter(i -> budget.tryTake()).count()).isEqualTo(5);
    }

    @Test
    void aLongPauseDoesNotSaveUpMoreThanOneSecondsWorth() {
        now.addAndGet(60_000_000_000L);
        assertThat(IntStream.range(0, 60).filter(i -> budget.tryTake()).count()).isEqualTo(50);
    }

    @Test
    void aPersonDraggingAtTheBrowsersPaceIsNeverRefused() {
        // the logit bars send at most one change every 40 ms while dragging
        for (int i = 0; i < 1_000; i++) {
            now.addAndGet(40_000_000);
            assertThat(budget.tryTake()).isTrue();
        }
    }
}

package dev.genaiplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The in-memory classroom: the engine contract, and the join limiter in front of it. */
class InMemoryClassroomEngineTest extends ClassroomEngineContract {

    @Override
    ClassroomEngine engine(ClassroomSettings settings, Clock clock) {
        return new InMemoryClassroomEngine(settings, clock);
    }

    @Test
    void joinAttemptsAreLimitedPerClient() {
        long[] time = {0};
        JoinLimiter limiter = new JoinLimiter(20, () -> time[0]);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAttempt("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAttempt("10.0.0.1")).isFalse();
        assertThat(limiter.tryAttempt("10.0.0.2")).as("another client").isTrue();
        time[0] += 3_000_000_000L; // three seconds refill one attempt at 20 a minute
        assertThat(limiter.tryAttempt("10.0.0.1")).isTrue();
        assertThat(limiter.tryAttempt("10.0.0.1")).isFalse();
    }
}

package dev.genaiplayground.classroom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Join attempts per client (by network address): a token bucket of a minute's worth that refills continuously,
 * so a class joining at once is fine and guessing codes is slow. Bounded: idle clients are forgotten.
 */
@Component
public class JoinLimiter {

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Cache<String, double[]> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    @Autowired
    public JoinLimiter(ClassroomSettings settings) {
        this(settings.joinAttemptsPerMinute(), System::nanoTime);
    }

    JoinLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one attempt; false when this client has used up its attempts for now. */
    public boolean tryAttempt(String client) {
        double[] bucket = buckets.get(client, c -> new double[] {perMinute, nanoTime.getAsLong()});
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket[0] = Math.min(perMinute, bucket[0] + (now - bucket[1]) / 60e9 * perMinute);
            bucket[1] = now;
            if (bucket[0] < 1) {
                return false;
            }
            bucket[0] -= 1;
            return true;
        }
    }
}

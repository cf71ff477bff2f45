package dev.genaiplayground.widget;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every widget result in the app, computed once per distinct state: a bounded cache shared by every view, lesson,
 * embed and API call, so a class of 300 following one teacher's state costs one computation. Its size, hits and
 * misses are Micrometer metrics named {@code widget.results} ({@code /actuator/metrics/cache.gets}, tag
 * {@code cache=widget.results}).
 */
@Service
public class ResultCache {

    /** A state of one widget: two widgets may share a state type without sharing results. */
    private record Key(String widget, Record state) {
    }

    private final Cache<Key, Record> results;

    public ResultCache(@Value("${playground.results.cache-size:2000}") long maximumSize, MeterRegistry meters) {
        this.results = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, results, "widget.results");
    }

    /** The result of {@code state}, computed now only if no equal state of this widget was computed before. */
    public <S extends Record, R extends Record> R resultOf(WidgetDefinition<S, R> widget, S state) {
        @SuppressWarnings("unchecked")
        R result = (R) results.get(new Key(widget.id(), state), key -> widget.compute(state));
        return result;
    }

    /** The function a view takes its results from. */
    public <S extends Record, R extends Record> Function<S, R> resultsOf(WidgetDefinition<S, R> widget) {
        return state -> resultOf(widget, state);
    }

    /** Hits ÷ requests since start, for tests and the note; 1.0 with no requests yet. */
    public double hitRate() {
        return results.stats().hitRate();
    }

    public long size() {
        results.cleanUp();
        return results.estimatedSize();
    }
}

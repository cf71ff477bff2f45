package dev.genaiplayground.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.genaiplayground.widget.attention.AttentionState;
import dev.genaiplayground.widget.attention.AttentionWidget;
import dev.genaiplayground.widget.softmax.SoftmaxState;
import dev.genaiplayground.widget.softmax.SoftmaxWidget;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Equal states anywhere compute once; the cache's size and hits are metrics. */
class ResultCacheTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ResultCache cache = new ResultCache(100, meters);

    @Test
    void twoPeopleShowingTheSameStateShareOneComputation() {
        SoftmaxWidget softmax = new SoftmaxWidget();
        SoftmaxState state = SoftmaxState.defaults().withLogit(2, 3);

        WidgetHost<?, ?> first = WidgetHost.of(softmax, state, cache);
        WidgetHost<?, ?> second = WidgetHost.of(softmax, SoftmaxState.defaults().withLogit(2, 3), cache);

        assertThat(first.state()).isEqualTo(second.state());
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.hitRate()).isEqualTo(0.5);
        assertThat(meters.get("cache.gets").tag("cache", "widget.results").tag("result", "hit").functionCounter()
                .count()).isEqualTo(1);
        assertThat(meters.get("cache.size").tag("cache", "widget.results").gauge().value()).isEqualTo(1);
    }

    @Test
    void differentWidgetsAndDifferentStatesAreKeptApart() {
        cache.resultOf(new SoftmaxWidget(), SoftmaxState.defaults());
        cache.resultOf(new SoftmaxWidget(), SoftmaxState.defaults().withTemperature(2));
        cache.resultOf(new AttentionWidget(), AttentionState.defaults());

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.hitRate()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        ResultCache small = new ResultCache(10, meters);
        SoftmaxWidget softmax = new SoftmaxWidget();
        for (int i = 0; i < 100; i++) {
            small.resultOf(softmax, SoftmaxState.defaults().withLogit(0, i / 10.0));
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}

package dev.genaiplayground.widget.classificationmetrics;

import dev.genaiplayground.compute.ClassificationMetrics;
import dev.genaiplayground.compute.ClassificationMetricsResult;
import dev.genaiplayground.widget.BasicWidgetDefinition;
import org.springframework.stereotype.Component;

/** Registers the classification-metrics widget. */
@Component
public class ClassificationMetricsWidget
        extends BasicWidgetDefinition<ClassificationMetricsState, ClassificationMetricsResult> {

    public ClassificationMetricsWidget() {
        super("classification-metrics", "Accuracy, precision, recall and F1",
                "Drag a classifier's threshold and watch the confusion matrix, accuracy, precision, recall and F1 "
                        + "change, with the precision–recall curve and where you are on it.",
                ClassificationMetricsState.class, ClassificationMetricsState::defaults,
                state -> ClassificationMetrics.evaluate(state.scores(), state.labels(), state.threshold()),
                ClassificationMetricsView::new);
    }

    @Override
    public String numpyCode(ClassificationMetricsState state) {
        return ClassificationMetricsCode.numpy(state);
    }

    @Override
    public ClassificationMetricsState largestState() {
        int n = ClassificationMetricsState.MAX_EXAMPLES;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (i + 1) * Math.PI / (4 * n); // 17 significant digits each, all below 1
            labels[i] = i % 3 == 0 ? 1 : 0;
        }
        return new ClassificationMetricsState(scores, labels, Math.PI / 7);
    }
}

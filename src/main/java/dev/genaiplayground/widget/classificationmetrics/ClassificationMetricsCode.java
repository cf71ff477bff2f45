package dev.genaiplayground.widget.classificationmetrics;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The NumPy program that computes what the classification-metrics widget shows for a state, printed as JSON. */
final class ClassificationMetricsCode {

    private ClassificationMetricsCode() {
    }

    static String numpy(ClassificationMetricsState state) {
        String labels = Arrays.stream(state.labels()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", ", "np.array([", "])"));
        return """
                import json
                import numpy as np

                scores = %s
                labels = %s  # 1 = positive, 0 = negative
                threshold = %s

                predicted = scores >= threshold
                tp = int(np.sum(predicted & (labels == 1)))
                fp = int(np.sum(predicted & (labels == 0)))
                fn = int(np.sum(~predicted & (labels == 1)))
                tn = int(np.sum(~predicted & (labels == 0)))
                accuracy = (tp + tn) / len(scores)
                # with nothing predicted positive, precision is 0 / 0: undefined, not a number to show
                precision = tp / (tp + fp) if tp + fp > 0 else None
                note = "" if precision is not None else (
                    "Nothing is predicted positive at this threshold, so precision = TP / (TP + FP) = 0 / 0 is undefined.")
                recall = tp / (tp + fn)
                f1 = 2 * tp / (2 * tp + fp + fn)  # the harmonic mean of precision and recall, 0 when tp = 0
                majority = max(labels.mean(), 1 - labels.mean())  # accuracy of always answering the common class

                # precision-recall curve: every distinct score as the threshold, highest first
                thresholds = np.unique(scores)[::-1]
                pred = scores[None, :] >= thresholds[:, None]
                tps = (pred & (labels[None, :] == 1)).sum(axis=1)
                curve_precision = tps / pred.sum(axis=1)
                curve_recall = tps / labels.sum()
                average_precision = np.sum(np.diff(np.concatenate([[0.0], curve_recall])) * curve_precision)

                print(json.dumps({"truePositives": tp, "falsePositives": fp, "falseNegatives": fn,
                                  "trueNegatives": tn, "accuracy": accuracy, "precision": precision,
                                  "precisionNote": note, "recall": recall, "f1": f1,
                                  "majorityAccuracy": float(majority), "curveThresholds": thresholds.tolist(),
                                  "curveRecall": curve_recall.tolist(), "curvePrecision": curve_precision.tolist(),
                                  "averagePrecision": float(average_precision)}))
                """.formatted(PythonText.array(state.scores()), labels, PythonText.number(state.threshold()));
    }
}

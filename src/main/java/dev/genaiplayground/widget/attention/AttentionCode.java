package dev.genaiplayground.widget.attention;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;

/** The NumPy program that computes what the attention widget shows for a state, and prints it as JSON. */
final class AttentionCode {

    private AttentionCode() {
    }

    static String numpy(AttentionState state) {
        return """
                import json
                import numpy as np

                # one row per token: %s
                Q = %s
                K = %s
                V = %s
                heads = %d
                scaled = %s
                causal = %s

                T, d = Q.shape
                d_head = d // heads
                scores, scaled_scores, weights, outputs = [], [], [], []
                for h in range(heads):
                    cols = slice(h * d_head, (h + 1) * d_head)  # this head's share of the dimensions
                    s = Q[:, cols] @ K[:, cols].T
                    x = s / np.sqrt(d_head) if scaled else s.copy()
                    if causal:
                        x[np.triu_indices(T, k=1)] = -np.inf  # no looking ahead
                    w = np.exp(x - x.max(axis=1, keepdims=True))
                    w = w / w.sum(axis=1, keepdims=True)  # softmax of every row
                    scores.append(s)
                    scaled_scores.append(x)
                    weights.append(w)
                    outputs.append(w @ V[:, cols])
                output = np.concatenate(outputs, axis=1)  # the heads side by side

                print(json.dumps({"scores": np.array(scores).tolist(), "scaledScores": np.array(scaled_scores).tolist(),
                                  "weights": np.array(weights).tolist(), "output": output.tolist()}))
                """.formatted(PythonText.names(Arrays.asList(state.tokens())), PythonText.matrix(state.q(), "    "),
                PythonText.matrix(state.k(), "    "), PythonText.matrix(state.v(), "    "), state.heads(),
                state.scaled() ? "True" : "False", state.causal() ? "True" : "False");
    }
}

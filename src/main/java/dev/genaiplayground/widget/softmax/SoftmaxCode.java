package dev.genaiplayground.widget.softmax;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;

/** The NumPy program that computes what the softmax widget shows for a state, and prints it as JSON. */
final class SoftmaxCode {

    private SoftmaxCode() {
    }

    static String numpy(SoftmaxState state) {
        return """
                import json
                import numpy as np

                # one logit per class: %s
                logits = %s
                T = %s  # temperature
                target = %d  # the right answer: %s

                z = logits / T
                p = np.exp(z - z.max())  # subtracting the largest logit changes nothing but avoids overflow
                p = p / p.sum()
                loss = -np.log(p[target])  # cross-entropy
                gradient = (p - np.eye(len(p))[target]) / T  # d loss / d logits

                print(json.dumps({"probabilities": p.tolist(), "loss": float(loss), "gradient": gradient.tolist()}))
                """.formatted(PythonText.names(Arrays.asList(state.labels())), PythonText.array(state.logits()),
                PythonText.number(state.temperature()), state.target(), state.labels()[state.target()]);
    }
}

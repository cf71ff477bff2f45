package dev.genaiplayground.widget.perplexity;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;

/** The NumPy program that computes what the perplexity widget shows for a state, and prints it as JSON. */
final class PerplexityCode {

    private PerplexityCode() {
    }

    static String numpy(PerplexityState state) {
        return """
                import json
                import numpy as np

                # tokens: %s
                p = %s  # the probability the model gave each token that came next

                surprisal = -np.log(p)             # nats; a sure token (p = 1) costs 0
                cross_entropy = surprisal.mean()   # mean surprisal per token
                perplexity = np.exp(cross_entropy) # as uncertain as choosing evenly among this many tokens

                print(json.dumps({
                    "surprisal": (surprisal + 0.0).tolist(), "surprisalBits": (surprisal / np.log(2) + 0.0).tolist(),
                    "crossEntropy": float(cross_entropy), "crossEntropyBits": float(cross_entropy / np.log(2)),
                    "perplexity": float(perplexity), "geometricMean": float(np.exp(-cross_entropy)),
                    "mostSurprising": int(np.argmax(surprisal))}))
                """.formatted(PythonText.names(Arrays.asList(state.tokens())), PythonText.array(state.probs()));
    }
}

package dev.genaiplayground.widget.masks;

import dev.genaiplayground.widget.PythonText;
import dev.genaiplayground.compute.AttentionMasks;
import dev.genaiplayground.compute.AttentionMasks.Architecture;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The NumPy program that computes what the attention-masks widget shows for a state, and prints it as JSON. */
final class MasksCode {

    private MasksCode() {
    }

    static String numpy(MasksState state) {
        return """
                import json
                import numpy as np

                M, GOLDEN = (1 << 64) - 1, 0x9E3779B97F4A7C15

                def embedding(word, seed, d):
                    # a stand-in for a trained embedding: numbers in [-1, 1) from a hash of the word (FNV-1a, SplitMix64)
                    h = 0xcbf29ce484222325
                    for b in ("word " + word).encode("utf-8"):
                        h = ((h ^ b) * 0x100000001b3) & M
                    state, out = (h + seed * GOLDEN) & M, []
                    for _ in range(d):
                        state = (state + GOLDEN) & M
                        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & M
                        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
                        out.append(((z ^ (z >> 31)) >> 11) / 2.0 ** 53 * 2 - 1)
                    return out

                def attention(queries, keys, mask):
                    # Q = the query words' embeddings, K = V = the key words' embeddings
                    Q = np.array([embedding(w, seed, d) for w in queries])
                    K = np.array([embedding(w, seed, d) for w in keys])
                    scores = np.where(mask == 1, Q @ K.T / np.sqrt(d), -np.inf)  # blocked: -inf, weight exactly 0
                    w = np.exp(scores - scores.max(axis=1, keepdims=True))
                    return w / w.sum(axis=1, keepdims=True)  # every row sums to 1

                architecture = "%s"
                sentence = %s
                target = %s
                seed, d = %d, %d

                n, t = len(sentence), len(target)
                out = {"targetMask": [], "targetWeights": [], "crossMask": [], "crossWeights": []}
                if architecture == "decoder":
                    mask = np.tril(np.ones((n, n), dtype=int))  # a word sees itself and the words before it
                else:
                    mask = np.ones((n, n), dtype=int)  # an encoder sees the whole sentence
                out["sentenceMask"], out["sentenceWeights"] = mask.tolist(), attention(sentence, sentence, mask).tolist()
                if architecture == "encoder-decoder":
                    causal = np.tril(np.ones((t, t), dtype=int))  # the decoder's own words: causal
                    cross = np.ones((t, n), dtype=int)  # every target word may look at every source word
                    out["targetMask"], out["targetWeights"] = causal.tolist(), attention(target, target, causal).tolist()
                    out["crossMask"], out["crossWeights"] = cross.tolist(), attention(target, sentence, cross).tolist()
                print(json.dumps(out))
                """.formatted(name(state.architecture()), PythonText.strings(state.sentenceWords()),
                PythonText.strings(state.targetWords()), state.seed(), AttentionMasks.DIMENSIONS);
    }

    static String name(Architecture architecture) {
        return architecture.name().toLowerCase().replace('_', '-');
    }

}

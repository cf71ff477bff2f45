package dev.genaiplayground.widget.positional;

import dev.genaiplayground.widget.PythonText;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The NumPy program that computes what the positional-encoding widget shows for a state, and prints it as JSON. */
final class PositionalCode {

    private PositionalCode() {
    }

    static String numpy(PositionalState state) {
        return """
                import json
                import numpy as np

                M, GOLDEN = (1 << 64) - 1, 0x9E3779B97F4A7C15

                def seeded(name, seed, n):
                    # stand-ins for trained numbers: values in [-1, 1) from a hash of the name (FNV-1a, SplitMix64)
                    h = 0xcbf29ce484222325
                    for b in name.encode("utf-8"):
                        h = ((h ^ b) * 0x100000001b3) & M
                    state, out = (h + seed * GOLDEN) & M, []
                    for _ in range(n):
                        state = (state + GOLDEN) & M
                        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & M
                        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
                        out.append(((z ^ (z >> 31)) >> 11) / 2.0 ** 53 * 2 - 1)
                    return np.array(out)

                def sinusoidal(positions, d):
                    # Vaswani et al. 2017: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(same angle)
                    pos = np.arange(positions)[:, None]
                    angle = pos / np.power(10000.0, np.arange(0, d, 2) / d)
                    pe = np.zeros((positions, d))
                    pe[:, 0::2], pe[:, 1::2] = np.sin(angle), np.cos(angle)
                    return pe

                def relative_bias(n, seed):
                    # one number per offset j - i, added to the score of query i and key j
                    return np.array([[seeded("offset " + str(j - i), seed, 1)[0] for j in range(n)] for i in range(n)])

                def attention(x, bias=0.0):
                    s = x @ x.T / np.sqrt(x.shape[1]) + bias  # Q = K = V = x
                    w = np.exp(s - s.max(axis=1, keepdims=True))
                    return (w / w.sum(axis=1, keepdims=True)) @ x

                positions, d, encoding, seed = %d, %d, "%s", %d
                words = %s
                reverse = words[::-1]

                if encoding == "sinusoidal":
                    table = sinusoidal(positions, d)
                elif encoding == "learned":
                    table = np.array([seeded("position " + str(p), seed, d) for p in range(positions)])
                if encoding == "relative":
                    table, position_scores = np.zeros((0, d)), relative_bias(positions, seed)
                else:
                    position_scores = table @ table.T  # what position alone adds to each query-key score

                n = len(words)
                x = np.array([seeded("word " + w, seed, d) for w in words])
                xr = np.array([seeded("word " + w, seed, d) for w in reverse])
                without, without_r = attention(x), attention(xr)
                if encoding == "relative":
                    with_, with_r = attention(x, relative_bias(n, seed)), attention(xr, relative_bias(n, seed))
                else:
                    with_, with_r = attention(x + table[:n]), attention(xr + table[:n])
                # word i of the sentence is word n-1-i of the reverse: how far did its output move?
                gap_without = np.linalg.norm(without - without_r[::-1], axis=1)
                gap_with = np.linalg.norm(with_ - with_r[::-1], axis=1)

                print(json.dumps({"table": table.tolist(), "positionScores": position_scores.tolist(),
                                  "withoutOriginal": without.tolist(), "withoutReversed": without_r.tolist(),
                                  "withOriginal": with_.tolist(), "withReversed": with_r.tolist(),
                                  "gapWithout": gap_without.tolist(), "gapWith": gap_with.tolist(),
                                  "largestGapWithout": float(gap_without.max()), "largestGapWith": float(gap_with.max())}))
                """.formatted(state.positions(), state.dims(), state.encoding().name().toLowerCase(), state.seed(),
                PythonText.strings(state.words()));
    }

}

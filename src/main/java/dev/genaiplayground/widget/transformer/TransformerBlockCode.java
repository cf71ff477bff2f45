package dev.genaiplayground.widget.transformer;

/** The NumPy program that computes what the transformer-block widget shows for a state, and prints it as JSON. */
final class TransformerBlockCode {

    private TransformerBlockCode() {
    }

    static String numpy(TransformerBlockState state) {
        return """
                import json
                import math
                import numpy as np

                seed = %d
                blocks = %d  # identical blocks stacked
                residual = %s  # add each sub-layer's input back to its output
                layer_norm = %s  # normalise before each sub-layer (pre-LN, as in GPT-2)
                causal = %s  # token i sees only tokens 0..i
                block, item, head = %d, %d, %d  # what is on show, counted from 1

                B, T, D, H, F = 2, 16, 256, 8, 1024  # batch, sequence, d_model, heads, feed-forward
                DH = D // H

                def stream(start, n):
                    # Counter-based SplitMix64, the same generator the server runs in Java, so both start
                    # from bit-identical numbers: value i is uniform in [-1, 1).
                    with np.errstate(over="ignore"):
                        z = np.uint64(seed) + np.arange(start + 1, start + n + 1, dtype=np.uint64) \\
                            * np.uint64(0x9E3779B97F4A7C15)
                        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
                        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
                        z = z ^ (z >> np.uint64(31))
                    return 2.0 * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53) - 1.0

                def norm(x):  # layer norm over the features, no learned scale or shift
                    m = x.mean(axis=-1, keepdims=True)
                    return (x - m) / np.sqrt(((x - m) ** 2).mean(axis=-1, keepdims=True) + 1e-5)

                def gelu(x):  # the tanh form, as in GPT-2
                    return 0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))

                def stats(a):
                    return [a.mean(), a.std(), a.min(), a.max()]

                x = stream(0, B * T * D).reshape(B, T, D) * math.sqrt(3.0)  # the input, variance 1
                offset = B * T * D
                block_stats, token_spread = [], []
                for b in range(blocks):
                    weights = []
                    for rows, cols, gain in [(D, D, 1), (D, D, 1), (D, D, 1), (D, D, math.sqrt(0.5)), (D, F, 1),
                                             (F, D, math.sqrt(0.5))]:  # W_Q, W_K, W_V, W_O, W_1, W_2
                        w = stream(offset, rows * cols).reshape(rows, cols) * (math.sqrt(3.0 / rows) * gain)
                        weights.append(w)
                        offset += rows * cols
                    Wq, Wk, Wv, Wo, W1, W2 = weights

                    h = norm(x) if layer_norm else x
                    split = lambda m: m.reshape(B, T, H, DH).transpose(0, 2, 1, 3)  # (B, H, T, DH)
                    Q, K, V = split(h @ Wq), split(h @ Wk), split(h @ Wv)
                    scores = Q @ K.transpose(0, 1, 3, 2) / math.sqrt(DH)
                    if causal:
                        scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)
                    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
                    A = e / e.sum(axis=-1, keepdims=True)  # softmax over the keys
                    concat = (A @ V).transpose(0, 2, 1, 3).reshape(B, T, D)
                    projected = concat @ Wo
                    x1 = x + projected if residual else projected
                    h2 = norm(x1) if layer_norm else x1
                    hidden = gelu(h2 @ W1)
                    ff = hidden @ W2
                    x2 = x1 + ff if residual else ff

                    if b == block - 1:
                        stages = [x, h, Q, K, V, A, concat, projected, x1, h2, hidden, ff, x2]
                        stage_shapes = [list(s.shape) for s in stages]
                        stage_stats = [stats(s) for s in stages]
                        attention = A[item - 1, head - 1]
                    x = x2
                    block_stats.append(stats(x))
                    token_spread.append(x.std(axis=1).mean())  # how different the tokens are

                print(json.dumps({"stageShapes": stage_shapes, "stageStats": np.array(stage_stats).tolist(),
                                  "blockStats": np.array(block_stats).tolist(),
                                  "tokenSpread": np.array(token_spread).tolist(),
                                  "attention": attention.tolist()}))
                """.formatted(state.seed(), state.blocks(), py(state.residual()), py(state.layerNorm()),
                py(state.causal()), state.block(), state.item(), state.head());
    }

    private static String py(boolean value) {
        return value ? "True" : "False";
    }
}

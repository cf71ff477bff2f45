package dev.genaiplayground.widget.modelsize;

import dev.genaiplayground.widget.PythonText;

/** The plain Python program (counting needs no NumPy) that counts what the model-size widget shows for a state, and prints it as JSON. */
final class ModelSizeCode {

    private ModelSizeCode() {
    }

    static String numpy(ModelSizeState s) {
        return """
                import json
                import math

                layers, d, heads, kv_heads = %d, %d, %d, %d
                vocab, context, ff_ratio = %d, %d, %s
                gated, biases, tied, learned_positions = %s, %s, %s, %s
                tokens, batch = %s, %d  # training tokens D; sequences decoded together
                bytes_per_number = %s  # %s
                device_flops, device_bandwidth, device_memory = %s, %s, %s  # %s

                head_dim = d // heads
                kv_width = head_dim * kv_heads  # keys and values: fewer heads under grouped-query attention
                hidden = math.floor(ff_ratio * d + 0.5)  # halves round up, as Java's Math.round
                b = 1 if biases else 0
                embedding = vocab * d
                positions = context * d if learned_positions else 0
                attention = 2 * d * d + 2 * d * kv_width + b * (2 * d + 2 * kv_width)  # Q, K, V, output
                matrices = 3 if gated else 2
                feed_forward = matrices * d * hidden + b * (hidden * (matrices - 1) + d)
                norm = (1 + b) * d  # scale, and shift with biases
                unembedding = 0 if tied else embedding
                total = embedding + positions + layers * (attention + feed_forward + 2 * norm) + norm + unembedding

                flops_per_token = 2.0 * total
                attention_flops = 2.0 * layers * context * d
                weight_gb = [total * nbytes / 1e9 for nbytes in (4, 2, 1, 0.5)]
                kv_bytes = 2.0 * layers * kv_width * context * batch * bytes_per_number
                memory_bytes = total * bytes_per_number + kv_bytes
                compute_s = batch * (flops_per_token + attention_flops) / device_flops
                memory_s = memory_bytes / device_bandwidth
                step_s = max(compute_s, memory_s)

                print(json.dumps({
                    "embeddingParameters": embedding, "positionParameters": positions,
                    "attentionParametersPerLayer": attention, "feedForwardParametersPerLayer": feed_forward,
                    "normParametersPerLayer": 2 * norm, "finalNormParameters": norm,
                    "unembeddingParameters": unembedding, "totalParameters": total,
                    "flopsPerToken": flops_per_token, "attentionFlopsPerToken": attention_flops,
                    "trainingFlops": 6.0 * total * tokens, "weightGigabytes": weight_gb,
                    "kvCacheGigabytes": kv_bytes / 1e9, "memoryGigabytes": memory_bytes / 1e9,
                    "devicesNeeded": math.ceil(memory_bytes / device_memory),
                    "computeMillisPerStep": compute_s * 1e3, "memoryMillisPerStep": memory_s * 1e3,
                    "millisPerStep": step_s * 1e3, "tokensPerSecond": batch / step_s,
                    "memoryBound": bool(memory_s >= compute_s)}))
                """.formatted(s.layers(), s.dModel(), s.heads(), s.kvHeads(), s.vocab(), s.context(),
                PythonText.number(s.ffRatio()), py(s.gated()), py(s.biases()), py(s.tied()),
                py(s.learnedPositions()), PythonText.number(s.tokens()), s.batch(),
                PythonText.number(s.precision().bytes()), s.precision().title(), PythonText.number(s.device().flops()),
                PythonText.number(s.device().bandwidth()), PythonText.number(s.device().memory()),
                s.device().title());
    }

    private static String py(boolean value) {
        return value ? "True" : "False";
    }
}

package dev.genaiplayground.widget.moe;

import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the mixture-of-experts widget shows for a state, and prints it as JSON. */
final class MoeCode {

    private MoeCode() {
    }

    static String numpy(MoeState state) {
        return """
                import json
                import math
                import numpy as np

                # router logits: one row per token, one column per expert
                logits = %s
                k = %d  # experts per token
                capacity_factor = %s
                d_model, d_ff = %d, %d  # the sizes of one expert: d_model -> d_ff -> d_model

                T, E = logits.shape
                e = np.exp(logits - logits.max(axis=1, keepdims=True))
                p = e / e.sum(axis=1, keepdims=True)  # router probabilities: softmax of each row

                chosen = np.argsort(-logits, axis=1, kind="stable")[:, :k]  # top k; equal logits: smaller expert first
                top_p = np.take_along_axis(p, chosen, axis=1)
                gates = top_p / top_p.sum(axis=1, keepdims=True)  # renormalised over the chosen k
                load = np.bincount(chosen.ravel(), minlength=E)

                capacity = math.floor(capacity_factor * T * k / E)
                kept = np.zeros((T, k), dtype=int)
                processed = np.zeros(E, dtype=int)
                for j in range(k):  # first choices of all tokens first, then second choices
                    for t in range(T):
                        if processed[chosen[t, j]] < capacity:
                            processed[chosen[t, j]] += 1
                            kept[t, j] = 1

                f = np.bincount(chosen[:, 0], minlength=E) / T  # fraction of tokens whose first choice is i
                P = p.mean(axis=0)  # mean router probability of expert i
                balance_loss = E * np.sum(f * P)  # Switch Transformer: 1 when balanced, E when collapsed

                expert = 2.0 * d_model * d_ff  # two weight matrices per expert
                total = E * expert + d_model * E  # all experts and the router
                active = k * expert + d_model * E  # what one token uses
                dense = E * expert  # one dense feed-forward layer as large as all experts

                print(json.dumps({
                    "probabilities": p.tolist(), "chosen": chosen.tolist(), "gates": gates.tolist(),
                    "load": load.tolist(), "capacity": capacity, "kept": kept.tolist(), "processed": processed.tolist(),
                    "droppedAssignments": int(T * k - kept.sum()), "droppedTokens": int((kept.sum(axis=1) == 0).sum()),
                    "firstChoiceFraction": f.tolist(), "meanProbability": P.tolist(), "balanceLoss": balance_loss,
                    "totalParameters": total, "activeParameters": active, "moeFlopsPerToken": 2 * active,
                    "denseParameters": dense, "denseFlopsPerToken": 2 * dense, "activeFraction": active / total}))
                """.formatted(PythonText.matrix(state.router(), ""), state.k(),
                PythonText.number(state.capacityFactor()), state.dModel(), state.dFf());
    }
}

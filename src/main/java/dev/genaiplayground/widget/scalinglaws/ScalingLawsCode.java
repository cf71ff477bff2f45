package dev.genaiplayground.widget.scalinglaws;

import dev.genaiplayground.widget.PythonText;

/** The NumPy program that computes what the scaling-laws widget shows for a state, printed as JSON. */
final class ScalingLawsCode {

    private ScalingLawsCode() {
    }

    static String numpy(ScalingLawsState state) {
        return """
                import json
                import numpy as np

                # Chinchilla's fit (Hoffmann et al. 2022): loss in nats per token
                E, A, B, alpha, beta = 1.69, 406.4, 410.7, 0.34, 0.28

                def loss(N, D):
                    return E + A / N**alpha + B / D**beta

                def optimal(C):  # minimise loss(N, D) subject to 6 N D = C: closed form
                    G = (alpha * A / (beta * B)) ** (1 / (alpha + beta))
                    N = G * (C / 6) ** (beta / (alpha + beta))
                    return N, (C / 6) / N

                def rule(C):  # the rule of thumb: 20 tokens per parameter, 6 N (20 N) = C
                    N = np.sqrt(C / 120)
                    return N, 20 * N

                def token_accuracy(L):  # a toy: 1 with only the irreducible loss left, falling smoothly
                    return np.exp(-(L - E))

                N, D = %s, %s  # parameters, training tokens
                C = %s  # a compute budget, FLOPs
                k = %d  # answer length in tokens

                models = [(1.5e9, 10e9), (175e9, 300e9), (70e9, 1.4e12)]  # GPT-2 (tokens estimated), GPT-3, Chinchilla
                grid = 10.0 ** (15 + np.arange(53) / 4)
                frontier = np.array([loss(*optimal(c)) for c in grid])
                rule_frontier = np.array([loss(*rule(c)) for c in grid])
                model_loss = np.array([loss(n, d) for n, d in models])
                N_opt, D_opt = optimal(C)
                N_rule, D_rule = rule(C)
                p = token_accuracy(loss(N, D))

                print(json.dumps({
                    "loss": loss(N, D), "paramTerm": A / N**alpha, "dataTerm": B / D**beta,
                    "trainingCompute": 6 * N * D, "tokensPerParam": D / N,
                    "optimalParams": N_opt, "optimalTokens": D_opt, "optimalLoss": loss(N_opt, D_opt),
                    "optimalTokensPerParam": D_opt / N_opt,
                    "ruleParams": N_rule, "ruleTokens": D_rule, "ruleLoss": loss(N_rule, D_rule),
                    "gridCompute": grid.tolist(), "frontierLoss": frontier.tolist(),
                    "ruleFrontierLoss": rule_frontier.tolist(),
                    "modelCompute": [6 * n * d for n, d in models], "modelLoss": model_loss.tolist(),
                    "tokenAccuracy": p, "exactMatch": p**k,
                    "frontierTokenAccuracy": token_accuracy(frontier).tolist(),
                    "frontierExactMatch": (token_accuracy(frontier) ** k).tolist(),
                    "modelExactMatch": (token_accuracy(model_loss) ** k).tolist()}))
                """.formatted(PythonText.number(state.params()), PythonText.number(state.tokens()),
                PythonText.number(state.compute()), state.answerTokens());
    }
}

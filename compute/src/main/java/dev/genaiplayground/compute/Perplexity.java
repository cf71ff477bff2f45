package dev.genaiplayground.compute;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Perplexity of a model on a text: the probabilities it gave each token that actually came next, turned into
 * surprisals −ln p, their mean (the cross-entropy) and exp of that mean.
 */
public final class Perplexity {

    /** The most tokens one call takes. */
    public static final int MAX_TOKENS = InputCheck.MAX_TOKENS;
    /**
     * The smallest probability accepted. Its surprisal, about 690.8 nats, keeps exp(mean) finite (below 1e300);
     * a smaller one (down to 0) would make the perplexity infinite.
     */
    public static final double MIN_PROBABILITY = 1e-300;

    private static final double LN_2 = Math.log(2);

    private Perplexity() {
    }

    /** Surprisals, cross-entropy and perplexity of {@code probs}, each in (0, 1]. */
    public static PerplexityResult evaluate(double[] probs) {
        InputCheck.vector("probs", probs, MAX_TOKENS);
        for (int i = 0; i < probs.length; i++) {
            double p = probs[i];
            if (p == 0) {
                throw problem("probs[%d] is 0: the model called that token impossible, so its surprise −ln 0 is "
                        + "infinite and so is the perplexity; give it a small probability instead, such as 0.001", i);
            }
            if (p < 0 || p > 1) {
                throw problem("probs[%d] = %s is not a probability; each must be above 0 and at most 1", i, p);
            }
            if (p < MIN_PROBABILITY) {
                throw problem("probs[%d] = %s is too small: its perplexity would not fit in a number; use at least "
                        + "1e-300", i, p);
            }
        }
        double[][] out = Workspaces.run(() -> {
            INDArray surprisal = Transforms.log(NdArrays.row(probs), true).negi();
            double mean = surprisal.meanNumber().doubleValue();
            return new double[][] {NdArrays.toFlat(surprisal), {mean}};
        });
        double[] surprisal = out[0];
        double crossEntropy = out[1][0] + 0.0;
        double[] bits = new double[surprisal.length];
        int most = 0;
        for (int i = 0; i < surprisal.length; i++) {
            surprisal[i] = surprisal[i] + 0.0; // −ln 1 is −0: show it as 0
            bits[i] = surprisal[i] / LN_2;
            if (surprisal[i] > surprisal[most]) {
                most = i;
            }
        }
        double perplexity = Math.exp(crossEntropy);
        return new PerplexityResult(surprisal, bits, crossEntropy, crossEntropy / LN_2, perplexity,
                Math.exp(-crossEntropy), most);
    }

    private static IllegalArgumentException problem(String format, Object... args) {
        return new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
}

package dev.genaiplayground.widget.moe;

import dev.genaiplayground.compute.Moe;
import java.util.Random;

/** Router fillings that show one routing pattern each, and a seeded linear router. */
final class MoePresets {

    /** Width of the made-up token vectors the linear router reads. */
    static final int TOKEN_DIMENSIONS = 8;

    private MoePresets() {
    }

    /** Token t prefers expert t mod E: every expert gets its share. */
    static MoeState balanced(MoeState from) {
        double[][] logits = new double[from.tokens()][from.experts()];
        for (int t = 0; t < logits.length; t++) {
            logits[t][t % from.experts()] = 2;
        }
        return from.withRouter(logits);
    }

    /** Every token prefers expert 1: the router has collapsed onto one expert. */
    static MoeState collapsed(MoeState from) {
        double[][] logits = new double[from.tokens()][from.experts()];
        for (double[] row : logits) {
            row[0] = 3;
        }
        return from.withRouter(logits);
    }

    /**
     * Logits of a linear router, x · W: random token vectors x (tokens × 8, standard normal) and router weights W
     * (8 × experts, normal with standard deviation 0.5), both from {@code seed}, rounded to 2 decimals so that
     * they read and edit well.
     */
    static MoeState linear(MoeState from, long seed) {
        Random random = new Random(seed);
        double[][] x = gaussian(from.tokens(), TOKEN_DIMENSIONS, 1, random);
        double[][] w = gaussian(TOKEN_DIMENSIONS, from.experts(), 0.5, random);
        double[][] logits = Moe.linearRouter(x, w);
        for (double[] row : logits) {
            for (int e = 0; e < row.length; e++) {
                row[e] = Math.round(row[e] * 100) / 100.0;
            }
        }
        return from.withRouter(logits);
    }

    private static double[][] gaussian(int rows, int columns, double scale, Random random) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = Math.round(random.nextGaussian() * scale * 100) / 100.0;
            }
        }
        return m;
    }
}

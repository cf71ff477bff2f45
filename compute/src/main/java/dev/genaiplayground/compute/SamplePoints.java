package dev.genaiplayground.compute;

import java.util.Random;

/**
 * Noisy samples of sin(2πx) on [0, 1], drawn from a seed: x uniform, y = sin(2πx) + noise · z with z standard
 * normal, both rounded to three decimals so a link that carries them stays short and readable. The same seed always
 * gives the same x and the same z, so changing only the noise level scales the same noise.
 */
public final class SamplePoints {

    private SamplePoints() {
    }

    /** The points as {x, y}. */
    public static double[][] draw(long seed, int count, double noise) {
        if (count < 1 || count > PolynomialFit.MAX_POINTS) {
            throw new IllegalArgumentException("count must be 1 to " + PolynomialFit.MAX_POINTS + ", not " + count);
        }
        InputCheck.value("noise", noise);
        Random random = new Random(seed);
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = round3(random.nextDouble());
            y[i] = round3(PolynomialFit.truth(x[i]) + noise * random.nextGaussian());
        }
        return new double[][] {x, y};
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

package backprop.testing;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;

import java.util.Random;

/**
 * The one way every module's tests draw seeded weights, biases and inputs, so that a seed names the same
 * numbers wherever it is used. Draws come from {@link Random} in a fixed order: a matrix row by row, then
 * a layer's biases; each draw is {@code half·(2u − 1)}, u = {@link Random#nextDouble()}, uniform in
 * [−half, half). Changing this order changes every seeded figure the tests assert.
 */
public final class SeededNetworks {
    private SeededNetworks() {
    }

    /** One draw uniform in [−half, half): half·(2u − 1). */
    public static double uniform(Random random, double half) {
        return half * (2 * random.nextDouble() - 1);
    }

    /** One draw uniform in [−1, 1) rounded to one decimal: the weights 001 and 002's scenarios state as chosen. */
    public static double tenth(Random random) {
        return Math.round(10 * uniform(random, 1.0)) / 10.0;
    }

    /** A rows×columns matrix of {@link #uniform} draws, row by row. */
    public static double[][] matrix(Random random, int rows, int columns, double half) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = uniform(random, half);
            }
        }
        return m;
    }

    /** A vector of {@code n} {@link #uniform} draws. */
    public static double[] vector(Random random, int n, double half) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = uniform(random, half);
        }
        return v;
    }

    /**
     * A dense layer {@code inputs → outputs}: weights uniform in ±weightHalf, then its biases (one per neuron
     * or one shared, as {@code layout} says) uniform in ±biasHalf.
     */
    public static DenseLayer layer(Random random, int inputs, int outputs, double weightHalf, double biasHalf,
                                   BiasLayout layout, Activation activation) {
        double[][] w = matrix(random, outputs, inputs, weightHalf);
        double[] b = vector(random, layout == BiasLayout.PER_NEURON ? outputs : 1, biasHalf);
        return new DenseLayer(w, b, layout, activation);
    }
}

package backprop.examples.doc002;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static backprop.examples.published.Rounding.round;

/**
 * The feedforward network 002's formulas are evaluated on, chosen (002 draws none): 3-4-3-2, logistic g in
 * every layer, one bias per neuron, L = Σ_ℓ (a_ℓ^[𝓛] − y_ℓ)².
 *
 * <p>Drawn from {@code new java.util.Random(2022)}, each entry {@code round(2·nextDouble() − 1, 1)}: first
 * W^[1], W^[2], W^[3] in 002's orientation (row j = neuron of layer i−1, column k = neuron of layer i), row
 * by row, then b^[1], b^[2], b^[3].
 */
final class FeedforwardNetwork {
    /** Neurons per layer, [0] = x to [𝓛] = [3]. */
    static final int[] SIZES = {3, 4, 3, 2};
    static final long SEED = 2022;
    /** W[i−1] = W^[i] as 002 indexes it: W[i−1][j][k] = W_jk^[i] (0-based j, k), from j to k. */
    static final double[][][] W;
    /** B[i−1][k] = b_k^[i]. */
    static final double[][] B;
    /** a^[0] = x, chosen. */
    static final double[] X = {1.0, -0.5, 0.25};
    /** y, chosen. */
    static final double[] Y = {0, 1};

    static {
        Random random = new Random(SEED);
        W = new double[SIZES.length - 1][][];
        B = new double[SIZES.length - 1][];
        for (int i = 1; i < SIZES.length; i++) {
            W[i - 1] = new double[SIZES[i - 1]][SIZES[i]];
            for (double[] row : W[i - 1]) {
                fill(random, row);
            }
        }
        for (int i = 1; i < SIZES.length; i++) {
            B[i - 1] = new double[SIZES[i]];
            fill(random, B[i - 1]);
        }
    }

    private FeedforwardNetwork() {
    }

    private static void fill(Random random, double[] v) {
        for (int n = 0; n < v.length; n++) {
            v[n] = round(2 * random.nextDouble() - 1, 1);
        }
    }

    /** Our layers take W^[i] transposed: row k = to, column j = from. */
    static Network network() {
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 1; i < SIZES.length; i++) {
            layers.add(new DenseLayer(transpose(W[i - 1]), B[i - 1], BiasLayout.PER_NEURON, Activation.SIGMOID));
        }
        return new Network(layers);
    }

    static Example example() {
        return new Example(X, Y);
    }

    static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }
}

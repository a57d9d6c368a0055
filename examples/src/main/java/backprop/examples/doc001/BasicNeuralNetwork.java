package backprop.examples.doc001;

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
 * 001's "Figure 1: Basic neural network", lost with the figures: a 3-4-3-2 network we choose, with
 * sigmoid g in every layer, no biases (001's z_j = Σ_i w_ji a_i has none), and the loss
 * C0 = Σ_j (a_j^(L) − y_j)².
 *
 * <p>The weights are drawn from {@code new java.util.Random(2020)}: each entry is
 * {@code round(2·nextDouble() − 1, 1)}, w^(L−2) first, then w^(L−1), then w^(L), each row j (the node
 * the weight goes to) by row, column k (the node it comes from) by column.
 */
final class BasicNeuralNetwork {
    /** Nodes per layer, (L−3) = x to (L). */
    static final int[] SIZES = {3, 4, 3, 2};
    static final long SEED = 2020;
    /** WEIGHTS[k−1] = w^(L−3+k), k = 1, 2, 3, 001's orientation w_jk: row j = to, column k = from. */
    static final double[][][] WEIGHTS = draw();
    /** a^(L−3), chosen. */
    static final double[] X = {0.5, -1.0, 2.0};
    /** y, chosen. */
    static final double[] Y = {1, 0};

    private BasicNeuralNetwork() {
    }

    private static double[][][] draw() {
        Random random = new Random(SEED);
        double[][][] w = new double[SIZES.length - 1][][];
        for (int k = 1; k < SIZES.length; k++) {
            w[k - 1] = new double[SIZES[k]][SIZES[k - 1]];
            for (double[] row : w[k - 1]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = round(2 * random.nextDouble() - 1, 1);
                }
            }
        }
        return w;
    }

    static Network network() {
        List<DenseLayer> layers = new ArrayList<>();
        for (double[][] w : WEIGHTS) {
            layers.add(new DenseLayer(w, new double[w.length], BiasLayout.PER_NEURON, Activation.SIGMOID));
        }
        return new Network(layers);
    }

    static Example example() {
        return new Example(X, Y);
    }

    /** "(L−2)", "(L−1)", "(L)" for our layer k = 1, 2, 3. */
    static String layerName(int k) {
        int m = SIZES.length - 1 - k;
        return m == 0 ? "(L)" : "(L-" + m + ")";
    }
}

package backprop.core.textbook;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;

/**
 * A textbook network's layers as plain arrays: W^(k) as w[k−1][i][j] (from neuron j below to neuron i), b^(k) as
 * b[k−1] (one entry per neuron, or one shared), g^(k). Mutable: {@link TextbookDescent} changes w and b in place;
 * {@link #copy()} takes a snapshot.
 */
public final class Parameters {
    final double[][][] w;
    final double[][] b;
    final Activation[] g;
    final BiasLayout[] layout;

    private Parameters(double[][][] w, double[][] b, Activation[] g, BiasLayout[] layout) {
        this.w = w;
        this.b = b;
        this.g = g;
        this.layout = layout;
    }

    /** The network's parameters, copied. */
    static Parameters of(Network network) {
        int l = network.depth();
        double[][][] w = new double[l][][];
        double[][] b = new double[l][];
        Activation[] g = new Activation[l];
        BiasLayout[] layout = new BiasLayout[l];
        for (int k = 1; k <= l; k++) {
            DenseLayer layer = network.layer(k);
            w[k - 1] = layer.weights().toArray();
            b[k - 1] = layer.bias().clone();
            g[k - 1] = layer.activation();
            layout[k - 1] = layer.biasLayout();
        }
        return new Parameters(w, b, g, layout);
    }

    int depth() {
        return w.length;
    }

    /** Neurons of layer k (k = 0: the inputs). */
    int width(int k) {
        return k == 0 ? w[0][0].length : w[k - 1].length;
    }

    /** b_i of layer k (i from 0), whatever the layout. */
    double bias(int k, int i) {
        return layout[k - 1] == BiasLayout.PER_NEURON ? b[k - 1][i] : b[k - 1][0];
    }

    /** ‖ω‖² = Σ over every weight of every layer (biases not penalised, 003). */
    double squaredWeights() {
        double sum = 0.0;
        for (double[][] layer : w) {
            for (double[] row : layer) {
                for (double wij : row) {
                    sum += wij * wij;
                }
            }
        }
        return sum;
    }

    /** A deep copy. */
    Parameters copy() {
        double[][][] w2 = new double[w.length][][];
        double[][] b2 = new double[b.length][];
        for (int k = 0; k < w.length; k++) {
            w2[k] = new double[w[k].length][];
            for (int i = 0; i < w[k].length; i++) {
                w2[k][i] = w[k][i].clone();
            }
            b2[k] = b[k].clone();
        }
        return new Parameters(w2, b2, g, layout);
    }
}

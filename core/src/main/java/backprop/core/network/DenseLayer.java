package backprop.core.network;

import backprop.core.function.Activation;

/**
 * One affine layer and its activation: z = W·a_prev + b, a = g(z) (003, Algorithm 1: a^k = b^k + W^k h^(k−1),
 * h^k = f(a^k)). W is n_out × n_in; W_jk is the weight from neuron k of the layer below to neuron j
 * of this one (000 and 001's w_jk).
 *
 * <p>Mutable: {@link #weights()} and {@link #bias()} are the live parameters, changed in place by
 * {@link GradientDescent}.
 */
public final class DenseLayer {
    private final Matrix weights;
    private final double[] bias;
    private final BiasLayout biasLayout;
    private final Activation activation;

    /**
     * @param weights    W, n_out × n_in; copied
     * @param bias       b: n_out entries for {@link BiasLayout#PER_NEURON}, one for SHARED_PER_LAYER; copied
     * @param biasLayout where the bias enters
     * @param activation g
     */
    public DenseLayer(double[][] weights, double[] bias, BiasLayout biasLayout, Activation activation) {
        this(Matrix.of(weights), bias, biasLayout, activation);
    }

    public DenseLayer(Matrix weights, double[] bias, BiasLayout biasLayout, Activation activation) {
        if (weights == null || bias == null || biasLayout == null || activation == null) {
            throw new IllegalArgumentException("DenseLayer: weights, bias, bias layout and activation must be given");
        }
        int expected = biasLayout == BiasLayout.PER_NEURON ? weights.rows() : 1;
        if (bias.length != expected) {
            throw new IllegalArgumentException("DenseLayer: W is " + weights.shape() + " and the bias layout is "
                    + biasLayout + ", so b needs " + expected + " entries; it has " + bias.length);
        }
        for (int i = 0; i < bias.length; i++) {
            if (!Double.isFinite(bias[i])) {
                throw new IllegalArgumentException("DenseLayer: b[" + (i + 1) + "] is " + bias[i]);
            }
        }
        this.weights = weights.copy();
        this.bias = bias.clone();
        this.biasLayout = biasLayout;
        this.activation = activation;
    }

    public int inputSize() {
        return weights.cols();
    }

    public int outputSize() {
        return weights.rows();
    }

    /** The live weight matrix W (modified by updates). */
    public Matrix weights() {
        return weights;
    }

    /** The live bias vector b (modified by updates): n_out entries, or one when shared. */
    public double[] bias() {
        return bias;
    }

    /** b_j, the bias that enters neuron j (0-based), whatever the layout. */
    public double biasOf(int j) {
        return biasLayout == BiasLayout.PER_NEURON ? bias[j] : bias[0];
    }

    public BiasLayout biasLayout() {
        return biasLayout;
    }

    public Activation activation() {
        return activation;
    }

    /** z = W·a_prev + b. {@code previous} not modified. */
    public double[] preActivation(double[] previous) {
        double[] z = weights.times(previous);
        for (int j = 0; j < z.length; j++) {
            z[j] += biasOf(j);
        }
        return z;
    }

    /** A deep copy, for trying an update without touching this layer. */
    public DenseLayer copy() {
        return new DenseLayer(weights, bias, biasLayout, activation);
    }
}

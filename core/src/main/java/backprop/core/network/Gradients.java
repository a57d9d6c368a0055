package backprop.core.network;

import java.util.List;

/**
 * ∂L/∂W^(k) and ∂L/∂b^(k) for every layer k = 1…l (list index k − 1), with the loss they belong to;
 * for a batch, both are averages over its examples (000: "Average of all training examples").
 * Bias gradients have the bias's own shape: one entry per neuron, or one for a shared bias.
 */
public record Gradients(double loss, List<Matrix> weights, List<double[]> biases) {

    public Gradients {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
    }

    /** ∂L/∂W^(k), k = 1…l. */
    public Matrix weight(int k) {
        return weights.get(k - 1);
    }

    /** ∂L/∂b^(k), k = 1…l. */
    public double[] bias(int k) {
        return biases.get(k - 1);
    }
}

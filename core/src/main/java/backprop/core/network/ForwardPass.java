package backprop.core.network;

import java.util.List;

/**
 * Everything Algorithm 1 computes, kept for the backward pass and for printing: per layer k = 1…l the
 * pre-activation z^(k) and the activation a^(k); a(0) is the input x. Arrays are shared, not copied:
 * treat them as read-only.
 */
public record ForwardPass(double[] input, List<double[]> preActivations, List<double[]> activations) {

    public ForwardPass {
        preActivations = List.copyOf(preActivations);
        activations = List.copyOf(activations);
    }

    /** The number of layers l. */
    public int layers() {
        return preActivations.size();
    }

    /** z^(k), k = 1…l. */
    public double[] z(int k) {
        return preActivations.get(k - 1);
    }

    /** a^(k), k = 0…l, with a^(0) = x. */
    public double[] a(int k) {
        return k == 0 ? input : activations.get(k - 1);
    }

    /** ŷ = a^(l). */
    public double[] output() {
        return a(layers());
    }
}

package backprop.core.network;

import java.util.List;

/**
 * Everything Algorithm 2 computes for one example, kept for printing: per layer k = 1…l the error
 * δ^(k) = ∂L/∂z^(k) (002's δ) and ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k), plus the parameter gradients.
 *
 * @param lossGradient ∂L/∂ŷ, where the recursion starts
 * @param deltas       δ^(k), list index k − 1
 * @param upstreams    ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k), list index k − 1 (index 0 is ∂L/∂x)
 * @param outputRule   how δ^(l) was formed, e.g. "δ = J_g(z)ᵀ·∂L/∂a"
 */
public record BackwardPass(double[] lossGradient, List<double[]> deltas, List<double[]> upstreams,
                           Gradients gradients, String outputRule) {

    public BackwardPass {
        deltas = List.copyOf(deltas);
        upstreams = List.copyOf(upstreams);
    }

    /** δ^(k) = ∂L/∂z^(k), k = 1…l. */
    public double[] delta(int k) {
        return deltas.get(k - 1);
    }

    /** ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k), k = 1…l; k = 1 gives ∂L/∂x. */
    public double[] upstream(int k) {
        return upstreams.get(k - 1);
    }

    /** ∂L/∂x. */
    public double[] inputGradient() {
        return upstreams.get(0);
    }
}

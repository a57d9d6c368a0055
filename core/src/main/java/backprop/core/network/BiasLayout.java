package backprop.core.network;

/**
 * Where a layer's bias enters. The documents draw both: a bias b_j per neuron (000–003), or one bias
 * node per layer feeding every neuron of it (004's figure: b = [0.5 0.3] is b1 for all four hidden
 * neurons and b2 for both outputs).
 */
public enum BiasLayout {
    /** z_j = Σ_k W_jk a_k + b_j; ∂L/∂b_j = δ_j. */
    PER_NEURON,
    /** z_j = Σ_k W_jk a_k + b for one shared b; ∂L/∂b = Σ_j δ_j ("at branches, gradients add"). */
    SHARED_PER_LAYER
}

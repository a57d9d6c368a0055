package backprop.core.method;

/**
 * How δ = ∂L/∂z is formed at a softmax output ŷ = softmax(z).
 */
public enum SoftmaxBackward {
    /** δ_j = Σ_i ∂L/∂ŷ_i · ŷ_i(1_{i=j} − ŷ_j): every output depends on every z (the correct rule). */
    FULL_JACOBIAN,
    /** δ_i = ŷ_i(1 − ŷ_i) · ∂L/∂ŷ_i only: the diagonal of the Jacobian, 004's single path from z_i to ŷ_i. */
    DIAGONAL
}

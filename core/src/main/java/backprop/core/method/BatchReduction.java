package backprop.core.method;

/**
 * How a batch update combines its examples: the gradient (and the loss J) of a batch of n examples is
 * Σ_t ∂L_t/∂θ (SUM) or (1/n) Σ_t ∂L_t/∂θ (MEAN, 000's "average of all training examples", the engine's rule).
 * With one example a batch the two agree.
 */
public enum BatchReduction {
    SUM,
    MEAN
}

package backprop.core.catalogue;

/**
 * The choices on which textbooks differ, one constant per catalogued choice, in the order the catalogue tries
 * them. Each is a field of {@link backprop.core.method.Method}.
 */
public enum Choice {
    /** All gradients first, or each layer updated as soon as its gradient is ready. */
    UPDATE_ORDER,
    /** Whether the biases are updated at all. */
    FROZEN_BIASES,
    /** Σ(ŷ − y)², ½Σ(ŷ − y)² or the mean over the outputs. */
    LOSS_CONSTANT,
    /** Sum or mean of the per-example gradients (and losses) of a batch. */
    BATCH_REDUCTION,
    /** Softmax's full Jacobian or its diagonal only. */
    SOFTMAX_BACKWARD,
    /** Whether the bias enters z. */
    BIAS_IN_FORWARD,
    /** ReLU'(0) = 1 or 0. */
    RELU_AT_ZERO,
    /** A tied max routes to its first maximal argument or splits evenly. */
    MAX_TIE,
    /** Intermediates rounded as the source prints them. */
    ROUNDING,
    /** One update (epoch) fewer or more than stated. */
    EPOCHS
}

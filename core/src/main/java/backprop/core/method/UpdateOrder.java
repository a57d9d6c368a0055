package backprop.core.method;

/**
 * When weights change relative to the backward pass. The textbook rule computes every gradient before any weight
 * changes; a loop that updates while it back-propagates does the second by accident, so here it has to be asked
 * for.
 */
public enum UpdateOrder {
    /** Compute ∂L/∂θ for every layer with the current weights, then update them all (the simultaneous update). */
    ALL_GRADIENTS_FIRST,
    /** Update layer k right after its gradient is computed; δ^(k−1) then uses the new W^(k). */
    EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY
}

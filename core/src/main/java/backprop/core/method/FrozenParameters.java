package backprop.core.method;

import java.util.Set;

/**
 * The parameters an update leaves unchanged: whole weight matrices or bias vectors, or single entries of them.
 * Textbooks keep some fixed (a worked example that never updates its biases); the gradient of a frozen
 * parameter is still computed and shown, only the step skips it, so momentum and the penalty λ move it neither.
 *
 * @param frozen the frozen parameters; an entry with index {@link #WHOLE} freezes the whole matrix or vector
 */
public record FrozenParameters(Set<Parameter> frozen) {
    /** Nothing frozen: every parameter is updated. */
    public static final FrozenParameters NONE = new FrozenParameters(Set.of());
    /** The index of a {@link Parameter} that names a whole matrix or vector. */
    public static final int WHOLE = -1;

    /** The weights W^(k) or the biases b^(k) of a layer. */
    public enum Kind { WEIGHTS, BIAS }

    /**
     * One frozen parameter.
     *
     * @param layer k = 1…l
     * @param kind  weights or biases
     * @param index the row-major index of the entry (0-based), or {@link #WHOLE}
     */
    public record Parameter(int layer, Kind kind, int index) {
        public Parameter {
            if (layer < 1 || kind == null || index < WHOLE) {
                throw new IllegalArgumentException("FrozenParameters: layer " + layer + ", " + kind + ", index " + index);
            }
        }
    }

    public FrozenParameters {
        frozen = Set.copyOf(frozen);
    }

    /** Whether entry {@code index} (row-major, 0-based) of layer k's weights or biases is frozen. */
    public boolean isFrozen(int layer, Kind kind, int index) {
        return frozen.contains(new Parameter(layer, kind, WHOLE)) || frozen.contains(new Parameter(layer, kind, index));
    }

    /** Whether anything is frozen. */
    public boolean any() {
        return !frozen.isEmpty();
    }
}

package backprop.core.method;

import java.util.Locale;

/**
 * One intermediate value of a network's forward or backward pass, as a source prints it: z, a or δ of layer
 * {@code layer}, entry {@code index}, both from 1. a of the last layer is the output ŷ.
 */
public record Intermediate(Kind kind, int layer, int index) {
    /** z = W·a + b, a = g(z), δ = ∂L/∂z. */
    public enum Kind { Z, A, DELTA }

    public Intermediate {
        if (kind == null || layer < 1 || index < 1) {
            throw new IllegalArgumentException("Intermediate: kind must be given, layer and index count from 1; got "
                    + kind + ", layer " + layer + ", index " + index);
        }
    }

    /** As a document writes it: {@code z(1)[2]}, {@code a(2)[1]}, {@code δ(2)[1]}. */
    @Override
    public String toString() {
        String symbol = kind == Kind.DELTA ? "δ" : kind.name().toLowerCase(Locale.ROOT);
        return symbol + "(" + layer + ")[" + index + "]";
    }
}

package backprop.core.catalogue;

import backprop.core.method.Method;

import java.util.function.UnaryOperator;

/**
 * One catalogued deviation from a stated method, in words a teacher reads.
 *
 * @param choice the choice it changes
 * @param name   short, e.g. "layer-by-layer update"
 * @param words  what the method then does, e.g. "the hidden layer's δ uses the output weights already updated
 *               in this step"
 * @param apply  the stated method (or one already varied) → the same with this choice changed
 */
public record Variation(Choice choice, String name, String words, UnaryOperator<Method> apply) {
    public Variation {
        if (choice == null || name == null || words == null || apply == null) {
            throw new IllegalArgumentException("Variation: choice, name, words and apply must be given");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

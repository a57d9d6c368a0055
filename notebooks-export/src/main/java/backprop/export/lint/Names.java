package backprop.export.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a text has given values to so far, in document order (a later value replaces an earlier one), and the
 * printed decimals its claims have printed, so that a number copied into a later claim ("(−0.46) * (0.1771)")
 * brings its history (its unrounded value, and whether it was wrong) with it.
 */
final class Names {
    /** A name's value: one quantity per entry; {@code printed} whether a printed number gave it. */
    record Binding(List<Quantity> entries, boolean printed, String expression) {
    }

    private final Map<String, Binding> names = new HashMap<>();
    private final Map<String, Quantity> printedDecimals = new HashMap<>();
    private final Set<String> matrices = new HashSet<>();

    void bind(String name, Binding b) {
        names.put(name, b);
        matrices.remove(name);
    }

    /** {@code name} is a matrix ({@code W_1 = \begin{bmatrix}…}): lint does not multiply matrices. */
    void bindMatrix(String name) {
        names.remove(name);
        matrices.add(name);
    }

    boolean isMatrix(String name) {
        return matrices.contains(name);
    }

    Optional<Binding> binding(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /**
     * The value of {@code name}: its own binding, else an entry of a vector the text named: "ŷ1" is entry 1 of ŷ,
     * "h12" entry 2 of h1, "a21" entry 1 of a2 (entries counted from 1, as the notes count them).
     */
    Optional<List<Quantity>> value(String name) {
        Binding b = names.get(name);
        if (b != null) {
            return Optional.of(b.entries());
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        // (a name starts with a letter, so digits ≥ 1 and the prefix is never empty)
        for (int k = name.length() - 1; k >= Math.max(digits, name.length() - 6); k--) {
            Binding vector = names.get(name.substring(0, k));
            if (vector != null && vector.entries().size() > 1) {
                int index = Integer.parseInt(name.substring(k));
                if (index >= 1 && index <= vector.entries().size()) {
                    return Optional.of(List.of(vector.entries().get(index - 1)));
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers that a claim printed the decimal {@code text} with this history. */
    void printed(String text, Quantity q) {
        if (text.contains(".")) {
            printedDecimals.put(key(text), q);
        }
    }

    /** The history of a printed decimal, if an earlier claim printed the same text. */
    Optional<Quantity> earlier(String text) {
        return text.contains(".") ? Optional.ofNullable(printedDecimals.get(key(text))) : Optional.empty();
    }

    private static String key(String text) {
        return text.replace('−', '-').replace('–', '-');
    }
}

package backprop.examples;

/**
 * What we compute for one published value, in up to three ways.
 *
 * @param exact            the true value on the scenario's inputs, through core (no rounding, no shortcut)
 * @param documentRounding the same method with intermediates rounded as the document rounds them, or
 *                         null when the document shows no rounded intermediate for it
 * @param documentMethod   the document's own derivation, with its simplifications and rounding, or
 *                         null when it has none beyond the above
 */
public record Computed(double exact, Double documentRounding, Double documentMethod) {

    public Computed {
        requireFinite("exact", exact);
        if (documentRounding != null) {
            requireFinite("documentRounding", documentRounding);
        }
        if (documentMethod != null) {
            requireFinite("documentMethod", documentMethod);
        }
    }

    /** Only an exact value: the document's way of computing it is the exact way. */
    public static Computed exact(double exact) {
        return new Computed(exact, null, null);
    }

    /** An exact value and the value with the document's rounded intermediates. */
    public static Computed rounded(double exact, double documentRounding) {
        return new Computed(exact, documentRounding, null);
    }

    /** An exact value and the value the document's own (different) derivation gives. */
    public static Computed method(double exact, double documentMethod) {
        return new Computed(exact, null, documentMethod);
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Computed: " + what + " is " + v);
        }
    }
}

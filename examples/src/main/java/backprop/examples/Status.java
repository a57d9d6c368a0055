package backprop.examples;

/**
 * How a published value relates to what we compute. Assigned by
 * {@link backprop.examples.published.Classification}, never by hand; a value's reviewed expectation is checked
 * against it.
 */
public enum Status {
    /** The exact value, rounded to the printed precision, is the printed value. */
    REPRODUCED("reproduced"),
    /** It comes out only when intermediates are rounded as the document rounds them. */
    REPRODUCED_WITH_DOCUMENT_ROUNDING("reproduced-with-document-rounding"),
    /** The document's own derivation gives it, but the true value differs beyond the printed precision. */
    DOCUMENT_METHOD_DIFFERS("document-method-differs"),
    /** No derivation reproduces it; the corrected value is the exact one. */
    ERRATUM("erratum"),
    /** A quantity a scenario derives that the document does not print. */
    DERIVED("derived");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** The label used in the answer key and its CSV. */
    public String label() {
        return label;
    }
}

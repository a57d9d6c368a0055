package backprop.examples;

/** Where an input of a scenario comes from. */
public enum Provenance {
    /** Printed in the document's text. */
    STATED,
    /** Lost with the figures; recovered from the original source (shared/facts.md). */
    RECOVERED,
    /** Lost with the figures; solved for from printed intermediates (the reconstruction says how). */
    RECONSTRUCTED,
    /** The document prints no value; chosen by us to make its formulas computable. */
    CHOSEN
}

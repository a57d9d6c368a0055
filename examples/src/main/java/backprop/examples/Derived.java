package backprop.examples;

/**
 * A quantity a scenario derives that its document does not print (status "derived" in the answer key).
 *
 * @param name     stable name, e.g. "003.example1.df_dx"
 * @param quantity the quantity in the document's notation, e.g. "∂f/∂x"
 * @param value    its exact value
 */
public record Derived(String name, String quantity, double value) {
}

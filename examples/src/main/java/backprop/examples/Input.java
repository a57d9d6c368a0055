package backprop.examples;

/**
 * One input of a scenario.
 *
 * @param symbol     the document's symbol, e.g. "W1", "x", "a(L−1)"
 * @param value      the value as the answer key shows it, e.g. "[2 5 3 3]"
 * @param provenance where it comes from
 * @param note       where it is printed, or how it was recovered, reconstructed or chosen
 */
public record Input(String symbol, String value, Provenance provenance, String note) {
    public Input {
        if (symbol == null || value == null || provenance == null || note == null) {
            throw new IllegalArgumentException("Input: symbol, value, provenance and note must be given");
        }
    }
}

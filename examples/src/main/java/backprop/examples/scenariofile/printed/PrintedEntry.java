package backprop.examples.scenariofile.printed;

import backprop.examples.Status;

/**
 * One {@code [[published]]} entry of a scenario file, read and resolved, before it is classified.
 *
 * @param number     its place among the entries, from 1 (published[2] is the second)
 * @param written    the quantity as the file writes it, e.g. "dE/dw5"
 * @param quantity   what it names, in our names
 * @param printed    the text exactly as printed, e.g. "0.35891648"
 * @param where      where it is printed, e.g. "after the first update"
 * @param expression the expression printed beside it, or "" when there is none
 * @param expected   the instructor's expected status ({@code status = "…"}), or null when not given; it is
 *                   checked against the computed status (verification), never used instead of it
 * @param line       the line of the entry's [[published]] header, where its errors are reported
 */
public record PrintedEntry(int number, String written, PrintedQuantity quantity, String printed, String where,
                    String expression, Status expected, int line) {

    /** "dE/dw5 (∂L/∂W2[1,1])" when the file names it its own way, else our label alone. */
    String shown() {
        String ours = quantity.label();
        String theirs = written.strip();
        // the same words, ∂ and d alike (equal words are equal after the replacement too)
        return theirs.replace('∂', 'd').equals(ours.replace('∂', 'd')) ? ours : theirs + " (" + ours + ")";
    }
}

package backprop.examples.scenariofile.draw;

/**
 * One number of a template that each student draws: one entry, never a whole matrix ({@code W1[1,2]}, {@code b2[1]},
 * {@code x[2]}, {@code learning_rate}, an expression's input {@code x0}), the values it may take, and where its
 * number stands in the template's text, to be replaced there in place.
 *
 * @param name    the entry's own name, the hash's entry-name
 * @param line    the line of the [draw] key that draws it (an error about its draws is placed there)
 * @param choices the values it may take
 * @param start   the offset in the template's text of the first character of its number
 * @param end     the offset just past the number's last character
 */
public record DrawnEntry(String name, int line, Choices choices, int start, int end) {
}

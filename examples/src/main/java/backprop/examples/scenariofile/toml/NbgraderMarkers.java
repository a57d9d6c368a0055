package backprop.examples.scenariofile.toml;

import java.util.List;

/**
 * Refuses a scenario file whose text holds a marker nbgrader reads. A variant's text goes into its notebook's
 * code cells (as a Java string literal), and nbgrader's ClearSolutions and ClearHiddenTests act on any line
 * that merely contains "BEGIN SOLUTION" or "BEGIN HIDDEN TESTS", even inside a string: such a line would cut
 * the file's text out of the student's release, or leave a region unclosed so that generate_assignment fails.
 */
public final class NbgraderMarkers {
    /** The markers nbgrader's release steps and autograder look for in a cell's lines. */
    static final List<String> MARKERS = List.of("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS",
            "END HIDDEN TESTS", "AUTOTEST");

    private NbgraderMarkers() {
    }

    public static void check(String text, TomlReader r) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String marker : MARKERS) {
                if (lines[i].contains(marker)) {
                    throw r.error(i + 1, "\"" + markerWord(marker) + "\" is a marker nbgrader reads in a notebook's"
                            + " cells, and this file's text goes into them; reword that line");
                }
            }
        }
    }

    /** "HIDDEN TESTS" for both of its markers, "BEGIN SOLUTION" and "END SOLUTION" as they are. */
    private static String markerWord(String marker) {
        return marker.endsWith("HIDDEN TESTS") ? "HIDDEN TESTS" : marker;
    }
}

package backprop.export.grade;

import backprop.export.model.Escape;

/** Student text made one inert line of bounded length, for every message the grader prints. */
final class OneLine {
    static final int LIMIT = 300;

    private OneLine() {
    }

    /** Control characters escaped ({@link Escape#terminal}), at most {@link #LIMIT} characters then "…". */
    static String of(String text) {
        String line = Escape.terminal(text);
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT) + "…";
    }
}

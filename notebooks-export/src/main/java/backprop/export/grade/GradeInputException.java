package backprop.export.grade;

/**
 * A file the grader cannot read: a notebook that is not JSON or not a notebook, an answers or key CSV with a
 * wrong row. Its message is the one line the grader prints, {@code FILE:LINE: what is wrong}.
 */
public final class GradeInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GradeInputException(String file, long line, String what) {
        super(file + ":" + line + ": " + what);
    }

    /** A message already in the form {@code FILE:LINE: what is wrong} (a grading key's). */
    GradeInputException(String message) {
        super(message);
    }
}

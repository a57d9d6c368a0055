package backprop.export.classroom;

/**
 * Bad input to {@code answer-key class}: a roster the class cannot be made from, a class folder {@code --find} cannot
 * read, options that do not go together. Its message is the one line the command prints, {@code FILE:LINE: what is
 * wrong} (LINE where the record at fault starts), or a line of its own for an option.
 */
public final class ClassInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClassInputException(String file, long line, String what) {
        super(file + ":" + line + ": " + what);
    }

    /** A message already in its final form: a usage error, or the scenario reader's {@code FILE:LINE: …}. */
    public ClassInputException(String message) {
        super(message);
    }
}

package backprop.export.lint;

/** A file {@code lint} cannot read as text: the message is the one line it prints, {@code FILE: why}. */
public final class LintInputException extends Exception {
    private static final long serialVersionUID = 1L;

    LintInputException(String message) {
        super(message);
    }
}

package backprop.export.classroom;

/** Bad input to {@code answer-key class}: its message is one line, {@code FILE:LINE: what is wrong}. */
public final class ClassInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClassInputException(String file, long line, String what) {
        super(file + ":" + line + ": " + what);
    }

    public ClassInputException(String what) {
        super(what);
    }
}

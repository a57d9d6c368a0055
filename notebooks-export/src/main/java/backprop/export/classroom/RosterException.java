package backprop.export.classroom;

/**
 * A roster the class cannot be made from: its message is the one line the command prints,
 * {@code FILE:LINE: what is wrong}, LINE the line where the record at fault starts.
 */
public final class RosterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterException(String file, int line, String what) {
        super(file + ":" + line + ": " + what);
    }

    /** A message already in the form {@code FILE:LINE: what is wrong} (the scenario reader's, for a byte not UTF-8). */
    RosterException(String message) {
        super(message);
    }
}

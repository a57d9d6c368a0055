package backprop.export.output;

/**
 * The output folder cannot be used or could not be written. The message is the reason only; the command
 * prefixes the option and the folder as the caller typed it ("--out DIR: reason").
 */
public final class OutputFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** True when the caller chose a folder the tool refuses (bad input, exit 2); false for an I/O failure. */
    private final boolean refused;

    private OutputFolderException(String reason, boolean refused, Throwable cause) {
        super(reason, cause);
        this.refused = refused;
    }

    /** The folder is not the tool's to write; nothing was touched. */
    static OutputFolderException refused(String reason) {
        return new OutputFolderException(reason + "; nothing was touched: give --out a new folder, an empty one,"
                + " or one an earlier answer-key run wrote", true, null);
    }

    /** Another run holds the folder's lock. */
    static OutputFolderException locked() {
        return new OutputFolderException("another answer-key run is writing this folder; wait for it to end,"
                + " or give --out another folder", true, null);
    }

    /** Writing failed (disk full, permissions); the previous output is left as it was. */
    static OutputFolderException failed(String what, Throwable cause) {
        return new OutputFolderException(what + ": " + cause.getClass().getSimpleName() + " " + cause.getMessage(),
                false, cause);
    }

    public boolean refused() {
        return refused;
    }
}

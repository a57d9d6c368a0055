package backprop.export.lint;

/** What the lint finds of one printed value, as the CSV's {@code status} column spells it. */
public enum ClaimStatus {
    /** The exact evaluation of the claim's printed inputs rounds to the printed value. */
    CONSISTENT("consistent"),
    /**
     * Only the inputs' own rounding explains it: some value within half a unit of each input's last printed digit
     * gives it, or the text's own unrounded values do.
     */
    CONSISTENT_WITH_ROUNDING("consistent-with-rounding"),
    /** No value of the printed inputs within half a unit of their last digit gives it, nor does the unrounded chain. */
    INCONSISTENT("inconsistent"),
    /** The text never gives what the claim needs (a name, an expression); the note says what. */
    NOT_CHECKABLE("not-checkable");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package backprop.export.lint;

/**
 * One printed value and what the lint finds of it: one row of {@code --csv}.
 *
 * @param file     the file as named on the command line
 * @param line     the 1-based line on which the printed value itself stands
 * @param claim    the claim, as printed (whitespace made single spaces)
 * @param printed  the value as printed, its sign ASCII ("-0.46")
 * @param computed the exact evaluation of the claim's printed inputs, or "" when it is not checkable
 * @param status   what the lint finds
 * @param note     why, and for an inconsistent claim the value it should be; "" when there is nothing to add
 * @param cause    for a claim that is wrong only because it uses an earlier wrong one, that one's FILE:LINE; else ""
 */
public record ClaimRow(String file, int line, String claim, String printed, String computed, ClaimStatus status,
                       String note, String cause) {

    /** Whether it is an error of its own, not one that follows from an earlier claim. */
    public boolean isNewError() {
        return status == ClaimStatus.INCONSISTENT && cause.isEmpty();
    }
}

package backprop.verification.oracle;

import java.util.Locale;

/**
 * The largest errors reached over many reports, for the summary a test shows: over all smooth entries
 * (relative to max(|oracle|, floor)), and over the entries above the floor alone (relative to themselves).
 */
final class Measured {
    private int reports;
    private int entries;
    private int kinkEntries;
    private double finiteDifferences;
    private double forwardMode;
    private double finiteDifferencesAboveFloor;
    private double forwardModeAboveFloor;

    void add(GradientCheckReport report) {
        reports++;
        for (GradientCheckEntry e : report.entries()) {
            entries++;
            if (e.atKink()) {
                kinkEntries++;
                continue;
            }
            finiteDifferences = Math.max(finiteDifferences, e.fdRelativeError());
            forwardMode = Math.max(forwardMode, e.fmRelativeError());
            if (Math.abs(e.finiteDifference()) >= report.floor()) {
                finiteDifferencesAboveFloor = Math.max(finiteDifferencesAboveFloor, e.fdRelativeError());
            }
            if (Math.abs(e.forwardMode()) >= report.floor()) {
                forwardModeAboveFloor = Math.max(forwardModeAboveFloor, e.fmRelativeError());
            }
        }
    }

    int reports() {
        return reports;
    }

    double finiteDifferences() {
        return finiteDifferences;
    }

    double forwardMode() {
        return forwardMode;
    }

    /** The figures first, for a display name. */
    String brief() {
        return String.format(Locale.ROOT, "max relative error %.1e vs FD, %.1e vs forward mode (%.1e, %.1e above the"
                        + " floor), %d entries", finiteDifferences, forwardMode, finiteDifferencesAboveFloor,
                forwardModeAboveFloor, entries);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d checks, %d entries (%d at kinks): max relative error %.1e against"
                        + " extrapolated finite differences, %.1e against forward mode (%.1e and %.1e above the floor)",
                reports, entries, kinkEntries, finiteDifferences, forwardMode, finiteDifferencesAboveFloor,
                forwardModeAboveFloor);
    }
}

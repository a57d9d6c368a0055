package backprop.verification.oracle;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one gradient check: every entry, the scale and floor its bounds use, and the kinks met.
 *
 * @param title   what was checked
 * @param value   f at the point
 * @param scale   S = max(|f|, max_j |∂f/∂x_j|)
 * @param floor   {@link GradientCheckBounds#FLOOR_FRACTION} · S
 * @param entries one per variable, in the order given
 * @param kinks   the kinks forward mode met
 */
public record GradientCheckReport(String title, double value, double scale, double floor,
                                  List<GradientCheckEntry> entries, List<Kink> kinks) {

    public GradientCheckReport {
        entries = List.copyOf(entries);
        kinks = List.copyOf(kinks);
    }

    /** The same report under another title. */
    public GradientCheckReport titled(String newTitle) {
        return new GradientCheckReport(newTitle, value, scale, floor, entries, kinks);
    }

    /** True when every entry passed. */
    public boolean passed() {
        return entries.stream().allMatch(GradientCheckEntry::passed);
    }

    /** The entries forward mode confirms and the finite difference does not (they pass). */
    public List<GradientCheckEntry> illConditioned() {
        return entries.stream().filter(GradientCheckEntry::finiteDifferenceIllConditioned).toList();
    }

    /** The entries that failed. */
    public List<GradientCheckEntry> failures() {
        return entries.stream().filter(e -> !e.passed()).toList();
    }

    /** The entry named {@code name}; an error lists the names. */
    public GradientCheckEntry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no entry '" + name + "'; entries: "
                        + entries.stream().map(GradientCheckEntry::name).toList()));
    }

    /** The largest relative error against the extrapolated finite difference, over smooth entries. */
    public double maxRelativeErrorFiniteDifferences() {
        return entries.stream().filter(e -> !e.atKink()).mapToDouble(GradientCheckEntry::fdRelativeError)
                .max().orElse(0.0);
    }

    /** The largest relative error against forward mode, over smooth entries. */
    public double maxRelativeErrorForwardMode() {
        return entries.stream().filter(e -> !e.atKink()).mapToDouble(GradientCheckEntry::fmRelativeError)
                .max().orElse(0.0);
    }

    /** The largest relative distance of an analytic value outside [D₋, D₊], over kink entries. */
    public double maxRelativeErrorAtKinks() {
        return entries.stream().filter(GradientCheckEntry::atKink).mapToDouble(GradientCheckEntry::fdRelativeError)
                .max().orElse(0.0);
    }

    /** A table, one line per entry. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Gradient check: %s\n  f = %.17g, scale S = %.3e, floor = %.0e·S = %.3e;"
                        + " bounds |Δ| ≤ %.0e·max(|FD|, floor), ≤ %.0e·max(|FM|, floor); at a kink D₋ ≤ g ≤ D₊ ± %.0e\n",
                title, value, scale, GradientCheckBounds.FLOOR_FRACTION, floor,
                GradientCheckBounds.FINITE_DIFFERENCES, GradientCheckBounds.FORWARD_MODE, GradientCheckBounds.KINK));
        if (!kinks.isEmpty()) {
            s.append("  kinks: ").append(kinks).append('\n');
        }
        s.append(String.format(Locale.ROOT, "  %-14s %24s %-49s %24s %9s %9s %9s %9s %9s  %s\n", "entry", "analytic",
                "  finite difference (Richardson) or [D₋, D₊]", "forward mode", "|Δ| FD", "rel FD", "|Δ| FM",
                "rel FM", "h₀", "verdict"));
        for (GradientCheckEntry e : entries) {
            String fd = e.atKink()
                    ? String.format(Locale.ROOT, "[%+.15e, %+.15e]", e.left(), e.right())
                    : String.format(Locale.ROOT, "  %+.17e", e.finiteDifference());
            s.append(String.format(Locale.ROOT, "  %-14s %+24.17e %-49s %+24.17e %9.1e %9.1e %9.1e %9.1e %9.2e  %s%s\n",
                    e.name(), e.analytic(), fd, e.forwardMode(), e.fdAbsoluteError(), e.fdRelativeError(),
                    e.fmAbsoluteError(), e.fmRelativeError(), e.step(), e.verdict(), e.atKink() ? " (kink)" : ""));
        }
        s.append(String.format(Locale.ROOT, "  %s: max relative error %.1e against FD, %.1e against forward mode",
                passed() ? "PASS" : "FAIL (" + failures().size() + " of " + entries.size() + ")",
                maxRelativeErrorFiniteDifferences(), maxRelativeErrorForwardMode()));
        return s.toString();
    }
}

package backprop.export;

import backprop.examples.Scenario;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.verification.oracle.GradientCheckEntry;
import backprop.verification.oracle.GradientCheckReport;
import backprop.verification.oracle.ScenarioGradients;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every gradient of every scenario file's scenario, against both oracles (finite differences and forward mode,
 * as the verification module checks the documents), after the files are read and before anything is written.
 * A gradient forward mode disagrees with means the engine is wrong, not the file: the run stops with the entry
 * named. A gradient forward mode confirms while the finite difference does not is right, and the difference is
 * ill-conditioned there ({@code GradientCheckEntry.Verdict.FINITE_DIFFERENCE_ILL_CONDITIONED}): the run goes on,
 * with a warning line on standard error that gives the numbers.
 */
final class VariantGradients {
    private final Function<Scenario, List<GradientCheckReport>> check;

    /** {@code check} gives the reports of one scenario; the main command's is {@link #bothOracles()}. */
    VariantGradients(Function<Scenario, List<GradientCheckReport>> check) {
        this.check = check;
    }

    static VariantGradients bothOracles() {
        return new VariantGradients(ScenarioGradients::check);
    }

    /**
     * Checks each file's scenario and prints one line per file; {@code paths.get(i)} is how errors name
     * {@code files.get(i)}, as the reader's errors do.
     */
    void checkAll(List<Path> paths, List<ScenarioFile> files, PrintStream progress, PrintStream warnings,
                  Progress stage) {
        for (int i = 0; i < files.size(); i++) {
            stage.stage("checking the gradients of " + files.get(i).fileName() + " (" + (i + 1) + " of "
                    + files.size() + ")");
            List<GradientCheckReport> reports = check(paths.get(i).toString(), files.get(i), warnings);
            progress.println(line(files.get(i).fileName(), reports));
        }
    }

    /**
     * Checks one file's scenario, {@code where} naming it in a failure or a warning: throws at the first failure,
     * warns of each ill-conditioned finite difference; returns the reports.
     */
    List<GradientCheckReport> check(String where, ScenarioFile file, PrintStream warnings) {
        List<GradientCheckReport> reports = check.apply(file.scenario());
        for (GradientCheckReport r : reports) {
            if (!r.failures().isEmpty()) {
                throw new GradientCheckFailure(where + ": gradient check failed: " + failure(r, r.failures().get(0)));
            }
        }
        for (GradientCheckReport r : reports) {
            for (GradientCheckEntry e : r.illConditioned()) {
                warnings.println("answer-key: warning: " + where + ": " + illConditioned(r, e));
            }
        }
        return reports;
    }

    /** "ENTRY (REPORT): … forward mode confirms …; the finite difference is ill-conditioned here …". */
    static String illConditioned(GradientCheckReport r, GradientCheckEntry e) {
        return String.format(Locale.ROOT, "%s (%s): forward mode %.17g confirms the gradient %.17g (relative error"
                        + " %.1e); the finite difference, %.17g (relative error %.1e), is ill-conditioned here, not the"
                        + " engine wrong", e.name(), r.title(), e.forwardMode(), e.analytic(), e.fmRelativeError(),
                e.finiteDifference(), e.fdRelativeError());
    }

    /**
     * "FILE: N gradients checked, worst relative error X (finite differences), Y (forward mode)", the worst over
     * the smooth entries (X over those the difference confirms); entries at a kink are counted apart (each passed
     * between its one-sided derivatives), and so are those whose difference is ill-conditioned.
     */
    static String line(String fileName, List<GradientCheckReport> reports) {
        List<GradientCheckEntry> entries = reports.stream().flatMap(r -> r.entries().stream()).toList();
        long kinks = entries.stream().filter(GradientCheckEntry::atKink).count();
        String head = fileName + ": " + entries.size() + " gradient" + (entries.size() == 1 ? "" : "s") + " checked";
        String atKinks = (kinks == entries.size() ? "all" : String.valueOf(kinks)) + " at a kink, between the"
                + " one-sided derivatives";
        if (kinks == entries.size()) {
            return head + ", " + atKinks;
        }
        double fd = entries.stream().filter(e -> !e.atKink() && !e.finiteDifferenceIllConditioned())
                .mapToDouble(GradientCheckEntry::fdRelativeError).max().orElse(0);
        double fm = reports.stream().mapToDouble(GradientCheckReport::maxRelativeErrorForwardMode).max().orElse(0);
        long ill = entries.stream().filter(GradientCheckEntry::finiteDifferenceIllConditioned).count();
        return head + String.format(Locale.ROOT, ", worst relative error %.1e (finite differences), %.1e (forward"
                + " mode)", fd, fm) + (kinks == 0 ? "" : "; " + atKinks)
                + (ill == 0 ? "" : "; " + ill + " confirmed by forward mode alone, the finite difference"
                + " ill-conditioned there");
    }

    /** "ENTRY (REPORT): analytic A, finite differences F, forward mode M", or the one-sided pair at a kink. */
    static String failure(GradientCheckReport r, GradientCheckEntry e) {
        String oracles = e.atKink()
                ? String.format(Locale.ROOT, "one-sided derivatives [%.17g, %.17g]", e.left(), e.right())
                : String.format(Locale.ROOT, "finite differences %.17g (relative error %.1e), forward mode %.17g"
                        + " (relative error %.1e)", e.finiteDifference(), e.fdRelativeError(), e.forwardMode(),
                e.fmRelativeError());
        return String.format(Locale.ROOT, "%s (%s): analytic %.17g, %s", e.name(), r.title(), e.analytic(), oracles);
    }

    /** A gradient outside its bound: an internal error (exit 1), its message the line to print. */
    static final class GradientCheckFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GradientCheckFailure(String message) {
            super(message);
        }
    }
}

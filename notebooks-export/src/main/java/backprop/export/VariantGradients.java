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
 * A gradient outside its bound means the engine is wrong, not the file: the run stops with the entry named.
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
    void checkAll(List<Path> paths, List<ScenarioFile> files, PrintStream progress) {
        for (int i = 0; i < files.size(); i++) {
            List<GradientCheckReport> reports = check.apply(files.get(i).scenario());
            for (GradientCheckReport r : reports) {
                if (!r.failures().isEmpty()) {
                    throw new GradientCheckFailure(paths.get(i) + ": gradient check failed: "
                            + failure(r, r.failures().get(0)));
                }
            }
            progress.println(line(files.get(i).fileName(), reports));
        }
    }

    /**
     * "FILE: N gradients checked, worst relative error X (finite differences), Y (forward mode)", the worst over
     * the smooth entries; entries at a kink are counted apart (each passed between its one-sided derivatives).
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
        double fd = reports.stream().mapToDouble(GradientCheckReport::maxRelativeErrorFiniteDifferences).max()
                .orElse(0);
        double fm = reports.stream().mapToDouble(GradientCheckReport::maxRelativeErrorForwardMode).max().orElse(0);
        return head + String.format(Locale.ROOT, ", worst relative error %.1e (finite differences), %.1e (forward"
                + " mode)", fd, fm) + (kinks == 0 ? "" : "; " + atKinks);
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

package backprop.examples.scenariofile;

import backprop.examples.scenariofile.network.NetworkExam;
import backprop.examples.scenariofile.printed.QuantityScope;
import backprop.examples.scenariofile.toml.Limits;

import java.util.Locale;

/**
 * What one scenario file costs a run, in the measures its time and memory grow with. A run's files together may use
 * one file's limits: the sum of their {@link #share()}s is at most 1, so that a run of many files costs no more than
 * one file at the limits (issue 22: three large files ran 126 s, then out of memory; four files each at a different
 * limit took 109 s and 826 MB under a 1 GB heap).
 *
 * @param parameters    weights and biases of a network
 * @param exampleVisits epochs × examples: every epoch runs a forward and backward pass per example
 * @param trainingWork  epochs × examples × parameters
 * @param expression    the expression's characters
 * @param printed       [[published]] entries
 */
public record Footprint(long parameters, long exampleVisits, long trainingWork, long expression, long printed) {
    /** {@code expressionText}: the expression of an expression file (a network file has none: null). */
    static Footprint of(Object scenario, String expressionText, int printed) {
        if (scenario instanceof NetworkExam n) {
            QuantityScope s = n.scope();
            long parameters = 0;
            for (int k = 1; k < s.sizes().length; k++) {
                parameters += (long) s.sizes()[k] * s.sizes()[k - 1] + s.biasEntries()[k];
            }
            long visits = (long) s.epochs() * s.examples();
            return new Footprint(parameters, visits, visits * parameters, 0, printed);
        }
        return new Footprint(0, 0, 0, expressionText.length(), printed);
    }

    /**
     * The largest fraction of a per-file limit the file uses, over weights and biases, epochs × examples, epochs ×
     * examples × parameters, expression characters and printed values: 1 for a file at one of those limits.
     */
    public double share() {
        return Math.max(Math.max(Math.max((double) parameters / Limits.MAX_PARAMETERS,
                (double) exampleVisits / Limits.MAX_EXAMPLE_VISITS), Math.max(
                (double) trainingWork / Limits.MAX_TRAINING_WORK, (double) expression / Limits.MAX_EXPRESSION_LENGTH)),
                (double) printed / Limits.MAX_PUBLISHED);
    }

    /**
     * Null while the files of a run, {@code used} the sum of their shares, stay within one file's limits; else why
     * not. (A share is a quotient of integers, so a sum that is exactly 1 may round above it by a few ε.)
     */
    public static String overRunLimit(double used) {
        return used <= 1 + 1e-9 ? null : String.format(Locale.ROOT, "the run's files together use %.1f %% of one"
                + " file's limits (each file the largest fraction it uses of the limits on weights and biases, epochs ×"
                + " examples, epochs × examples × parameters, expression characters and printed values); give this"
                + " file a run of its own", 100 * used);
    }
}

package backprop.export.notebook;

import java.util.Map;

/** What a notebook's grading cell calls: an answer must be present and within the tolerance. */
public final class Checks {
    private Checks() {
    }

    /**
     * The visible test: every named answer is there and is a finite number. It gives nothing away, and it
     * tells a student which answers are still missing before the hidden tests compare values.
     *
     * @throws AssertionError naming every missing or non-finite answer
     */
    public static void answered(Map<String, Double> answers, String... ids) {
        StringBuilder wrong = new StringBuilder();
        for (String id : ids) {
            Double answer = answers.get(id);
            if (answer == null) {
                wrong.append("\n").append(id).append(": no answer (put it into answers)");
            } else if (!Double.isFinite(answer)) {
                wrong.append("\n").append(id).append(": ").append(answer).append(" is not a finite number");
            }
        }
        if (wrong.length() > 0) {
            throw new AssertionError("answers missing or not finite:" + wrong);
        }
    }

    /**
     * A hidden test: the answer is within the tolerance of the expected value.
     *
     * @throws AssertionError naming the answer, the expected value and the difference, when it is missing or
     *                        |answer − expected| &gt; tolerance
     */
    public static void close(Map<String, Double> answers, String id, double expected, double tolerance) {
        Double answer = answers.get(id);
        if (answer == null) {
            throw new AssertionError(id + ": no answer (put it into answers)");
        }
        if (!(Math.abs(answer - expected) <= tolerance)) {
            throw new AssertionError(id + ": " + answer + " is not " + expected + " ± " + tolerance);
        }
    }

    /**
     * A hidden test at a kink, where the derivative does not exist: the answer lies between the one-sided
     * derivatives lo and hi, within the tolerance. Every rule (ReLU'(0) = 0 or 1, a tie in max to the first or
     * split evenly) gives a value in there, and so does any other subgradient.
     *
     * @throws AssertionError naming the answer and the range, when it is missing or outside [lo − tolerance, hi + tolerance]
     */
    public static void between(Map<String, Double> answers, String id, double lo, double hi, double tolerance) {
        Double answer = answers.get(id);
        if (answer == null) {
            throw new AssertionError(id + ": no answer (put it into answers)");
        }
        if (!(answer >= lo - tolerance && answer <= hi + tolerance)) {
            throw new AssertionError(id + ": " + answer + " is not in [" + lo + ", " + hi + "] ± " + tolerance
                    + " (a kink: any value between the one-sided derivatives passes)");
        }
    }
}

package backprop.export.notebook;

import java.util.Map;

/** What a notebook's grading cell calls: an answer must be present and within the tolerance. */
public final class Checks {
    private Checks() {
    }

    /**
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
}

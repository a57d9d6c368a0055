package backprop.export.runtime;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of a notebook, scored part by part: the hidden tests of its grading cell call the student's
 * method on the scenario's exact inputs for each part (a layer, an arc, a node) and compare with the engine's
 * value.
 *
 * <pre>{@code
 * Grade q = Grade.question("004-1-q3", "δ of each layer", 3);
 * q.part("δ(1)", () -> delta(W2, delta2, gPrimeZ1), expected, 1e-9, slips);
 * q.done();
 * }</pre>
 *
 * <p><b>The contract</b> with the grader ({@code backprop.export.grade.Grader}) and nbgrader:
 * <ul>
 *   <li>{@link #done()} prints exactly one line {@code SCORE <questionId> <earned> <possible>} to System.out,
 *       both decimals written with Locale.ROOT (at most 4 decimals, e.g. {@code SCORE 004-1-q3 2 3}), then zero
 *       or more lines {@code FEEDBACK <questionId> <part>: <words>}, one per part not earned; no other line. A
 *       question with no part (the student's copy: the hidden tests are removed) scores 0.</li>
 *   <li>A question's points are shared equally by its parts (partial credit): earned = possible × passed / parts.</li>
 *   <li>{@link #done()} returns the earned points, so a grading cell that ends with {@code q.done()} shows them as
 *       its execute_result, which nbgrader 0.9 takes as the cell's partial score ({@code utils.determine_grade}:
 *       the output's text/plain as a float between 0 and the points; an error output scores 0).</li>
 *   <li>A part passes when its answer has the expected shape and every entry is within tolerance × max(1, |expected|)
 *       of the expected one (between the one-sided derivatives at a kink, {@link #between}). A method that throws
 *       earns 0 for that part, with feedback naming the exception and its message, never its stack trace.</li>
 *   <li>A wrong value's feedback names the step (the question's title) and the first entry that differs, never the
 *       expected value; where one of the part's {@link Slip}s gives the answer, it names the slip: "matches …".</li>
 * </ul>
 * The question cell carries nbgrader metadata {grade: true, grade_id: questionId, points: possible}; the cells of
 * the student's methods {solution: true, grade_id: questionId + "-solution"}.
 *
 * <p>Mutable: collects the parts until {@link #done()}, which may be called once.
 */
public final class Grade {
    /**
     * Answers are graded to 1e-9 of max(1, |expected|): far above the engine's rounding (~1e-15), far below any
     * printed digit. The notebooks' grading cells and the number grader use this one value.
     */
    public static final double TOLERANCE = 1e-9;

    /** An answer still to be computed: the student's method called on one part's inputs. */
    @FunctionalInterface
    public interface Answer {
        Object get() throws Exception;
    }

    private final String id;
    private final String title;
    private final double points;
    private final PrintStream out;
    private final List<String> feedback = new ArrayList<>();
    private int parts;
    private int passed;
    private boolean done;

    private Grade(String id, String title, double points, PrintStream out) {
        if (id == null || id.isBlank() || id.contains(" ")) {
            throw new IllegalArgumentException("Grade: a question id without spaces is needed, is '" + id + "'");
        }
        if (!(points > 0) || !Double.isFinite(points)) {
            throw new IllegalArgumentException("Grade: question " + id + " needs points > 0, has " + points);
        }
        this.id = id;
        this.title = title;
        this.points = points;
        this.out = out;
    }

    /** A question worth {@code points}, printing to System.out. */
    public static Grade question(String id, String title, double points) {
        return new Grade(id, title, points, System.out);
    }

    /** As {@link #question(String, String, double)}, printing to {@code out}. */
    static Grade question(String id, String title, double points, PrintStream out) {
        return new Grade(id, title, points, out);
    }

    /**
     * One part: {@code answer} must equal {@code expected} (Double, double[] or double[][]) entry by entry within
     * tolerance × max(1, |expected|).
     */
    public Grade part(String part, Answer answer, Object expected, double tolerance, Slip... slips) {
        Values want = Values.flatten(id + " " + part + ": expected", expected);
        return between(part, answer, want, want, tolerance, slips);
    }

    /**
     * One part at a kink: each entry of {@code answer} must lie between the one-sided derivatives {@code lo} and
     * {@code hi} (same shape), within tolerance × max(1, |lo|, |hi|). Any valid subgradient passes.
     */
    public Grade between(String part, Answer answer, Object lo, Object hi, double tolerance, Slip... slips) {
        Values low = Values.flatten(id + " " + part + ": lo", lo);
        Values high = Values.flatten(id + " " + part + ": hi", hi);
        if (!low.sameShape(high)) {
            throw new IllegalArgumentException(id + " " + part + ": lo has " + low.shape() + ", hi " + high.shape());
        }
        return between(part, answer, low, high, tolerance, slips);
    }

    private Grade between(String part, Answer answer, Values lo, Values hi, double tolerance, Slip... slips) {
        if (done) {
            throw new IllegalStateException("question " + id + ": a part after done()");
        }
        parts++;
        String wrong = Verdict.of(title, answer, lo, hi, tolerance, slips);
        if (wrong == null) {
            passed++;
        } else {
            // one line each, whatever the part's name holds (a node label from an instructor's file)
            feedback.add("FEEDBACK " + id + " " + part.replaceAll("\\s+", " ") + ": " + wrong);
        }
        return this;
    }

    /**
     * Prints the SCORE line and the FEEDBACK lines, and returns the points earned (as printed).
     *
     * A question without parts (the student's copy, whose hidden tests are removed) scores 0, with feedback saying so.
     *
     * @throws IllegalStateException if done() was called before
     */
    public double done() {
        if (parts == 0) {
            feedback.add("FEEDBACK " + id + " all: no test ran here; the hidden tests run when the notebook is graded");
        }
        if (done) {
            throw new IllegalStateException("question " + id + ": done() twice");
        }
        done = true;
        BigDecimal earned = decimal(parts == 0 ? 0 : points * passed / parts);
        out.println("SCORE " + id + " " + earned.toPlainString() + " " + decimal(points).toPlainString());
        feedback.forEach(out::println);
        return earned.doubleValue();
    }

    private static BigDecimal decimal(double v) {
        BigDecimal d = new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
}

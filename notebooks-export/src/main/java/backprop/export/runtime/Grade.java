package backprop.export.runtime;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question of a notebook, scored part by part: the hidden tests of its grading cell call the student's
 * method on each part's inputs (a layer, an arc, a node), which come from the instructor's {@link GradingKey} with
 * the expected values; the cell's source names only the call.
 *
 * <pre>{@code
 * Grade q = Grade.question("004-2-n1-delta-hidden", "δ of a layer by the recursion", 2);
 * q.part("δ(1)", in -> deltaHidden(in.matrix("WAbove"), in.vector("deltaAbove"), in.vector("gPrime")));
 * q.done();
 * }</pre>
 *
 * <p>Where the cell runs decides what a part does:
 * <ul>
 *   <li>in the grader's sandbox ({@link #connect}: the student's code in its own process, without the key), a part
 *       asks the grader for its inputs, calls the method and hands back a {@link Reply}; the grader, in its own
 *       process, compares and scores, and nothing printed here counts;</li>
 *   <li>in a kernel that has the key ({@value GradingKey#ENVIRONMENT} set: nbgrader's autograde, the instructor),
 *       the part is compared here and {@link #done()} prints the verdict;</li>
 *   <li>anywhere else (the student's own kernel) no part runs, and the question scores 0 with a line saying why.</li>
 * </ul>
 *
 * <p><b>The contract</b> with the grader and nbgrader, where the verdict is printed:
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
 *       of the expected one (between the one-sided derivatives at a kink). A method that throws earns 0 for that
 *       part, with feedback naming the exception and its message, never its stack trace.</li>
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

    /** A part's call, as a grading cell writes it: the student's method on the inputs the key gives. */
    @FunctionalInterface
    public interface Call {
        Object apply(Inputs in) throws Exception;
    }

    /**
     * The grader's end of a sandbox: hands out a question's inputs while that question is graded, and takes the
     * replies. What the student's process does with it can only change that student's own answers.
     */
    public interface Channel {
        /** Each part's inputs, by part name; empty when the grader refuses (not the question it is grading). */
        Map<String, Inputs> open(String question);

        void answer(String question, String part, Reply reply);
    }

    private enum Mode { SANDBOX, KEY, NONE }

    private static volatile Channel channel;
    private static GradingKey environmentKey;
    private static String environmentKeyFrom;

    private final String id;
    private final String title;
    private final double points;
    private final PrintStream out;
    private final Mode mode;
    private final Map<String, Inputs> opened;
    private final GradingKey.Question keyed;
    private final List<String> feedback = new ArrayList<>();
    private int parts;
    private int passed;
    private boolean done;

    private Grade(String id, String title, double points, PrintStream out, Mode mode, GradingKey key) {
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
        this.mode = mode;
        this.opened = mode == Mode.SANDBOX ? channel.open(id) : Map.of();
        this.keyed = key == null ? null : key.questions().get(id);
    }

    /**
     * A question worth {@code points}, printing to System.out: in the grader's sandbox if one is connected, else
     * against the key {@value GradingKey#ENVIRONMENT} points at, else (no key) scoring 0.
     */
    public static Grade question(String id, String title, double points) {
        if (channel != null) {
            return new Grade(id, title, points, System.out, Mode.SANDBOX, null);
        }
        GradingKey key = environmentKey();
        return new Grade(id, title, points, System.out, key == null ? Mode.NONE : Mode.KEY, key);
    }

    /** A question scored against {@code key} (null: no key), printing to {@code out}: the grader's own scoring. */
    public static Grade question(String id, String title, double points, GradingKey key, PrintStream out) {
        return new Grade(id, title, points, out, key == null ? Mode.NONE : Mode.KEY, key);
    }

    /** As {@link #question(String, String, double)} with no key, printing to {@code out}: parts given their values. */
    static Grade question(String id, String title, double points, PrintStream out) {
        return new Grade(id, title, points, out, Mode.KEY, null);
    }

    /** Makes every later question send its answers to {@code c} (the grader's sandbox runner does, once). */
    public static void connect(Channel c) {
        channel = c;
    }

    /** The key where {@link GradingKey#location()} says, read again only when that changes. */
    private static synchronized GradingKey environmentKey() {
        String where = GradingKey.location();
        if (where == null) {
            return null;
        }
        if (!where.equals(environmentKeyFrom)) {
            environmentKey = GradingKey.read(java.nio.file.Path.of(where));
            environmentKeyFrom = where;
        }
        return environmentKey;
    }

    /** One part of the hidden tests: {@code call} on this part's inputs from the key. */
    public Grade part(String part, Call call) {
        check();
        if (mode == Mode.NONE) {
            parts++;
            return this;
        }
        if (mode == Mode.SANDBOX) {
            Inputs in = opened.get(part);
            channel.answer(id, part, in == null ? Reply.problem("was not run: the grader gave it no inputs")
                    : Reply.of(() -> call.apply(in)));
            return this;
        }
        GradingKey.Part p = keyed == null ? null : keyed.parts().get(part);
        if (p == null) {
            parts++;
            feedback.add("FEEDBACK " + id + " " + oneLine(part) + ": the grading key has no such part");
            return this;
        }
        return reply(part, Reply.of(() -> call.apply(p.in())), p);
    }

    /** One part, its reply compared with the key's part {@code p}: the grader's scoring of a sandbox's reply. */
    public Grade reply(String part, Reply reply, GradingKey.Part p) {
        return between(part, reply, p.lo(), p.hi(), TOLERANCE, p.slips().toArray(Slip[]::new));
    }

    /**
     * One part: {@code answer} must equal {@code expected} (Double, double[] or double[][]) entry by entry within
     * tolerance × max(1, |expected|).
     */
    Grade part(String part, Answer answer, Object expected, double tolerance, Slip... slips) {
        Values want = Values.flatten(id + " " + part + ": expected", expected);
        return between(part, Reply.of(answer), want, want, tolerance, slips);
    }

    /**
     * One part at a kink: each entry of {@code answer} must lie between the one-sided derivatives {@code lo} and
     * {@code hi} (same shape), within tolerance × max(1, |lo|, |hi|). Any valid subgradient passes.
     */
    Grade between(String part, Answer answer, Object lo, Object hi, double tolerance, Slip... slips) {
        Values low = Values.flatten(id + " " + part + ": lo", lo);
        Values high = Values.flatten(id + " " + part + ": hi", hi);
        if (!low.sameShape(high)) {
            throw new IllegalArgumentException(id + " " + part + ": lo has " + low.shape() + ", hi " + high.shape());
        }
        return between(part, Reply.of(answer), low, high, tolerance, slips);
    }

    private Grade between(String part, Reply reply, Values lo, Values hi, double tolerance, Slip... slips) {
        check();
        parts++;
        String wrong = Verdict.of(title, reply, lo, hi, tolerance, slips);
        if (wrong == null) {
            passed++;
        } else {
            // one line each, whatever the part's name holds (a node label from an instructor's file)
            feedback.add("FEEDBACK " + id + " " + oneLine(part) + ": " + wrong);
        }
        return this;
    }

    private void check() {
        if (done) {
            throw new IllegalStateException("question " + id + ": a part after done()");
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /**
     * Prints the SCORE line and the FEEDBACK lines, and returns the points earned (as printed). In the grader's
     * sandbox it prints nothing and returns 0: the grader scores the replies.
     *
     * A question without parts (the student's copy, whose hidden tests are removed) scores 0, with feedback saying so.
     *
     * @throws IllegalStateException if done() was called before
     */
    public double done() {
        if (done) {
            throw new IllegalStateException("question " + id + ": done() twice");
        }
        done = true;
        if (mode == Mode.SANDBOX) {
            return 0;
        }
        if (parts == 0) {
            feedback.add("FEEDBACK " + id + " all: no test ran here; the hidden tests run when the notebook is graded");
        } else if (mode == Mode.NONE) {
            passed = 0;
            feedback.add("FEEDBACK " + id + " all: not graded here: the hidden tests need the instructor's grading key"
                    + " (" + GradingKey.ENVIRONMENT + ")");
        }
        BigDecimal earned = decimal(parts == 0 ? 0 : points * passed / parts);
        out.println("SCORE " + id + " " + earned.toPlainString() + " " + decimal(points).toPlainString());
        feedback.forEach(out::println);
        return earned.doubleValue();
    }

    /** v to 4 decimals, trailing zeros dropped; a zero, −0 included, strips to BigDecimal.ZERO ("0", not "0.0000"). */
    private static BigDecimal decimal(double v) {
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}

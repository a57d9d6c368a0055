package backprop.export.grade;

import backprop.export.runtime.Grade;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copied variant told apart from a wrong answer: in a class where every student has their own numbers, a
 * student who hands in a neighbour's notebook computes the neighbour's answers. The methods' questions cannot show
 * it (their inputs come from the student's own key, so copied code still gives the student's own values); the
 * answers cell can: its parts take no input, they check the numbers the student's cell computed from the numbers
 * it holds. So the answers are compared with every other student's expected values, part by part, within the
 * grading tolerance ({@link Grade#TOLERANCE} × max(1, |expected|); at a kink anywhere between the one-sided
 * derivatives), as {@link backprop.export.runtime.Grade} grades them.
 *
 * <p>Student S is flagged as holding T's variant when S's answers agree with T's key on more parts than with S's
 * own, and on at least {@value #AT_LEAST} parts where S's own key says wrong. A slip makes answers wrong, but not
 * right for someone else; a value shared by many variants (an answer that is 0 for half the class) is one part, not
 * {@value #AT_LEAST}; two variants that drew the same numbers agree with S alike and flag nobody.
 */
final class CopiedAnswers {
    /** Parts where S's answers are right for T and wrong for S before T is named: one could be chance. */
    static final int AT_LEAST = 2;

    private CopiedAnswers() {
    }

    /**
     * A value as the grading contract flattens it: its entries in row-major order and its shape (rows, cols): a
     * number 1, −1; a vector n, 0; a matrix m, c.
     */
    record Entries(double[] values, int rows, int cols) {
        /** A key's value: a Double, double[] or double[][]. */
        static Entries of(Object value) {
            if (value instanceof Double d) {
                return new Entries(new double[] {d}, 1, -1);
            }
            if (value instanceof double[] v) {
                return new Entries(v.clone(), v.length, 0);
            }
            double[][] m = (double[][]) value;
            int cols = m.length == 0 ? 0 : m[0].length;
            double[] flat = new double[m.length * cols];
            for (int i = 0; i < m.length; i++) {
                System.arraycopy(m[i], 0, flat, i * cols, cols);
            }
            return new Entries(flat, m.length, cols);
        }

        /** A reply's value, or null for a reply without one (it threw, was not run). */
        static Entries of(Reply reply) {
            if (reply.problem() != null) {
                return null;
            }
            JsonNode json = reply.json();
            double[] values = new double[json.get("entries").size()];
            for (int i = 0; i < values.length; i++) {
                // a number's text is its shortest round-trip form; NaN and ±Infinity are written as text
                values[i] = Double.parseDouble(json.get("entries").get(i).asText());
            }
            return new Entries(values, json.get("rows").asInt(), json.get("cols").asInt());
        }

        boolean sameShape(Entries other) {
            return rows == other.rows && cols == other.cols && values.length == other.values.length;
        }
    }

    /** What a part accepts: every entry between lo and hi (equal but at a kink), within the tolerance. */
    record Range(Entries lo, Entries hi) {
        /** The range of a key's part. */
        static Range of(GradingKey.Part part) {
            Entries lo = Entries.of(part.expected());
            return new Range(lo, part.upper() == null ? lo : Entries.of(part.upper()));
        }

        /**
         * True when {@code given} has the part's shape and each entry x lies in
         * [min(l, h) − t·s, max(l, h) + t·s], s = max(1, |l|, |h|), t = {@link Grade#TOLERANCE}.
         */
        boolean accepts(Entries given) {
            if (!given.sameShape(lo)) {
                return false;
            }
            for (int i = 0; i < given.values.length; i++) {
                double l = lo.values[i];
                double h = hi.values[i];
                double slack = Grade.TOLERANCE * Math.max(1, Math.max(Math.abs(l), Math.abs(h)));
                double x = given.values[i];
                if (!(x >= Math.min(l, h) - slack && x <= Math.max(l, h) + slack)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whose variant a student's answers match.
     *
     * @param student the other student
     * @param agreed  the parts where the answers are right for that student's key
     * @param own     the parts where they are right for the student's own key
     * @param given   the parts the student answered with a value
     */
    record Match(String student, int agreed, int own, int given) {
        /** "s01 (12 of 12 answers; 2 of 12 their own)". */
        String words() {
            return student + " (" + agreed + " of " + given + " answers; " + own + " of " + given + " their own)";
        }
    }

    /** A key's answers-cell parts, those that take no input, by "question part" (a question id has no space). */
    static Map<String, Range> answerParts(GradingKey key) {
        Map<String, Range> parts = new LinkedHashMap<>();
        for (GradingKey.Question q : key.questions().values()) {
            for (GradingKey.Part p : q.parts().values()) {
                if (p.inputs().isEmpty()) {
                    parts.put(name(q.id(), p.name()), Range.of(p));
                }
            }
        }
        return parts;
    }

    /** The values of a grading cell's replies to its answers-cell parts, added to {@code given} by "question part". */
    static void answers(GradingKey.Question q, Map<String, Reply> replies, Map<String, Entries> given) {
        q.parts().forEach((part, p) -> {
            Reply r = replies.get(part);
            Entries value = r == null || !p.inputs().isEmpty() ? null : Entries.of(r);
            if (value != null) {
                given.put(name(q.id(), part), value);
            }
        });
    }

    /**
     * The students whose variant {@code given}, the student's answers, matches rather than their own ({@code keys}:
     * every student's {@link #answerParts}, the student's own among them, which agrees with itself no more than
     * with itself, and so is never named), the most agreeing first, then by id.
     */
    static List<Match> sources(String student, Map<String, Entries> given, Map<String, Map<String, Range>> keys) {
        Map<String, Range> mine = keys.getOrDefault(student, Map.of());
        int own = agreeing(given, mine, Map.of());
        List<Match> found = new ArrayList<>();
        for (Map.Entry<String, Map<String, Range>> other : keys.entrySet()) {
            int agreed = agreeing(given, other.getValue(), Map.of());
            if (agreed > own && agreeing(given, other.getValue(), mine) >= AT_LEAST) {
                found.add(new Match(other.getKey(), agreed, own, given.size()));
            }
        }
        found.sort(Comparator.comparingInt(Match::agreed).reversed().thenComparing(Match::student));
        return found;
    }

    /** How many of {@code given} {@code key} accepts, counting only those {@code unless} does not accept. */
    private static int agreeing(Map<String, Entries> given, Map<String, Range> key, Map<String, Range> unless) {
        int n = 0;
        for (Map.Entry<String, Entries> g : given.entrySet()) {
            Range r = key.get(g.getKey());
            Range excluded = unless.get(g.getKey());
            if (r != null && r.accepts(g.getValue()) && (excluded == null || !excluded.accepts(g.getValue()))) {
                n++;
            }
        }
        return n;
    }

    private static String name(String question, String part) {
        return question + " " + part;
    }
}

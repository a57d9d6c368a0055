package backprop.export.notebook.question;

import backprop.export.model.Escape;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.Literal;
import backprop.export.runtime.Grade;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Slip;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question of a notebook: the student writes one method ({@code method}, its javadoc and signature given,
 * its body a solution region), and the grading cell calls it once per part on the scenario's exact inputs.
 *
 * @param id     the question's id, nbgrader's grade_id of its grading cell
 * @param title  the step, as the feedback names it ("δ of a layer by the recursion")
 * @param points the stated points, shared by the parts
 * @param prompt the question's text (markdown)
 * @param method the method cell's source (from {@link Solutions}' regions), or null when an earlier question
 *               declared the method
 * @param setup  Java declarations the parts share (the graph's node list), inside the hidden region; "" for none
 * @param parts  what is graded, in order
 */
public record Question(String id, String title, int points, String prompt, String method, String setup, List<Part> parts) {

    /**
     * One part: {@code call} is the Java expression that calls the student's method on this part's inputs, each
     * read from {@code in} by name; the values are in the grading key, not in the cell.
     *
     * @param name     the part, as the feedback names it ("δ(1)")
     * @param call     Java source of the call
     * @param inputs   the values the call reads, by name (double[][], double[], Double, boolean[][], String[], int[][])
     * @param expected the engine's value: Double, double[] or double[][]; at a kink the lower one-sided derivative
     * @param upper    at a kink the upper one-sided derivative (any value between passes), else null
     * @param slips    the wrong values known slips give here
     */
    public record Part(String name, String call, Map<String, Object> inputs, Object expected, Object upper, List<Slip> slips) {
        public Part {
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            slips = List.copyOf(slips);
        }

        public Part(String name, String call, Map<String, Object> inputs, Object expected, List<Slip> slips) {
            this(name, call, inputs, expected, null, slips);
        }
    }

    public Question {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no parts");
        }
    }

    /**
     * The question without the parts that ask nothing: a part whose expected value is one of its own inputs (same
     * shape, every entry within {@link Grade#TOLERANCE}·max(1, |v|)) is earned by handing the input back (W after an
     * update from ∂L/∂W = δ·xᵀ = 0 at x = [0, 0] is the given W). Each part left out is named, with why, in a comment
     * of the hidden region, which only the instructor version shows. A part at a kink (a range) is always asked; so
     * are all parts when every one would be left out, since the method must still be graded somewhere.
     */
    public static Question asking(String id, String title, int points, String prompt, String method, String setup,
                                  List<Part> parts) {
        List<Part> asked = new java.util.ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (Part p : parts) {
            String input = p.upper() == null ? equalInput(p) : null;
            if (input == null) {
                asked.add(p);
            } else {
                note.append("// not asked: ").append(p.name()).append(" equals its input ").append(input)
                        .append(", nothing to compute\n");
            }
        }
        return asked.isEmpty() ? new Question(id, title, points, prompt, method, setup, parts)
                : new Question(id, title, points, prompt, method, note + setup, asked);
    }

    /** The name of an input of {@code p} equal to its expected value, same shape and within tolerance; else null. */
    static String equalInput(Part p) {
        for (Map.Entry<String, Object> in : p.inputs().entrySet()) {
            if (same(p.expected(), in.getValue())) {
                return in.getKey();
            }
        }
        return null;
    }

    private static boolean same(Object expected, Object input) {
        if (expected instanceof Double e && input instanceof Double i) {
            return Math.abs(e - i) <= Grade.TOLERANCE * Math.max(1, Math.abs(e));
        }
        if (expected instanceof double[] e && input instanceof double[] i) {
            if (e.length != i.length) {
                return false;
            }
            for (int k = 0; k < e.length; k++) {
                if (!same(e[k], i[k])) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof double[][] e && input instanceof double[][] i) {
            if (e.length != i.length) {
                return false;
            }
            for (int k = 0; k < e.length; k++) {
                if (!same(e[k], i[k])) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The three cells: the prompt, the method the student writes, the grading cell with hidden expected values. */
    public List<Cell> cells() {
        String heading = "### " + Escape.markdown(title) + " (" + points + (points == 1 ? " point" : " points")
                + ")\n\n" + prompt + "\n\nGraded in " + parts.size() + (parts.size() == 1 ? " part" : " parts")
                + ", the points shared equally: " + String.join(", ", parts.stream().map(p -> Escape.markdownCode(p.name())).toList())
                + ".";
        Cell ask = Cell.markdown(id + "-ask", heading);
        Cell grade = Cell.question(id, grading(), points, key());
        return method == null ? List.of(ask, grade)
                : List.of(ask, Cell.code(id + "-solution", method, Cell.Grading.SOLUTION), grade);
    }

    /**
     * Grade.question(…), the parts' calls inside nbgrader's hidden-test region, and q.done() as the cell's value. No
     * number the student is asked for is in it: each part reads its inputs from the grading key ({@link #key()}).
     */
    public String grading() {
        StringBuilder s = new StringBuilder("Grade q = Grade.question(" + Literal.string(id) + ", "
                + Literal.string(title) + ", " + points + ");\n// BEGIN HIDDEN TESTS\n" + setup);
        for (Part p : parts) {
            s.append("q.part(").append(Literal.string(p.name())).append(", in -> ").append(p.call()).append(");\n");
        }
        return s.append("// END HIDDEN TESTS\nq.done();").toString();
    }

    /** The question as the grading key holds it: each part's inputs, expected value and slips. */
    public GradingKey.Question key() {
        Map<String, GradingKey.Part> keyed = new LinkedHashMap<>();
        for (Part p : parts) {
            Map<String, JsonNode> in = new LinkedHashMap<>();
            p.inputs().forEach((name, value) -> in.put(name, GradingKey.input(value)));
            if (keyed.put(p.name(), new GradingKey.Part(p.name(), in, p.expected(), p.upper(), p.slips())) != null) {
                throw new IllegalArgumentException("question " + id + ": part " + p.name() + " twice");
            }
        }
        return new GradingKey.Question(id, title, points, keyed);
    }
}

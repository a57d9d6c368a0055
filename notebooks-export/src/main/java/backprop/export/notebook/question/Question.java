package backprop.export.notebook.question;

import backprop.export.model.Escape;
import backprop.export.notebook.cell.Cell;
import backprop.export.notebook.cell.Literal;
import backprop.export.runtime.Grade;
import backprop.export.runtime.Slip;

import java.util.List;

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
     * One part: {@code call} is the Java expression that calls the student's method on this part's inputs.
     *
     * @param name     the part, as the feedback names it ("δ(1)")
     * @param call     Java source of the call
     * @param expected the engine's value: Double, double[] or double[][]; at a kink the lower one-sided derivative
     * @param upper    at a kink the upper one-sided derivative (any value between passes), else null
     * @param slips    the wrong values known slips give here
     */
    public record Part(String name, String call, Object expected, Object upper, List<Slip> slips) {
        public Part {
            slips = List.copyOf(slips);
        }

        public Part(String name, String call, Object expected, List<Slip> slips) {
            this(name, call, expected, null, slips);
        }
    }

    public Question {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no parts");
        }
    }

    /** The three cells: the prompt, the method the student writes, the grading cell with hidden expected values. */
    public List<Cell> cells() {
        String heading = "### " + Escape.markdown(title) + " (" + points + (points == 1 ? " point" : " points")
                + ")\n\n" + prompt + "\n\nGraded in " + parts.size() + (parts.size() == 1 ? " part" : " parts")
                + ", the points shared equally: " + String.join(", ", parts.stream().map(p -> Escape.markdownCode(p.name())).toList())
                + ".";
        Cell ask = Cell.markdown(id + "-ask", heading);
        Cell grade = Cell.question(id, grading(), points);
        return method == null ? List.of(ask, grade)
                : List.of(ask, Cell.code(id + "-solution", method, Cell.Grading.SOLUTION), grade);
    }

    /** Grade.question(…), the parts inside nbgrader's hidden-test region, and q.done() as the cell's value. */
    public String grading() {
        StringBuilder s = new StringBuilder("Grade q = Grade.question(" + Literal.string(id) + ", "
                + Literal.string(title) + ", " + points + ");\n// BEGIN HIDDEN TESTS\n" + setup);
        for (Part p : parts) {
            s.append(p.upper() == null ? "q.part(" : "q.between(").append(Literal.string(p.name())).append(", () -> ")
                    .append(p.call()).append(",\n        ").append(Literal.value(p.expected())).append(", ");
            if (p.upper() != null) {
                s.append(Literal.value(p.upper())).append(", ");
            }
            s.append(Grade.TOLERANCE);
            for (Slip slip : p.slips()) {
                s.append(",\n        Slip.of(").append(Literal.string(slip.key())).append(", ")
                        .append(Literal.string(slip.words())).append(", ").append(Literal.value(slip.value())).append(")");
            }
            s.append(");\n");
        }
        return s.append("// END HIDDEN TESTS\nq.done();").toString();
    }
}

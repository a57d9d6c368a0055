package backprop.export.notebook;

/**
 * One notebook cell in both versions. The student's text of a code cell is the instructor's with every
 * region between {@code // BEGIN SOLUTION} and {@code // END SOLUTION} replaced, as nbgrader does; a
 * markdown answer cell carries its own student text (the question without the answer).
 *
 * @param id          nbformat cell id, stable across runs
 * @param markdown    true for markdown, false for code
 * @param instructor  the instructor's text
 * @param student     the student's text
 * @param grading     nbgrader's role for the cell, or null for an ordinary cell
 */
public record Cell(String id, boolean markdown, String instructor, String student, Grading grading) {

    static final String SOLUTION_PLACEHOLDER = "// YOUR CODE HERE\nthrow new UnsupportedOperationException(\"not written yet\");";

    /** nbgrader's cell roles (schema version 3). */
    public enum Grading {
        /** Students write code here: "solution": true. */
        SOLUTION,
        /** Autograder tests, read-only: "grade": true, "locked": true, with points. */
        TESTS,
        /** Read-only instructions or set-up: "locked": true. */
        READ_ONLY
    }

    public static Cell markdown(String id, String text) {
        return new Cell(id, true, text, text, null);
    }

    /** A markdown cell whose answers the student version leaves out. */
    public static Cell answer(String id, String instructorText, String studentText) {
        return new Cell(id, true, instructorText, studentText, null);
    }

    public static Cell code(String id, String code, Grading grading) {
        return new Cell(id, false, code, grading == Grading.SOLUTION ? withoutSolutions(code) : code, grading);
    }

    /** The code with each BEGIN/END SOLUTION region replaced by the placeholder, indentation kept. */
    static String withoutSolutions(String code) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : code.split("\n", -1)) {
            String t = line.trim();
            if (t.equals("// BEGIN SOLUTION")) {
                if (inside) {
                    throw new IllegalArgumentException("nested BEGIN SOLUTION in:\n" + code);
                }
                inside = true;
                String indent = line.substring(0, line.indexOf('/'));
                for (String p : SOLUTION_PLACEHOLDER.split("\n")) {
                    out.append(indent).append(p).append('\n');
                }
            } else if (t.equals("// END SOLUTION")) {
                if (!inside) {
                    throw new IllegalArgumentException("END SOLUTION without BEGIN in:\n" + code);
                }
                inside = false;
            } else if (!inside) {
                out.append(line).append('\n');
            }
        }
        if (inside) {
            throw new IllegalArgumentException("BEGIN SOLUTION never ended in:\n" + code);
        }
        return out.toString().stripTrailing();
    }
}

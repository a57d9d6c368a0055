package backprop.export.notebook.cell;

import backprop.export.runtime.GradingKey;

/**
 * One notebook cell in both versions. The student's text is always what nbgrader's
 * {@code generate_assignment} makes of the instructor's ({@link Release}): solution regions become the stub,
 * hidden-test regions are removed. So an instructor who releases the instructor notebook through nbgrader
 * gives the students exactly our student notebook, and nothing that only the instructor version shows can
 * reach them by either route.
 *
 * @param id          nbformat cell id, stable across runs; also nbgrader's grade_id
 * @param markdown    true for markdown, false for code
 * @param instructor  the instructor's text
 * @param student     the student's text: {@link Release}'s output on the instructor's
 * @param grading     nbgrader's role for the cell, or null for an ordinary cell
 * @param points      nbgrader's points of a grade cell (a question's stated points), 0 for any other cell
 * @param key         a question cell's part of the grading key (inputs, expected values, slips), else null: it
 *                    goes into the instructor's key file, never into either version of the notebook
 */
public record Cell(String id, boolean markdown, String instructor, String student, Grading grading, int points,
                   GradingKey.Question key) {

    /** nbgrader's cell roles (schema version 3). */
    public enum Grading {
        /** Students write code here: "solution": true. */
        SOLUTION,
        /** Autograder tests, read-only: "grade": true, "locked": true, with points; expected values hidden. */
        TESTS,
        /** Read-only instructions or set-up: "locked": true. */
        READ_ONLY,
        /**
         * A written answer (nbgrader's "manually graded answer": markdown, "solution" and "grade", 0 points):
         * the only markdown role whose text nbgrader's release replaces, so the only place for an answer the
         * instructor version shows (a figure with values, a table of computed values).
         */
        ANSWER;

        /** The cell's default points in nbgrader's metadata: a test cell 1, a written answer 0, others none. */
        int points() {
            return this == TESTS ? 1 : 0;
        }
    }

    public Cell {
        if (points < 0 || points > 0 && grading != Grading.TESTS) {
            throw new IllegalArgumentException("cell " + id + ": " + points + " points; only a test cell has points");
        }
        boolean solutionAllowed = grading == Grading.SOLUTION || grading == Grading.ANSWER;
        if (!solutionAllowed && Release.hasSolutionRegion(instructor)) {
            throw new IllegalArgumentException("cell " + id + ": a solution region outside a solution cell");
        }
        if (grading != Grading.TESTS && Release.hasHiddenTests(instructor)) {
            throw new IllegalArgumentException("cell " + id + ": a hidden-test region outside a test cell");
        }
        if (instructor.contains("AUTOTEST")) {
            throw new IllegalArgumentException("cell " + id + ": AUTOTEST would make nbgrader start a kernel to rewrite it");
        }
    }

    /** A cell the same in both versions. */
    public static Cell markdown(String id, String text) {
        return new Cell(id, true, text, text, null, 0, null);
    }

    /**
     * A written answer: both versions show {@code prompt}; the instructor's adds {@code answer} in a solution
     * region, which the student's (and nbgrader's release) replaces by "YOUR ANSWER HERE". The markers are HTML
     * comments: nbgrader opens a region at any line that contains "BEGIN SOLUTION", and a comment renders as
     * nothing, where "### BEGIN SOLUTION" would show in the instructor's notebook as a heading.
     */
    public static Cell answer(String id, String answer, String prompt) {
        String text = prompt + "\n\n<!-- BEGIN SOLUTION -->\n" + answer + "\n<!-- END SOLUTION -->";
        return new Cell(id, true, text, Release.clearSolutions(text, true), Grading.ANSWER, 0, null);
    }

    public static Cell code(String id, String code, Grading grading) {
        String student = switch (grading) {
            case SOLUTION -> Release.clearSolutions(code, false);
            case TESTS -> Release.clearHiddenTests(code);
            case READ_ONLY -> code;
            case ANSWER -> throw new IllegalArgumentException("cell " + id + ": a written answer is markdown");
        };
        return new Cell(id, false, code, student, grading, grading.points(), null);
    }

    /**
     * A question's grading cell: nbgrader's grade cell worth {@code points}, its calls in hidden-test regions and
     * their inputs and expected values in {@code key}; grade_id is {@code id}, the question's id.
     */
    public static Cell question(String id, String code, int points, GradingKey.Question key) {
        if (points < 1) {
            throw new IllegalArgumentException("question " + id + ": points must be ≥ 1, are " + points);
        }
        if (key == null || !key.id().equals(id)) {
            throw new IllegalArgumentException("question " + id + ": its grading key is " + (key == null ? "missing" : key.id()));
        }
        return new Cell(id, false, code, Release.clearHiddenTests(code), Grading.TESTS, points, key);
    }

    /** A code cell the instructor runs and the student writes: all of {@code code} is the solution. */
    public static Cell work(String id, String code) {
        return code(id, "// BEGIN SOLUTION\n" + code + "\n// END SOLUTION", Grading.SOLUTION);
    }
}

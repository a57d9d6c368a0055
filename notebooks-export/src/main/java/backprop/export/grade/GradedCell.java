package backprop.export.grade;

/**
 * One cell of a notebook as the grader sees it: nbgrader's role (schema version 3) and the source.
 *
 * @param line     the line of the notebook file where the cell starts, for messages
 * @param code     true for a code cell; markdown and raw cells are never run
 * @param key      what matches the cell across the two versions: its nbgrader grade_id, else its nbformat id
 *                 (empty when it has neither)
 * @param source   the cell's text
 * @param solution nbgrader's "solution": the student writes this cell
 * @param grade    nbgrader's "grade": a grading cell, worth {@code points}
 * @param points   the grading cell's points (0 for any other cell)
 */
public record GradedCell(int line, boolean code, String key, String source, boolean solution, boolean grade,
                         double points) {
}

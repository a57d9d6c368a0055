/**
 * The grader, without nbgrader: a student's notebook run as nbgrader's autograde runs it (the instructor's cells,
 * the student's solutions, one JShell session with a time limit per cell, each grading cell's own output read
 * for its {@code SCORE} and {@code FEEDBACK} lines), or a numbers-only hand-in checked against answer-key.csv.
 * {@link backprop.export.grade.Grader} is the command; {@link backprop.export.grade.FeedbackHtml} writes a grading's
 * feedback as nbgrader's generate_feedback does, the autograded notebook ({@link backprop.export.grade.AutogradedCell})
 * as one HTML page, its Markdown through commonmark-java (the one library this package adds).
 * {@link backprop.export.grade.ClassGrader} grades a whole class folder ({@code grade --class}), each student by the
 * same single-notebook grader, side by side: the folder's layout ({@code ClassFolder}), the gradebook Canvas and
 * Moodle import ({@code Gradebook}), and a student holding another's variant told apart ({@code CopiedAnswers}).
 *
 * <p>Uses {@code backprop.export.runtime} (the grading contract the cells print by, and its one tolerance),
 * {@code backprop.export.markdown} (answer-key.csv's header), {@code backprop.export.model} (the escapers) and,
 * below it, {@code backprop.export.grade.session} (the cells' JShell session and time limit), and
 * {@code backprop.export.output} (the class grader's --out folder, written by the output folder's rules). It sits beside the
 * renderers, above the runtime; only the main job uses it.
 */
package backprop.export.grade;

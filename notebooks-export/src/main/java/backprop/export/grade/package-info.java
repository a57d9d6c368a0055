/**
 * Grading of the notebooks' questions, shared by the notebooks' hidden tests and the project's grader:
 * {@link backprop.export.grade.Grade} scores one question part by part and prints its score and feedback in
 * the line format the grader reads; {@link backprop.export.grade.Slip} is a known wrong value with its words;
 * {@link backprop.export.grade.Given} holds the helpers a question gives the student, none of which computes
 * an asked-for step.
 *
 * <p>Grading without nbgrader: a student's notebook run as nbgrader's autograde runs it (the instructor's cells,
 * the student's solutions, one JShell session with a time limit per cell, each grading cell's own output read
 * for its {@code SCORE} and {@code FEEDBACK} lines), or a numbers-only hand-in checked against answer-key.csv.
 * {@link backprop.export.grade.Grader} is the command. It sits beside the renderers: it reads the notebooks'
 * tolerance and the key's header from them, and nothing below depends on it.
 */
package backprop.export.grade;

/**
 * Grading without nbgrader: a student's notebook run as nbgrader's autograde runs it (the instructor's cells,
 * the student's solutions, one JShell session with a time limit per cell, each grading cell's own output read
 * for its {@code SCORE} and {@code FEEDBACK} lines), or a numbers-only hand-in checked against answer-key.csv.
 * {@link backprop.export.grade.Grader} is the command. It sits beside the renderers: it reads the notebooks'
 * tolerance and the key's header from them, and nothing below depends on it.
 */
package backprop.export.grade;

/**
 * Grading of the notebooks' questions, shared by the notebooks' hidden tests and the project's grader:
 * {@link backprop.export.grade.Grade} scores one question part by part and prints its score and feedback in
 * the line format the grader reads; {@link backprop.export.grade.Slip} is a known wrong value with its words;
 * {@link backprop.export.grade.Given} holds the helpers a question gives the student, none of which computes
 * an asked-for step.
 */
package backprop.export.grade;

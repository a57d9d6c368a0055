/**
 * A whole class from one template ({@code answer-key class}): each student's numbers drawn from a template
 * ({@code backprop.examples.scenariofile.template}), each draw kept only if it makes a good exam
 * ({@link backprop.export.classroom.GoodExam}: nothing asked prints as 0, every known slip told apart at the
 * printed precision), and the class's files: the key for machines ({@link backprop.export.classroom.KeyCsv}).
 *
 * <p>Uses {@code backprop.export.runtime} (the grading key, its parts and slips), {@code backprop.examples.format}
 * (the printed precision), and, as the command grows, the notebooks and the output folder. Only the main job uses it.
 */
package backprop.export.classroom;

/**
 * A whole class from one template ({@code answer-key class}, issue 23): the roster of students
 * ({@link backprop.export.classroom.Roster}: ours, Canvas's and Moodle's exports read as they are, every id fit to name
 * a folder); each student's numbers drawn from a template ({@code backprop.examples.scenariofile.template}), each draw
 * kept only if it makes a good exam ({@link backprop.export.classroom.GoodExam}: nothing asked prints as 0, every known
 * slip told apart at the printed precision); each student's printable exam sheet
 * ({@link backprop.export.classroom.ExamSheet}: the inputs and the questions of their notebook, with boxes to write
 * in, and no answer); whose exam a file is ({@code WhoseExam}: the first cell of both notebooks and a line of the
 * answer key, the roster's name shown as text); and the class's files
 * ({@link backprop.export.classroom.ClassFiles}), the key for machines ({@link backprop.export.classroom.KeyCsv})
 * among them, and {@link backprop.export.classroom.Find}, which traces a number to the students whose exam shows it.
 *
 * <p>Uses {@code backprop.export.model} (the chapter, the worked scenarios, the escapers), {@code backprop.export.notebook}
 * (the notebook's cells, what a student notebook asks, its grading key), {@code backprop.export.markdown} (the answer
 * key), {@code backprop.export.runtime} (the grading key's parts and slips), {@code backprop.export.output} (the
 * streaming output folder), {@code backprop.export.grade.session} (the runtime jar's bytes) and the examples module
 * (the template, the printed precision, the scenario reader's UTF-8 decoding). Only the main job's {@code class}
 * command, above it, uses it.
 */
package backprop.export.classroom;

/**
 * A whole class from one template (issue 23): the roster of students ({@link backprop.export.classroom.Roster}: ours,
 * Canvas's and Moodle's exports read as they are, every id fit to name a folder) and each student's printable exam
 * sheet ({@link backprop.export.classroom.ExamSheet}: the inputs and the questions of their notebook, with boxes to
 * write in, and no answer).
 *
 * <p>Uses {@code backprop.export.model} (the chapter, the worked scenarios, the escapers), {@code backprop.export.notebook}
 * (what a student notebook asks, {@code Notebooks.asked}) and the examples module (the scenario reader's UTF-8
 * decoding, so that a roster's stray byte is told as a scenario file's is). Nothing of export uses it yet but the main
 * job's {@code class} command, above it.
 */
package backprop.export.classroom;

/**
 * What a notebook's cells call while they run, in the student's JShell session as in the tests: the notebooks
 * import these classes by name, so they are the notebooks' contract with the jar on the kernel's class path.
 *
 * <ul>
 *   <li>{@link backprop.export.runtime.Given}: the helpers a question gives the student (g, g′, the Jacobian, a
 *       graph's forward values), none of which computes an asked-for step;</li>
 *   <li>{@link backprop.export.runtime.Grade}: one question scored part by part, printing its {@code SCORE} and
 *       {@code FEEDBACK} lines in the format the grader reads, to the one tolerance
 *       {@link backprop.export.runtime.Grade#TOLERANCE} the number grader uses too;
 *       {@link backprop.export.runtime.Slip}: a known wrong value with the words that name it (the words of a
 *       wrong answer, {@code Verdict}, over a value of any shape, {@code Values}, stay inside).</li>
 * </ul>
 *
 * <p>Uses the JDK and jackson only (the grading key), no other module and no other export package: this package and
 * the student's process, {@code SandboxRunner}, are the runtime jar, all of the workbook a student's kernel and
 * grading process have on their class path, so nothing in it may compute an asked-for step or the set of answers
 * (the engine would: {@code Given} writes g and the forward pass again, held to core's by its tests). Used by the
 * notebook rooms ({@code backprop.export.notebook}, {@code .question}) and by the grader
 * ({@code backprop.export.grade}), which sit above it.
 */
package backprop.export.runtime;

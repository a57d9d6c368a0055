/**
 * A student's notebook cells run in a process of their own, for the grader: {@link
 * backprop.export.grade.session.Sandbox} is the operating-system boundary around it (bubblewrap's namespaces,
 * a system-call filter against new processes, {@link backprop.export.grade.session.Seccomp}, and resource limits),
 * {@link backprop.export.grade.session.SandboxRunner} the program inside (the cells in a JShell, the grading cells'
 * parts asking for their inputs and sending back their replies), and {@link
 * backprop.export.grade.session.SandboxSession} the grader's side of their conversation, with a time limit per cell
 * and a fresh process after a cell that ended the last. {@link backprop.export.grade.session.CellRun} is how one cell
 * ended. {@link backprop.export.grade.session.RuntimeJar} is all the student's process has on its class path (and a
 * student's kernel, from the output folder): the notebooks' runtime, the runner and jackson, never the engine.
 * {@link backprop.export.grade.session.ClassDataArchive} is the archive of the classes the runner's JVM loads, made
 * once in the sandbox for a class's grading and mapped read-only by every student's JVM.
 *
 * <p>Uses {@code backprop.export.runtime} (the replies and the grading contract, which the runner connects to) and
 * the JDK's {@code jdk.jshell}; knows nothing of notebooks or scores. Used by {@code backprop.export.grade}, and by
 * the main job for the runtime jar.
 */
package backprop.export.grade.session;

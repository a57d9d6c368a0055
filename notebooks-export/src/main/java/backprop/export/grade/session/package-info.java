/**
 * Notebook cells run as the Java kernel runs them, for the grader: {@link backprop.export.grade.session.CellSession}
 * is one JShell session in a separate VM with the answer-key jar on its class path, a time limit per cell and a
 * fresh session after a cell that outran it; {@link backprop.export.grade.session.CellRun} is what one cell gave
 * (what it printed, captured cell by cell and capped in size, and how it ended). {@code CellSession.shorten} makes
 * any student text one inert line of bounded length, for every message the grader prints.
 *
 * <p>Uses {@code backprop.export.model} (the terminal escaper) and the JDK's {@code jdk.jshell}; knows nothing of
 * notebooks, scores or the grading contract. Used by {@code backprop.export.grade} only.
 */
package backprop.export.grade.session;

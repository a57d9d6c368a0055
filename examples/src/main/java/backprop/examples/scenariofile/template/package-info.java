/**
 * Templates (variants/README.md, "Templates"): one scenario file that draws every student's own numbers.
 * {@link backprop.examples.scenariofile.template.Template} reads a template (its master is the file read as any
 * scenario file) and draws a student's file by the documented hash, replacing each drawn number in the template's
 * text in place; a draw is kept only if its file reads, no unit is at a kink nor saturated
 * ({@code ExamChecks}), and the caller's own check passes, else drawn again; the result is a
 * {@link backprop.examples.scenariofile.template.Drawn}.
 *
 * <p>Above {@code backprop.examples.scenariofile}: it reads each drawn file with {@code ExamFile}, as any file.
 * Uses {@code backprop.examples.scenariofile} and its rooms {@code .draw} (the tables and the hash), {@code .toml},
 * {@code .network} and {@code .expression} (each kind's computed values to check), {@code backprop.examples.format}
 * (numbers in a reason), core's network and graph, and tomlj. Used by notebooks-export's class command.
 */
package backprop.examples.scenariofile.template;

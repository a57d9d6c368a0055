/**
 * What every exam variant is, whatever it computes: {@link backprop.examples.scenariofile.exam.ExamVariant}, a
 * {@code Scenario} named after its file, in no document, with no printed values of its own; and
 * {@link backprop.examples.scenariofile.exam.ExamReading}, what the reader of each kind hands back to the entry point:
 * the scenario, and how an error raised while computing it is placed at a line of the file. Kept apart so that the
 * network and expression readers share it without reaching each other or the entry point.
 *
 * <p>Uses {@code backprop.examples} (the scenario model) and {@code backprop.examples.scenariofile.toml} (the
 * exception an error becomes). Used by the network and expression readers and by
 * {@code backprop.examples.scenariofile}.
 */
package backprop.examples.scenariofile.exam;

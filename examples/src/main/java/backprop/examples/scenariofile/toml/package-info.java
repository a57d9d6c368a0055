/**
 * Reading a scenario file as a file, before anything in it means a network or an expression: its text
 * ({@link backprop.examples.scenariofile.toml.ScenarioText}: size, strict UTF-8, byte-order mark), what is refused
 * before the TOML parser sees it ({@link backprop.examples.scenariofile.toml.TomlNesting}: nesting deep enough to
 * overflow the parser's stack; {@link backprop.examples.scenariofile.toml.NbgraderMarkers}: a marker nbgrader
 * would act on), typed reads that name the line of what they refuse
 * ({@link backprop.examples.scenariofile.toml.TomlReader}), the keys each table may hold
 * ({@link backprop.examples.scenariofile.toml.Keys}), the documented
 * {@link backprop.examples.scenariofile.toml.Limits}, and the one error every reader raises,
 * {@link backprop.examples.scenariofile.toml.ScenarioFileException}: {@code FILE:LINE[:COLUMN]: what is wrong}.
 *
 * <p>Uses tomlj only. Used by every other package of the scenario-file reader (the expression parser for its
 * limits, the printed-value grammar, the data set, the exam variants for the exception, the network and expression
 * readers, and {@code backprop.examples.scenariofile} itself) and by notebooks-export, which prints the exception
 * and reads the limits.
 */
package backprop.examples.scenariofile.toml;

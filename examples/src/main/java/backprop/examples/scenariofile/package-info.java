/**
 * Exam variants: an instructor's scenario file (TOML) read into a {@link backprop.examples.scenariofile.ScenarioFile},
 * whose scenario gets the same gradient checks (verification) and the same answer key and notebook pair
 * (notebooks-export) as a document's. It lives here, beside the documents' scenarios and below both of those
 * modules, for that reason. The format is documented in {@code variants/README.md}; every error
 * names the file, the line and what is wrong, and is raised before anything is computed or written.
 *
 * <p>This package is the entry point: {@link backprop.examples.scenariofile.ExamFile} reads a file through the
 * reader of its kind, attaches its printed values ({@code Printing}) and computes the scenario once. The reader's
 * rooms, each in a package below this one, from the bottom up:
 * <ul>
 *   <li>{@code backprop.examples.scenariofile.toml}: reading a file as a file (its text, what is refused before the
 *       TOML parser, typed reads with lines, keys, limits, the one exception).</li>
 *   <li>{@code backprop.examples.scenariofile.parser}: the arithmetic-expression parser that builds a core graph.</li>
 *   <li>{@code backprop.examples.scenariofile.dataset}: a network file's examples, from the file or a CSV beside
 *       it.</li>
 *   <li>{@code backprop.examples.scenariofile.printed}: the printed-value grammar, the source's names, and the
 *       variant that classifies each printed value by computation.</li>
 *   <li>{@code backprop.examples.scenariofile.exam}: what every exam variant is, and what a kind's reader hands
 *       back.</li>
 *   <li>{@code backprop.examples.scenariofile.network}: a network file, its training, and the variant it makes.</li>
 *   <li>{@code backprop.examples.scenariofile.expression}: an expression file and the variant it makes.</li>
 *   <li>{@code backprop.examples.scenariofile.draw}: a template's [template] and [draw] tables, checked in every file
 *       read, and the documented hash that draws a student's numbers.</li>
 * </ul>
 * Above this package, {@code backprop.examples.scenariofile.template} draws each student's file from a template and
 * reads it here, as any file.
 * toml is at the bottom; the parser and the data set use it; the printed-value grammar uses the parser; the exam
 * variants use only the model and toml's exception; the network reader uses toml, the data set, exam and printed,
 * the expression reader toml, the parser, exam and printed, and neither reaches the other; the draw room uses toml
 * only; nothing in a room reaches this package.
 *
 * <p>Uses the rooms listed above, {@code backprop.examples} and {@code backprop.examples.format} (a file's
 * precision), and tomlj. Used by verification (every variant's gradients and printed values) and notebooks-export
 * (a variant's chapter and notebooks).
 */
package backprop.examples.scenariofile;

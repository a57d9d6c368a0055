/**
 * A template's tables, [template] and [draw] (variants/README.md, "Templates"): what each student's numbers are drawn
 * from. {@link backprop.examples.scenariofile.draw.DrawReader} reads and checks them, placing every error at its line
 * as the rest of the file's; {@link backprop.examples.scenariofile.draw.DrawNames} finds what a name such as
 * {@code W1[1,2]} is and where its number is written; {@link backprop.examples.scenariofile.draw.Choices} is an
 * entry's grid or set of exact decimals; {@link backprop.examples.scenariofile.draw.DrawHash} is the documented hash
 * that picks a student's value.
 *
 * <p>A room below {@code backprop.examples.scenariofile}: {@code ExamFile} checks these tables in every file it reads
 * (a misspelt key in [draw] is an error in the master too), and {@code backprop.examples.scenariofile.template}, above
 * {@code ExamFile}, draws each student's file. Uses {@code backprop.examples.scenariofile.toml} and tomlj only.
 */
package backprop.examples.scenariofile.draw;

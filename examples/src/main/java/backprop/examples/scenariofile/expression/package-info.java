/**
 * A {@code kind = "expression"} file: {@link backprop.examples.scenariofile.expression.ExpressionReader} reads the
 * expression, [inputs], the parameters and the conventions at kinks, and builds and differentiates the expression
 * once so that an error is placed at the file's line and column;
 * {@link backprop.examples.scenariofile.expression.ExpressionExam} is the variant it makes (f, ∂f/∂ each input and
 * node, its formula in LaTeX through {@link backprop.examples.scenariofile.expression.LatexName}, the one escaper
 * the answer key uses too); {@code ExpressionPrinting} computes its printed values under the catalogue's
 * conventions.
 *
 * <p>Uses {@code backprop.examples} and {@code backprop.examples.work} (a result and the graph work it keeps),
 * {@code backprop.examples.format}, and below it in the reader {@code backprop.examples.scenariofile.toml},
 * {@code .parser}, {@code .exam} and {@code .printed} (it supplies that package's evaluator); core's graph, function,
 * method and catalogue. Used by {@code backprop.examples.scenariofile}, and by notebooks-export for
 * {@code LatexName}.
 */
package backprop.examples.scenariofile.expression;

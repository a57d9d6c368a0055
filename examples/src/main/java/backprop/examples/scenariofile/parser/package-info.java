/**
 * The arithmetic-expression parser: {@link backprop.examples.scenariofile.parser.ExpressionParser} reads an
 * expression such as {@code 1/(1+exp(-(w0*x0+b)))} into a scalar graph of core, one node per operation (the same
 * operation on the same nodes written twice is one node used twice), each labelled by its own formula
 * ({@code Nodes}), its numbers parsed strictly ({@code Numbers}); every failure is an
 * {@link backprop.examples.scenariofile.parser.ExpressionParser.ExpressionException} at a column of the expression.
 * It knows nothing of files: the expression reader turns a column into a file's line and column.
 *
 * <p>Uses {@code backprop.core.graph} (the graph it builds), {@code backprop.examples.scenariofile.toml} (the
 * limits on length and nesting) and {@code backprop.examples.format} (a number's label). Used by the printed-value
 * grammar (an expression printed beside a value is evaluated with it) and the expression variant's reader.
 */
package backprop.examples.scenariofile.parser;

/**
 * The numbers an instructor's source prints, and how they are classified: the grammar of a printed quantity
 * ({@link backprop.examples.scenariofile.printed.QuantityGrammar} over the names a
 * {@link backprop.examples.scenariofile.printed.QuantityScope} allows, into a
 * {@link backprop.examples.scenariofile.printed.PrintedQuantity}; an expression file's nodes and derivatives of one
 * node by another in {@code ExpressionQuantities}), the source's own names ({@code [names]},
 * {@code SourceNames}), the {@code [[published]]} entries ({@code PublishedReader}, each a
 * {@link backprop.examples.scenariofile.printed.PrintedEntry}), and the variant that classifies each by
 * computation with the documents' four statuses ({@link backprop.examples.scenariofile.printed.PrintedVariant}),
 * through a {@link backprop.examples.scenariofile.printed.PrintedEvaluator} that a network or an expression
 * supplies.
 *
 * <p>Uses {@code backprop.examples} (a printed variant is a {@code Scenario} with {@code PublishedValue}s),
 * {@code backprop.examples.scenariofile.toml} (typed reads, keys, limits),
 * {@code backprop.examples.scenariofile.parser} (an expression printed beside a value is evaluated, into a core
 * graph, with its printed numbers), core's graph (an expression's nodes by label, whether one depends on another)
 * and core's catalogue and method (the search for the method that explains a print). Used by the network and expression readers, which supply the
 * evaluator, and by {@code backprop.examples.scenariofile} ({@code Printing}, which attaches printed values to a
 * variant).
 */
package backprop.examples.scenariofile.printed;

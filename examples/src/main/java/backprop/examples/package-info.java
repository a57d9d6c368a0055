/**
 * The scenario model: what a worked example of a document is ({@link backprop.examples.Scenario}, a document's
 * {@link backprop.examples.DocumentScenario} named once by its {@link backprop.examples.ScenarioHeader}), its
 * {@link backprop.examples.Input}s and their {@link backprop.examples.Provenance}, the numbers it prints
 * ({@link backprop.examples.PublishedValue}, {@link backprop.examples.PrintedExpression}) with their reviewed
 * {@link backprop.examples.Status}, and what it computed ({@link backprop.examples.ScenarioResult}: a
 * {@link backprop.examples.Computed} per printed value, a {@link backprop.examples.Derived} per quantity the
 * document does not print). Only the types every scenario and every reader of one needs are here; how a printed
 * value is classified, how numbers print, and what a computation keeps for the answer key each have a package.
 *
 * <p>Uses {@code backprop.examples.work} (a result holds the graphs and networks it evaluated) and
 * {@code backprop.core.graph} (a result's kinks). Used by {@code backprop.examples.published}, the documents'
 * scenarios ({@code backprop.examples.doc000} … {@code doc004}), {@code backprop.examples.catalogue}, the
 * scenario-file reader ({@code backprop.examples.scenariofile}), verification and notebooks-export. Nothing here
 * reaches a document's package: the catalogue lists them from above.
 */
package backprop.examples;

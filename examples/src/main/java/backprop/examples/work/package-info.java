/**
 * What a scenario keeps of its computation, so that the answer key and the notebooks can show every step and
 * not only the answers: a graph after its backward pass ({@link backprop.examples.work.GraphWork}: each node's
 * value and each arc's local gradient × upstream gradient), a network layer by layer
 * ({@link backprop.examples.work.NetworkWork}: z, a and δ per layer, the gradients), the update as it was taken
 * ({@link backprop.examples.work.NetworkUpdate}: the gradient used, 2λω, the velocity) and a training run's cost
 * curve ({@link backprop.examples.work.TrainingRun}). Values, recorded once; nothing here recomputes. And the one
 * engine quantity an answer is ({@link backprop.examples.work.Source}: a node's value or gradient, a network's z, a,
 * ∂L/∂ŷ, δ, ∂L/∂W, ∂L/∂b, W or b after the update), named by the object it was read from, so that a notebook takes
 * each answer from its own step and never from another that happens to be equal.
 *
 * <p>Uses core only ({@code backprop.core.graph}, {@code backprop.core.network}, {@code backprop.core.method},
 * {@code backprop.core.function}); nothing of the scenario model, so that the model's
 * {@link backprop.examples.ScenarioResult} can hold these without a cycle. Used by {@code backprop.examples}, the
 * documents' scenarios, the scenario-file reader, verification and notebooks-export.
 */
package backprop.examples.work;

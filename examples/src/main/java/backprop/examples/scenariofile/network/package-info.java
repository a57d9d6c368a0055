/**
 * A {@code kind = "network"} file: {@link backprop.examples.scenariofile.network.NetworkReader} reads [network] with
 * its layers (written, or drawn from a seed by {@code InitialWeights}), the data set, and [training]
 * ({@code Training}, with {@code ScheduleReader} and {@code FrozenReader}) into core's one vocabulary, a
 * {@code Method} and a {@code Schedule}; {@link backprop.examples.scenariofile.network.NetworkExam} is the variant
 * it makes: the forward and backward pass on the first example, the first update ({@code DataSetTraining}), and a
 * training run with its rows ({@code TrainingRows}); {@code NetworkPrinting} computes its printed values under any
 * method of the catalogue.
 *
 * <p>Uses {@code backprop.examples} and {@code backprop.examples.work} (a result and the network work it keeps),
 * {@code backprop.examples.format}, and below it in the reader {@code backprop.examples.scenariofile.toml},
 * {@code .dataset}, {@code .exam} and {@code .printed} (it supplies that package's evaluator); core's network,
 * method, function, graph (the conventions at kinks) and catalogue. Used by {@code backprop.examples.scenariofile}
 * only.
 */
package backprop.examples.scenariofile.network;

package backprop.examples.work;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;

import java.util.List;
import java.util.Set;

/**
 * A network a scenario evaluated layer by layer, kept so the answer key can show z, a and δ per layer,
 * the gradients, and the update as it was taken.
 *
 * @param title    what is computed
 * @param before   the network before the update (a copy, not modified later)
 * @param example  the example (x, y)
 * @param method   the method of the passes and the update: the loss, ReLU'(0), the update order, …
 * @param forward  Algorithm 1's values
 * @param backward Algorithm 2's values, on the weights before the update
 * @param update   the one update shown, recorded as it was taken, or null when none is shown
 * @param training the training run, or {@link TrainingRun#NONE}
 * @param biasless the layers without biases ({@code biases = "none"}): z = W·a. Inside the engine their biases
 *                 are zeros, frozen; the answer key and the notebooks show no b for them, since the file states none
 */
public record NetworkWork(String title, Network before, Example example, Method method, ForwardPass forward,
                          BackwardPass backward, NetworkUpdate update, TrainingRun training, Set<Integer> biasless) {

    public NetworkWork {
        biasless = Set.copyOf(biasless);
    }

    /** A network whose every layer has biases, as the five documents' networks have. */
    public NetworkWork(String title, Network before, Example example, Method method, ForwardPass forward,
                       BackwardPass backward, NetworkUpdate update, TrainingRun training) {
        this(title, before, example, method, forward, backward, update, training, Set.of());
    }

    /** Whether layer {@code k} (1-based) has biases: z = W·a + b, else z = W·a. */
    public boolean hasBiases(int k) {
        return !biasless.contains(k);
    }

    /** The method's loss. */
    public Loss loss() {
        return method.loss();
    }

    /** J before training and after each epoch (empty when the scenario does not train). */
    public List<Double> costs() {
        return training.costs();
    }
}

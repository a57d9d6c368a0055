package backprop.examples.work;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;

import java.util.List;

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
 */
public record NetworkWork(String title, Network before, Example example, Method method, ForwardPass forward,
                          BackwardPass backward, NetworkUpdate update, TrainingRun training) {

    /** The method's loss. */
    public Loss loss() {
        return method.loss();
    }

    /** J before training and after each epoch (empty when the scenario does not train). */
    public List<Double> costs() {
        return training.costs();
    }
}

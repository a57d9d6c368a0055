package backprop.examples;

import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Loss;
import backprop.core.network.Network;

import java.util.List;

/**
 * A network a scenario evaluated layer by layer, kept so the answer key can show z, a and δ per layer,
 * the gradients and the update.
 *
 * @param title        what is computed
 * @param before       the network before the update (a copy, not modified later)
 * @param example      the example (x, y)
 * @param loss         the loss
 * @param forward      Algorithm 1's values
 * @param backward     Algorithm 2's values
 * @param learningRate the learning rate of the update shown, or 0 when none is shown
 * @param after        the network after one update, or null
 * @param costs        the cost per epoch where the scenario trains (empty otherwise)
 */
public record NetworkWork(String title, Network before, Example example, Loss loss, ForwardPass forward,
                          BackwardPass backward, double learningRate, Network after, List<Double> costs) {
    public NetworkWork {
        costs = List.copyOf(costs);
    }
}

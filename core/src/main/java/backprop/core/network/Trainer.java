package backprop.core.network;

import backprop.core.NonFiniteValueException;

import java.util.ArrayList;
import java.util.List;

/**
 * 004's "Iterate over data … till satisfied": at most {@code epochs} passes over the data, stopping
 * early once the cost J = mean loss + λ‖ω‖² falls below ε.
 *
 * @param epochs    the most passes over the data (004: "Number of epochs is reached")
 * @param stopBelow ε: stop when J &lt; ε (004: "Continue till Loss &lt; ε"); 0 never stops early
 * @param batching  one update per example (003: "t is incremented after each training example") or
 *                  one per pass over the whole batch
 */
public record Trainer(int epochs, double stopBelow, Batching batching) {

    /** How many examples each update averages over. */
    public enum Batching {
        PER_EXAMPLE,
        WHOLE_BATCH
    }

    public Trainer {
        if (epochs < 1) {
            throw new IllegalArgumentException("Trainer: epochs must be ≥ 1, is " + epochs);
        }
        if (!(stopBelow >= 0) || batching == null) {
            throw new IllegalArgumentException("Trainer: ε must be ≥ 0 and batching given");
        }
    }

    /**
     * Trains {@code network} in place, visiting examples in the order given (deterministic).
     *
     * @return J before training and after every epoch
     */
    public TrainingHistory train(Network network, List<Example> examples, Loss loss, GradientDescent descent) {
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("train: no examples");
        }
        List<Double> costs = new ArrayList<>();
        costs.add(costAt(0, network, examples, loss, descent));
        for (int epoch = 1; epoch <= epochs && costs.get(costs.size() - 1) >= stopBelow; epoch++) {
            try {
                if (batching == Batching.PER_EXAMPLE) {
                    for (Example e : examples) {
                        descent.step(network, List.of(e), loss);
                    }
                } else {
                    descent.step(network, examples, loss);
                }
            } catch (NonFiniteValueException overflow) {
                throw overflow.within("epoch " + epoch);
            }
            costs.add(costAt(epoch, network, examples, loss, descent));
        }
        return new TrainingHistory(costs, costs.get(costs.size() - 1) < stopBelow);
    }

    /**
     * J(θ) = (1/n) Σ_t L(f(x^t; θ), y^t) + λ‖ω‖² (003).
     *
     * @throws NonFiniteValueException if the loss, the penalty or their sum is not finite
     */
    public static double cost(Network network, List<Example> examples, Loss loss, GradientDescent descent) {
        double meanLoss = network.meanLoss(examples, loss);
        double penalty = descent.regularisation().penalty(network);
        double cost = meanLoss + penalty;
        if (!Double.isFinite(cost)) {
            throw new NonFiniteValueException("cost J = L + λ‖ω‖² is " + cost + " (L = " + meanLoss + ", λ‖ω‖² = "
                    + penalty + ")");
        }
        return cost;
    }

    /** J after {@code epoch} epochs (0: before training), an overflow reported with the epoch. */
    private static double costAt(int epoch, Network network, List<Example> examples, Loss loss,
                                 GradientDescent descent) {
        try {
            return cost(network, examples, loss, descent);
        } catch (NonFiniteValueException overflow) {
            throw overflow.within("epoch " + epoch);
        }
    }

    /**
     * @param costs          J before training (index 0) and after each epoch
     * @param reachedTarget  whether J fell below ε
     */
    public record TrainingHistory(List<Double> costs, boolean reachedTarget) {
        public TrainingHistory {
            costs = List.copyOf(costs);
        }

        public int epochsRun() {
            return costs.size() - 1;
        }
    }
}

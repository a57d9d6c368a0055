package backprop.core.network;

import backprop.core.NonFiniteValueException;
import backprop.core.method.Method;
import backprop.core.method.Schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 004's "Iterate over data … till satisfied": passes over the data (epochs), one update per example or one per
 * pass as the {@link Schedule} batches them, stopping early once the cost J = L + λ‖ω‖² falls below its ε; every
 * update is {@link GradientDescent}'s under the {@link Method}.
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * Trains {@code network} in place for the schedule's epochs, visiting examples in the order given
     * (deterministic).
     *
     * @return J before training and after every epoch
     */
    public static TrainingHistory train(Network network, List<Example> data, Schedule schedule, Method method) {
        return train(network, data, schedule, method, update -> { });
    }

    /**
     * As {@link #train(Network, List, Schedule, Method)}, calling {@code afterEachUpdate} with the network after
     * every update.
     */
    public static TrainingHistory train(Network network, List<Example> data, Schedule schedule, Method method,
                                        Consumer<Network> afterEachUpdate) {
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("train: no examples");
        }
        GradientDescent descent = new GradientDescent(schedule, method);
        List<List<Example>> batches = schedule.batching() == Schedule.Batching.WHOLE_BATCH ? List.of(data)
                : data.stream().map(List::of).toList();
        List<Double> costs = new ArrayList<>();
        costs.add(costAt(0, network, data, schedule, method));
        for (int epoch = 1; epoch <= schedule.epochs() && costs.get(epoch - 1) >= schedule.stopBelow(); epoch++) {
            try {
                for (List<Example> batch : batches) {
                    descent.step(network, batch);
                    afterEachUpdate.accept(network);
                }
            } catch (NonFiniteValueException overflow) {
                throw overflow.within("epoch " + epoch);
            }
            costs.add(costAt(epoch, network, data, schedule, method));
        }
        return new TrainingHistory(costs, costs.get(costs.size() - 1) < schedule.stopBelow(), batches.size());
    }

    /** J after {@code epoch} epochs (0: before training), an overflow reported with the epoch. */
    private static double costAt(int epoch, Network network, List<Example> data, Schedule schedule, Method method) {
        try {
            return network.cost(data, method, schedule.lambda());
        } catch (NonFiniteValueException overflow) {
            throw overflow.within("epoch " + epoch);
        }
    }

    /**
     * @param costs           J before training (index 0) and after each epoch
     * @param reachedTarget   whether J fell below ε
     * @param updatesPerEpoch the updates of one epoch: the examples, or 1 for a whole batch
     */
    public record TrainingHistory(List<Double> costs, boolean reachedTarget, int updatesPerEpoch) {
        public TrainingHistory {
            costs = List.copyOf(costs);
        }

        public int epochsRun() {
            return costs.size() - 1;
        }
    }
}

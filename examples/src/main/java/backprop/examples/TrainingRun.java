package backprop.examples;

import backprop.core.network.L2Regularisation;
import backprop.core.network.Network;

import java.util.List;

/**
 * A training run's cost curve, J(θ) = (1/n) Σ_t L(f(x^t; θ), y^t) + λ‖ω‖² (003) before training and after each
 * epoch, with the penalty part of its first and last value, so that the answer key can name both parts of J.
 *
 * @param costs        J before training (index 0) and after each epoch; empty when there was no run
 * @param examples     n, the examples each epoch runs over
 * @param lambda       λ
 * @param penaltyFirst λ‖ω‖² before training
 * @param penaltyLast  λ‖ω‖² after the last epoch
 */
public record TrainingRun(List<Double> costs, int examples, double lambda, double penaltyFirst, double penaltyLast) {
    /** No training was run. */
    public static final TrainingRun NONE = new TrainingRun(List.of(), 0, 0, 0, 0);

    public TrainingRun {
        costs = List.copyOf(costs);
    }

    /** The run from {@code before} to {@code trained} over {@code examples} examples, with costs {@code costs}. */
    public static TrainingRun of(List<Double> costs, int examples, L2Regularisation regularisation, Network before,
                                 Network trained) {
        return new TrainingRun(costs, examples, regularisation.lambda(), regularisation.penalty(before),
                regularisation.penalty(trained));
    }
}

package backprop.examples.work;

import backprop.core.network.Network;

import java.util.List;

/**
 * A training run's cost curve, J(θ) = (1/n) Σ_t L(f(x^t; θ), y^t) + λ‖ω‖² (003), or Σ_t L + λ‖ω‖² when summed,
 * before training and after each epoch, with the penalty part of its first and last value, so that the answer key can name both parts of J.
 *
 * @param costs        J before training (index 0) and after each epoch; empty when there was no run
 * @param examples     n, the examples each epoch runs over
 * @param lambda       λ
 * @param penaltyFirst λ‖ω‖² before training
 * @param penaltyLast  λ‖ω‖² after the last epoch
 * @param summed       whether J adds the examples' losses up, Σ_t L_t, instead of averaging them
 * @param stopBelow    ε: the run stops once J &lt; ε; 0 when it runs every epoch
 * @param reached      whether J fell below ε
 */
public record TrainingRun(List<Double> costs, int examples, double lambda, double penaltyFirst, double penaltyLast,
                          boolean summed, double stopBelow, boolean reached) {
    /** No training was run. */
    public static final TrainingRun NONE = new TrainingRun(List.of(), 0, 0, 0, 0, false, 0, false);

    public TrainingRun {
        costs = List.copyOf(costs);
    }

    /** This run with J summed over the examples or not, and its stopping rule ε and whether J fell below it. */
    public TrainingRun stopping(boolean summedLosses, double epsilon, boolean fellBelow) {
        return new TrainingRun(costs, examples, lambda, penaltyFirst, penaltyLast, summedLosses, epsilon, fellBelow);
    }

    /** The epochs run: fewer than asked when J fell below ε first. */
    public int epochsRun() {
        return Math.max(0, costs.size() - 1);
    }

    /** The run from {@code before} to {@code trained} over {@code examples} examples, with costs {@code costs}. */
    public static TrainingRun of(List<Double> costs, int examples, double lambda, Network before, Network trained) {
        return new TrainingRun(costs, examples, lambda, before.penalty(lambda), trained.penalty(lambda), false, 0, false);
    }
}

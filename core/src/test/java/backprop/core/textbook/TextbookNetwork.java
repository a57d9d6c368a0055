package backprop.core.textbook;

import backprop.core.NonFiniteValueException;
import backprop.core.method.BatchReduction;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.Example;
import backprop.core.network.Network;

import java.util.ArrayList;
import java.util.List;

/**
 * The textbook loops as a test oracle: 003's Algorithms 1–2 written out in loops on plain arrays ({@link
 * TextbookPass}, {@link TextbookStep}, {@link TextbookDescent}), each choice of a method applied where textbooks
 * apply it. They were the project's second implementation of the algorithms and are kept here, apart from the
 * engine, as an independently written computation of the same numbers: the engine is checked against them under
 * every choice (EngineAgreesWithTextbookLoopsTest), including those finite differences cannot see (update order,
 * frozen parameters, momentum, rounding as printed).
 */
public final class TextbookNetwork {
    private TextbookNetwork() {
    }

    /**
     * What the loops computed: each example's first forward values and δ (before any update), the first update's
     * gradient, every update's parameters and J after every epoch. Indices from 1, as in the documents.
     */
    public record Run(TextbookStep.Result first, TextbookStep.Result firstStep, List<Parameters> snapshots,
                      List<Double> losses, int epochsRun, int updatesRun) {
        public double z(int t, int k, int i) {
            return first.forwards().get(t - 1).z()[k][i - 1];
        }

        public double a(int t, int k, int i) {
            return first.forwards().get(t - 1).a()[k][i - 1];
        }

        public double delta(int t, int k, int i) {
            return first.deltas()[t - 1][k][i - 1];
        }

        public double weightGradient(int k, int i, int j) {
            return firstStep.weightGradient()[k - 1][i - 1][j - 1];
        }

        public double biasGradient(int k, int i) {
            return firstStep.biasGradient()[k - 1][i - 1];
        }

        public double lossAfter(int epochs) {
            return losses.get(epochs);
        }

        public double weightAfter(int updates, int k, int i, int j) {
            return snapshots.get(updates).w[k - 1][i - 1][j - 1];
        }

        public double biasAfter(int updates, int k, int i) {
            return snapshots.get(updates).b[k - 1][i - 1];
        }
    }

    /**
     * Trains a copy of {@code initial} on {@code data} for schedule.epochs + method.epochShift epochs, stopping once
     * J &lt; ε.
     */
    public static Run run(Network initial, List<Example> data, Schedule schedule, Method method) {
        Parameters start = Parameters.of(initial);
        int trained = schedule.epochs() + method.epochShift();
        // the first forward and backward of every example, before any update, and the first step's gradient
        TextbookStep.Result first = TextbookStep.step(start.copy(), data, method, null);
        TextbookStep.Result firstStep = TextbookStep.step(start.copy(), batches(data, schedule).get(0), method,
                new TextbookDescent(schedule, method.frozen(), start));
        Training training = train(start, data, schedule, method, trained);
        int epochsRun = training.losses().size() - 1;
        return new Run(first, firstStep, training.snapshots(), training.losses(), epochsRun,
                training.epochEnds().get(epochsRun));
    }

    /** Every update's parameters (index 0: the initial ones), J after every epoch, and the update count at each. */
    private record Training(List<Parameters> snapshots, List<Double> losses, List<Integer> epochEnds) {
    }

    private static Training train(Parameters start, List<Example> data, Schedule schedule, Method method, int horizon) {
        Parameters p = start.copy();
        TextbookDescent descent = new TextbookDescent(schedule, method.frozen(), p);
        List<Parameters> snapshots = new ArrayList<>(List.of(p.copy()));
        List<Double> losses = new ArrayList<>(List.of(cost(p, data, schedule, method)));
        List<Integer> epochEnds = new ArrayList<>(List.of(0));
        for (int epoch = 1; epoch <= horizon && losses.get(epoch - 1) >= schedule.stopBelow(); epoch++) {
            try {
                for (List<Example> batch : batches(data, schedule)) {
                    TextbookStep.step(p, batch, method, descent);
                    snapshots.add(p.copy());
                }
            } catch (NonFiniteValueException overflow) {
                throw overflow.within("epoch " + epoch);
            }
            losses.add(cost(p, data, schedule, method));
            epochEnds.add(snapshots.size() - 1);
        }
        return new Training(snapshots, losses, epochEnds);
    }

    /** J = L + λ‖ω‖², L the sum or the mean of the examples' losses as the method reduces a batch (003). */
    static double cost(Parameters p, List<Example> data, Schedule schedule, Method method) {
        double sum = 0.0;
        for (Example e : data) {
            sum += method.loss().value(TextbookPass.forward(p, e.x(), method).output(), e.y());
        }
        double loss = method.reduction() == BatchReduction.MEAN ? sum / data.size() : sum;
        return NonFiniteValueException.requireFinite(loss + schedule.lambda() * p.squaredWeights(),
                "cost J = L + λ‖ω‖²");
    }

    private static List<List<Example>> batches(List<Example> data, Schedule schedule) {
        return schedule.batching() == Schedule.Batching.WHOLE_BATCH ? List.of(data)
                : data.stream().map(List::of).toList();
    }
}

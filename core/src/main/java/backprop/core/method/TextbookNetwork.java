package backprop.core.method;

import backprop.core.NonFiniteValueException;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.core.network.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small, readable per-example evaluator of a feed-forward network under a {@link Method}, with training: 003's
 * Algorithms 1–2 written out in loops ({@link TextbookPass}, {@link TextbookStep}), each choice of the method
 * applied where textbooks apply it. It is NOT the fast engine: it exists so that a deviation has a place to act,
 * and it agrees with the engine (Network, GradientDescent, Trainer) under the engine's own method.
 */
public final class TextbookNetwork {
    private TextbookNetwork() {
    }

    /**
     * Trains a copy of {@code initial} on {@code data} ({@code initial} not modified) for schedule.epochs +
     * method.epochShift epochs, stopping once J &lt; ε, and records every value a source may print.
     *
     * @throws IllegalArgumentException if an argument is missing, an example does not fit the network, the epoch
     *                                  shift makes the epochs negative, or the rounding names an intermediate
     *                                  the network does not have
     */
    public static TextbookRun run(Network initial, List<Example> data, Schedule schedule, Method method) {
        requireArguments(initial, data, schedule, method);
        Parameters start = Parameters.of(initial);
        int trained = schedule.epochs() + method.epochShift();
        // the first forward and backward of every example, before any update, and the first step's gradient
        TextbookStep.Result first = TextbookStep.step(start.copy(), data, method, null);
        TextbookStep.Result firstStep = TextbookStep.step(start.copy(), batches(data, schedule).get(0), method,
                new TextbookDescent(schedule, method.frozen(), start));
        Training training = train(start, data, schedule, method, Math.max(trained, schedule.epochs()));
        int epochsRun = Math.min(trained, training.losses().size() - 1);
        int updatesRun = training.epochEnds().get(epochsRun);
        Parameters end = training.snapshots().get(updatesRun);
        List<double[]> outputs = data.stream().map(e -> TextbookPass.forward(end, e.x(), method).output()).toList();
        return new TextbookRun(method.epochShift(), first, firstStep, training.snapshots(), training.losses(),
                epochsRun, updatesRun, outputs);
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
        return schedule.batching() == Trainer.Batching.WHOLE_BATCH ? List.of(data)
                : data.stream().map(List::of).toList();
    }

    private static void requireArguments(Network initial, List<Example> data, Schedule schedule, Method method) {
        if (initial == null || data == null || data.isEmpty() || schedule == null || method == null) {
            throw new IllegalArgumentException("TextbookNetwork.run: network, examples (at least one), schedule and"
                    + " method must be given");
        }
        if (schedule.epochs() + method.epochShift() < 0) {
            throw new IllegalArgumentException("TextbookNetwork.run: epoch shift " + method.epochShift() + " makes "
                    + schedule.epochs() + " + (" + method.epochShift() + ") = "
                    + (schedule.epochs() + method.epochShift()) + " epochs; at least 0 are needed");
        }
        for (int t = 0; t < data.size(); t++) {
            Example e = data.get(t);
            if (e.x().length != initial.inputSize() || e.y().length != initial.outputSize()) {
                throw new IllegalArgumentException("TextbookNetwork.run: example " + (t + 1) + " has " + e.x().length
                        + " inputs and " + e.y().length + " targets; the network takes " + initial.inputSize()
                        + " and gives " + initial.outputSize());
            }
        }
        for (Map.Entry<Intermediate, Integer> e : method.rounding().decimals().entrySet()) {
            Intermediate what = e.getKey();
            if (what.layer() > initial.depth() || what.index() > initial.layer(what.layer()).outputSize()) {
                throw new IllegalArgumentException("TextbookNetwork.run: the rounding names " + what
                        + ", which the network does not have: it has " + initial.depth() + " layers"
                        + (what.layer() > initial.depth() ? ""
                                : " and layer " + what.layer() + " has " + initial.layer(what.layer()).outputSize()
                                        + " neurons"));
            }
        }
    }
}

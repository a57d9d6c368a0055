package backprop.core.catalogue;

import backprop.core.method.Intermediate;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.GradientDescent;
import backprop.core.network.Gradients;
import backprop.core.network.Network;
import backprop.core.network.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a source may print about one network trained under one {@link Method}, each addressable by a printed
 * value: the first forward and backward pass of every example, the gradient of the first update, the parameters
 * after each of the first max(1, epochs) + 1 updates (a printed "after n updates" has n ≤ max(1, epochs), read
 * after n + the shift; keeping every update of a per-example run, epochs × examples networks, took 5.8 GB for 1,000
 * printed values, issue 22) and after training, J after every epoch and the outputs after training. The catalogue's search makes one per
 * method it tries. Every number comes from the engine ({@link Network}, {@link GradientDescent}, {@link Trainer});
 * this class only keeps and reads them. Every index counts from 1 (example, layer, neuron i, input j), as the
 * documents do; a^(0) is the input x. A quantity "after n updates / epochs" is read after n + the method's epoch
 * shift. Immutable.
 */
public final class MethodRun {
    private final int shift;
    private final List<ForwardPass> forwards;
    private final List<BackwardPass> backwards;
    private final Gradients firstStep;
    private final List<Network> snapshots;
    private final Network end;
    private final List<Double> losses;
    private final int epochsRun;
    private final int updatesRun;
    private final List<double[]> outputs;

    private MethodRun(int shift, List<ForwardPass> forwards, List<BackwardPass> backwards, Gradients firstStep,
                      List<Network> snapshots, Network end, List<Double> losses, int epochsRun, int updatesRun,
                      List<double[]> outputs) {
        this.shift = shift;
        this.forwards = List.copyOf(forwards);
        this.backwards = List.copyOf(backwards);
        this.firstStep = firstStep;
        this.snapshots = List.copyOf(snapshots);
        this.end = end;
        this.losses = List.copyOf(losses);
        this.epochsRun = epochsRun;
        this.updatesRun = updatesRun;
        this.outputs = List.copyOf(outputs);
    }

    /**
     * Trains a copy of {@code initial} on {@code data} ({@code initial} not modified) for schedule.epochs +
     * method.epochShift epochs, stopping once J &lt; ε, and keeps every value a source may print.
     *
     * @throws IllegalArgumentException if an argument is missing, an example does not fit the network, the epoch
     *                                  shift makes the epochs negative, or the rounding names an intermediate
     *                                  the network does not have
     */
    public static MethodRun of(Network initial, List<Example> data, Schedule schedule, Method method) {
        requireArguments(initial, data, schedule, method);
        int trained = schedule.epochs() + method.epochShift();
        List<ForwardPass> forwards = new ArrayList<>();
        List<BackwardPass> backwards = new ArrayList<>();
        for (Example e : data) {
            ForwardPass pass = initial.forward(e.x(), method);
            forwards.add(pass);
            backwards.add(initial.backward(pass, e.y(), method));
        }
        List<Example> firstBatch = schedule.batching() == Schedule.Batching.WHOLE_BATCH ? data : data.subList(0, 1);
        Gradients firstStep = new GradientDescent(schedule, method).step(initial.copy(), firstBatch);
        Network trainedNetwork = initial.copy();
        List<Network> snapshots = new ArrayList<>(List.of(initial.copy()));
        int kept = Math.max(1, schedule.epochs()) + 1;
        long trainedUpdates = (long) trained * (schedule.batching() == Schedule.Batching.WHOLE_BATCH ? 1 : data.size());
        Network[] atTrained = {initial.copy()};
        int[] made = {0};
        Trainer.TrainingHistory history = Trainer.train(trainedNetwork, data,
                schedule.withEpochs(Math.max(trained, schedule.epochs())), method, n -> {
                    made[0]++;
                    if (made[0] <= kept) {
                        snapshots.add(n.copy());
                    }
                    if (made[0] == trainedUpdates) {
                        atTrained[0] = n.copy();
                    }
                });
        int epochsRun = Math.min(trained, history.epochsRun());
        int updatesRun = epochsRun * history.updatesPerEpoch();
        // the end of training, or of the trained epochs when the method trains one fewer than the schedule
        Network end = updatesRun == made[0] ? trainedNetwork : atTrained[0];
        List<double[]> outputs = data.stream().map(e -> end.forward(e.x(), method).output()).toList();
        return new MethodRun(method.epochShift(), forwards, backwards, firstStep, snapshots, end, history.costs(),
                epochsRun, updatesRun, outputs);
    }

    /** z^(layer)_i of example {@code example} in the first forward pass, before any update. */
    public double z(int example, int layer, int i) {
        ForwardPass f = forward(example);
        requireLayer("z", layer, 1, f.layers());
        return entry("z(" + layer + ")", f.z(layer), i);
    }

    /** a^(layer)_i of example {@code example} before any update; layer 0 is the input. */
    public double a(int example, int layer, int i) {
        ForwardPass f = forward(example);
        requireLayer("a", layer, 0, f.layers());
        return entry("a(" + layer + ")", f.a(layer), i);
    }

    /** δ^(layer)_i = ∂L/∂z^(layer)_i of example {@code example} in the first backward pass, before any update. */
    public double delta(int example, int layer, int i) {
        ForwardPass f = forward(example);
        requireLayer("δ", layer, 1, f.layers());
        return entry("δ(" + layer + ")", backwards.get(example - 1).delta(layer), i);
    }

    /** ∂L/∂W^(layer)_ij of the first update (its batch reduced by the method). */
    public double weightGradient(int layer, int i, int j) {
        requireLayer("∂L/∂W", layer, 1, firstStep.weights().size());
        double[][] dW = firstStep.weight(layer).toArray();
        return entry("∂L/∂W(" + layer + ")[" + i + ",·]", row("∂L/∂W(" + layer + ")", dW, i), j);
    }

    /** ∂L/∂b^(layer)_i of the first update (a shared bias has one entry, i = 1). */
    public double biasGradient(int layer, int i) {
        requireLayer("∂L/∂b", layer, 1, firstStep.biases().size());
        return entry("∂L/∂b(" + layer + ")", firstStep.bias(layer), i);
    }

    /** W^(layer)_ij after {@code updates} updates (0: the initial weight). */
    public double weightAfter(int updates, int layer, int i, int j) {
        return weight(after(updates), layer, i, j);
    }

    /** b^(layer)_i after {@code updates} updates. */
    public double biasAfter(int updates, int layer, int i) {
        return bias(after(updates), layer, i);
    }

    private static double weight(Network p, int layer, int i, int j) {
        requireLayer("W", layer, 1, p.depth());
        double[][] w = p.layer(layer).weights().toArray();
        return entry("W(" + layer + ")[" + i + ",·]", row("W(" + layer + ")", w, i), j);
    }

    private static double bias(Network p, int layer, int i) {
        requireLayer("b", layer, 1, p.depth());
        return entry("b(" + layer + ")", p.layer(layer).bias(), i);
    }

    /** J (the loss summed or averaged per the reduction, + λ‖ω‖²) after {@code epochs} epochs; 0: before training. */
    public double lossAfter(int epochs) {
        int read = epochs + shift;
        if (epochs < 0 || read < 0 || read >= losses.size()) {
            throw new IllegalArgumentException("lossAfter(" + epochs + "): read after " + read + " epochs, but J is"
                    + " known after 0…" + (losses.size() - 1));
        }
        return losses.get(read);
    }

    /** ŷ_j of example {@code example} after training. */
    public double output(int example, int j) {
        if (example < 1 || example > outputs.size()) {
            throw new IllegalArgumentException("output: example " + example + " is outside 1…" + outputs.size());
        }
        double[] y = outputs.get(example - 1);
        if (j < 1 || j > y.length) {
            throw new IllegalArgumentException("output: ŷ[" + j + "] is outside 1…" + y.length);
        }
        return y[j - 1];
    }

    /** The epochs trained: the stated number + the shift, fewer if J fell below ε. */
    public int epochsRun() {
        return epochsRun;
    }

    /** The updates made in the {@link #epochsRun()} epochs trained. */
    public int updatesRun() {
        return updatesRun;
    }

    /** W^(layer)_ij after training ({@link #epochsRun()} epochs, the shift already applied). */
    public double weightAfterTraining(int layer, int i, int j) {
        return weight(end, layer, i, j);
    }

    /** b^(layer)_i after training ({@link #epochsRun()} epochs, the shift already applied). */
    public double biasAfterTraining(int layer, int i) {
        return bias(end, layer, i);
    }

    private ForwardPass forward(int example) {
        if (example < 1 || example > forwards.size()) {
            throw new IllegalArgumentException("example " + example + " is outside 1…" + forwards.size());
        }
        return forwards.get(example - 1);
    }

    private Network after(int updates) {
        int read = updates + shift;
        if (updates < 0 || read < 0 || read >= snapshots.size()) {
            throw new IllegalArgumentException("after " + updates + " updates: read after " + read
                    + ", but the run keeps 0…" + (snapshots.size() - 1));
        }
        return snapshots.get(read);
    }

    /** Refuses a layer outside lowest…highest. */
    private static void requireLayer(String what, int layer, int lowest, int highest) {
        if (layer < lowest || layer > highest) {
            throw new IllegalArgumentException(what + ": layer " + layer + " is outside " + lowest + "…" + highest);
        }
    }

    /** Row i (from 1) of a matrix. */
    private static double[] row(String what, double[][] m, int i) {
        if (i < 1 || i > m.length) {
            throw new IllegalArgumentException(what + ": row " + i + " is outside 1…" + m.length);
        }
        return m[i - 1];
    }

    /** Entry i (from 1) of a vector. */
    private static double entry(String what, double[] v, int i) {
        if (i < 1 || i > v.length) {
            throw new IllegalArgumentException(what + ": entry " + i + " is outside 1…" + v.length);
        }
        return v[i - 1];
    }

    private static void requireArguments(Network initial, List<Example> data, Schedule schedule, Method method) {
        if (initial == null || data == null || data.isEmpty() || schedule == null || method == null) {
            throw new IllegalArgumentException("MethodRun.of: network, examples (at least one), schedule and"
                    + " method must be given");
        }
        if (schedule.epochs() + method.epochShift() < 0) {
            throw new IllegalArgumentException("MethodRun.of: epoch shift " + method.epochShift() + " makes "
                    + schedule.epochs() + " + (" + method.epochShift() + ") = "
                    + (schedule.epochs() + method.epochShift()) + " epochs; at least 0 are needed");
        }
        for (int t = 0; t < data.size(); t++) {
            Example e = data.get(t);
            if (e.x().length != initial.inputSize() || e.y().length != initial.outputSize()) {
                throw new IllegalArgumentException("MethodRun.of: example " + (t + 1) + " has " + e.x().length
                        + " inputs and " + e.y().length + " targets; the network takes " + initial.inputSize()
                        + " and gives " + initial.outputSize());
            }
        }
        for (Map.Entry<Intermediate, Integer> e : method.rounding().decimals().entrySet()) {
            Intermediate what = e.getKey();
            if (what.layer() > initial.depth() || what.index() > initial.layer(what.layer()).outputSize()) {
                throw new IllegalArgumentException("MethodRun.of: the rounding names " + what
                        + ", which the network does not have: it has " + initial.depth() + " layers"
                        + (what.layer() > initial.depth() ? ""
                                : " and layer " + what.layer() + " has " + initial.layer(what.layer()).outputSize()
                                        + " neurons"));
            }
        }
    }
}

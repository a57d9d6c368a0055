package backprop.core.method;

import backprop.core.method.TextbookPass.Forward;

import java.util.List;

/**
 * Everything a source may print about one {@link TextbookNetwork#run}, each addressable by a published value.
 * Every index counts from 1 (example, layer, neuron i, input j), as the documents do; a^(0) is the input x.
 * A quantity "after n updates / epochs" is read after n + the method's epoch shift. Immutable.
 */
public final class TextbookRun {
    private final int shift;
    private final TextbookStep.Result first;
    private final TextbookStep.Result firstStep;
    private final List<Parameters> snapshots;
    private final List<Double> losses;
    private final int epochsRun;
    private final int updatesRun;
    private final List<double[]> outputs;

    TextbookRun(int shift, TextbookStep.Result first, TextbookStep.Result firstStep, List<Parameters> snapshots,
                List<Double> losses, int epochsRun, int updatesRun, List<double[]> outputs) {
        this.shift = shift;
        this.first = first;
        this.firstStep = firstStep;
        this.snapshots = List.copyOf(snapshots);
        this.losses = List.copyOf(losses);
        this.epochsRun = epochsRun;
        this.updatesRun = updatesRun;
        this.outputs = List.copyOf(outputs);
    }

    /** z^(layer)_i of example {@code example} in the first forward pass, before any update. */
    public double z(int example, int layer, int i) {
        return entry("z(" + layer + ")", layer("z", forward(example).z(), layer, 1, 0), i);
    }

    /** a^(layer)_i of example {@code example} before any update; layer 0 is the input. */
    public double a(int example, int layer, int i) {
        return entry("a(" + layer + ")", layer("a", forward(example).a(), layer, 0, 0), i);
    }

    /** δ^(layer)_i = ∂L/∂z^(layer)_i of example {@code example} in the first backward pass, before any update. */
    public double delta(int example, int layer, int i) {
        forward(example);
        return entry("δ(" + layer + ")", layer("δ", first.deltas()[example - 1], layer, 1, 0), i);
    }

    /** ∂L/∂W^(layer)_ij of the first update (its batch reduced by the method). */
    public double weightGradient(int layer, int i, int j) {
        double[][] dW = layer("∂L/∂W", firstStep.weightGradient(), layer, 1, 1);
        return entry("∂L/∂W(" + layer + ")[" + i + ",·]", row("∂L/∂W(" + layer + ")", dW, i), j);
    }

    /** ∂L/∂b^(layer)_i of the first update (a shared bias has one entry, i = 1). */
    public double biasGradient(int layer, int i) {
        return entry("∂L/∂b(" + layer + ")", layer("∂L/∂b", firstStep.biasGradient(), layer, 1, 1), i);
    }

    /** W^(layer)_ij after {@code updates} updates (0: the initial weight). */
    public double weightAfter(int updates, int layer, int i, int j) {
        return weight(after(updates), layer, i, j);
    }

    /** b^(layer)_i after {@code updates} updates. */
    public double biasAfter(int updates, int layer, int i) {
        return bias(after(updates), layer, i);
    }

    private static double weight(Parameters p, int layer, int i, int j) {
        double[][] w = layer("W", p.w, layer, 1, 1);
        return entry("W(" + layer + ")[" + i + ",·]", row("W(" + layer + ")", w, i), j);
    }

    private static double bias(Parameters p, int layer, int i) {
        return entry("b(" + layer + ")", layer("b", p.b, layer, 1, 1), i);
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
        return weight(snapshots.get(updatesRun), layer, i, j);
    }

    /** b^(layer)_i after training ({@link #epochsRun()} epochs, the shift already applied). */
    public double biasAfterTraining(int layer, int i) {
        return bias(snapshots.get(updatesRun), layer, i);
    }

    private Forward forward(int example) {
        if (example < 1 || example > first.forwards().size()) {
            throw new IllegalArgumentException("example " + example + " is outside 1…" + first.forwards().size());
        }
        return first.forwards().get(example - 1);
    }

    private Parameters after(int updates) {
        int read = updates + shift;
        if (updates < 0 || read < 0 || read >= snapshots.size()) {
            throw new IllegalArgumentException("after " + updates + " updates: read after " + read
                    + ", but the run made 0…" + (snapshots.size() - 1));
        }
        return snapshots.get(read);
    }

    /** The entry of {@code perLayer} for {@code layer}, stored at index layer − base; layers lowest… are known. */
    private static <T> T layer(String what, T[] perLayer, int layer, int lowest, int base) {
        if (layer < lowest || layer - base >= perLayer.length) {
            throw new IllegalArgumentException(what + ": layer " + layer + " is outside " + lowest + "…"
                    + (perLayer.length - 1 + base));
        }
        return perLayer[layer - base];
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
}

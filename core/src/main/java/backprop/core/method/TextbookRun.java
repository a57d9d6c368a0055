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
    private final List<double[]> outputs;

    TextbookRun(int shift, TextbookStep.Result first, TextbookStep.Result firstStep, List<Parameters> snapshots,
                List<Double> losses, int epochsRun, List<double[]> outputs) {
        this.shift = shift;
        this.first = first;
        this.firstStep = firstStep;
        this.snapshots = List.copyOf(snapshots);
        this.losses = List.copyOf(losses);
        this.epochsRun = epochsRun;
        this.outputs = List.copyOf(outputs);
    }

    /** z^(layer)_i of example {@code example} in the first forward pass, before any update. */
    public double z(int example, int layer, int i) {
        Forward f = forward(example);
        return byLayer("z", f.z(), layer, i, 1);
    }

    /** a^(layer)_i of example {@code example} before any update; layer 0 is the input. */
    public double a(int example, int layer, int i) {
        Forward f = forward(example);
        return byLayer("a", f.a(), layer, i, 0);
    }

    /** δ^(layer)_i = ∂L/∂z^(layer)_i of example {@code example} in the first backward pass, before any update. */
    public double delta(int example, int layer, int i) {
        forward(example);
        return byLayer("δ", first.deltas()[example - 1], layer, i, 1);
    }

    /** ∂L/∂W^(layer)_ij of the first update (its batch reduced by the method). */
    public double weightGradient(int layer, int i, int j) {
        double[][] dW = layerOf("∂L/∂W", firstStep.weightGradient(), layer);
        return entry("∂L/∂W(" + layer + ")[" + i + ",·]", dW, i, j, 1);
    }

    /** ∂L/∂b^(layer)_i of the first update (a shared bias has one entry, i = 1). */
    public double biasGradient(int layer, int i) {
        return entry("∂L/∂b", firstStep.biasGradient(), layer, i, 1);
    }

    /** W^(layer)_ij after {@code updates} updates (0: the initial weight). */
    public double weightAfter(int updates, int layer, int i, int j) {
        double[][] w = layerOf("W", after(updates).w, layer);
        return entry("W(" + layer + ")[" + i + ",·]", w, i, j, 1);
    }

    /** b^(layer)_i after {@code updates} updates. */
    public double biasAfter(int updates, int layer, int i) {
        return entry("b", after(updates).b, layer, i, 1);
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

    private static double[][] layerOf(String what, double[][][] perLayer, int layer) {
        if (layer < 1 || layer > perLayer.length) {
            throw new IllegalArgumentException(what + ": layer " + layer + " is outside 1…" + perLayer.length);
        }
        return perLayer[layer - 1];
    }

    /** perLayer[layer][i − 1], layers lowest…l (index = layer), each index checked. */
    private static double byLayer(String symbol, double[][] perLayer, int layer, int i, int lowest) {
        if (layer < lowest || layer >= perLayer.length) {
            throw new IllegalArgumentException(symbol + ": layer " + layer + " is outside " + lowest + "…"
                    + (perLayer.length - 1));
        }
        return entry(symbol + "(" + layer + ")", perLayer, layer, i, 0);
    }

    /** rows[row − offset][col − 1], each index checked; offset 1 for 1-based rows, 0 where row 0 exists. */
    private static double entry(String what, double[][] rows, int row, int col, int offset) {
        int r = row - offset;
        if (r < 0 || r >= rows.length || rows[r] == null) {
            throw new IllegalArgumentException(what + ": " + row + " is outside " + offset + "…"
                    + (rows.length - 1 + offset));
        }
        if (col < 1 || col > rows[r].length) {
            throw new IllegalArgumentException(what + ": entry " + col + " is outside 1…" + rows[r].length);
        }
        return rows[r][col - 1];
    }
}

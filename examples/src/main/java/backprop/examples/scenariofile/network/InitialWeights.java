package backprop.examples.scenariofile.network;

import backprop.core.function.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code [initial] seed = 7, range = [-0.5, 0.5]}: initial weights and biases drawn instead of written in
 * [[network.layer]]. One {@code new SplittableRandom(seed)} draws them in a fixed, documented order: layer by layer
 * from the first, W^(k) row-major (W[1,1], W[1,2], …, W[2,1], …) then b^(k); each value is
 * low + (high − low)·u with u = {@code nextDouble()} in [0, 1). The same seed gives the same network on every
 * machine and Java version (SplittableRandom's algorithm is specified).
 *
 * @param seed the seed
 * @param low  the least value (inclusive)
 * @param high the greatest value, &gt; low
 * @param line the line of [initial]
 */
record InitialWeights(long seed, double low, double high, int line) {
    static final List<String> KEYS = List.of("seed", "range");

    /** [initial], or null when the file gives no such table. */
    static InitialWeights read(TomlReader r, TomlTable toml) {
        if (!TomlReader.has(toml, "initial")) {
            return null;
        }
        TomlTable t = r.table(toml, "initial", "");
        int line = TomlReader.line(toml, "initial", 1);
        Keys.check(r, t, "initial", line, KEYS);
        long seed = r.integer(t, "seed", "initial.", line, Long.MIN_VALUE, Long.MAX_VALUE);
        double[] range = r.vector(t, "range", "initial.", line);
        int at = TomlReader.line(t, "range", line);
        if (range.length != 2 || !(range[0] < range[1])) {
            throw r.error(at, "initial.range must be [low, high] with low < high, is " + (range.length == 2
                    ? "[" + TomlReader.describe(range[0]) + ", " + TomlReader.describe(range[1]) + "]"
                    : "a list of " + range.length));
        }
        if (!Double.isFinite(range[1] - range[0])) {
            throw r.error(at, "initial.range is wider than the largest finite number; give a narrower one");
        }
        return new InitialWeights(seed, range[0], range[1], line);
    }

    /** The layers of sizes {@code n}, drawn in the documented order. */
    List<DenseLayer> layers(int[] n, BiasLayout layout, List<Activation> activations) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 1; k < n.length; k++) {
            double[][] w = new double[n[k]][n[k - 1]];
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = draw(random);
                }
            }
            double[] b = new double[layout == BiasLayout.PER_NEURON ? n[k] : 1];
            for (int i = 0; i < b.length; i++) {
                b[i] = draw(random);
            }
            layers.add(new DenseLayer(w, b, layout, activations.get(k - 1)));
        }
        return layers;
    }

    /** low + (high − low)·u, u in [0, 1) (rounding may give high itself, never more). */
    private double draw(SplittableRandom random) {
        return low + (high - low) * random.nextDouble();
    }

    /** How the answer key names where the weights came from. */
    String origin() {
        return "drawn: seed " + seed + ", uniform in [" + TomlReader.describe(low) + ", " + TomlReader.describe(high)
                + "], layer by layer, W row-major then b";
    }
}

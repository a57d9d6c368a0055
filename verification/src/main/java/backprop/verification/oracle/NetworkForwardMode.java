package backprop.verification.oracle;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A network and its loss evaluated on {@link DerivativeStructure}s with loops of its own, so that
 * ∂L/∂W, ∂L/∂b and ∂L/∂x come out of forward passes without any of core.network's arithmetic: only
 * the parameters' values, the shapes, the bias layout and the names of the activations and the loss
 * are read. Each weight, bias and input is the free parameter of one pass ({@link ForwardMode}: one
 * direction at a time), which starts at the layer it enters and recomputes only what depends on it.
 *
 * <pre>
 *   z_j = Σ_i W_ji a_i + b_j        (PER_NEURON)      z_j = Σ_i W_ji a_i + b   (SHARED_PER_LAYER)
 *   identity a = z; σ(z) = 1/(1 + e^−z), e^z/(1 + e^z) for z &lt; 0; tanh z; ReLU z = z if z &gt; 0 else 0;
 *   softmax a_i = e^{z_i − m} / Σ_j e^{z_j − m}, m = max_j z_j held constant (e^{−m} cancels, and no e^z overflows)
 *   Σ(a−y)², ½Σ(a−y)², (1/m)Σ(a−y)², −Σ[y ln a + (1−y) ln(1−a)], −Σ y ln a
 * </pre>
 * In the cross-entropies a term whose weight (y, or 1 − y) is 0 is left out: its limit is 0 as a → 0
 * or 1, where 0·ln 0 would be NaN.
 *
 * <p>Memory: the base pass's z and a of every layer, and one layer's moved values: O(neurons), not
 * O(neurons × parameters). Time: pass j costs the rows x_j enters and everything above them; for the largest
 * network a file may give (10,000 parameters) all passes together take well under the finite differences' time.
 */
final class NetworkForwardMode {

    private NetworkForwardMode() {
    }

    static List<String> variables(Network network) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= network.depth(); k++) {
            DenseLayer layer = network.layer(k);
            for (int j = 0; j < layer.outputSize(); j++) {
                for (int i = 0; i < layer.inputSize(); i++) {
                    names.add("W" + k + "[" + (j + 1) + "," + (i + 1) + "]");
                }
            }
            if (layer.biasLayout() == BiasLayout.SHARED_PER_LAYER) {
                names.add("b" + k);
            } else {
                for (int j = 0; j < layer.outputSize(); j++) {
                    names.add("b" + k + "[" + (j + 1) + "]");
                }
            }
        }
        for (int i = 0; i < network.inputSize(); i++) {
            names.add("x[" + (i + 1) + "]");
        }
        return names;
    }

    static ForwardDerivatives evaluate(Network network, Example example, Loss loss) {
        if (example.x().length != network.inputSize() || example.y().length != network.outputSize()) {
            throw new IllegalArgumentException("forward mode: the network takes " + network.inputSize()
                    + " inputs and gives " + network.outputSize() + " outputs; the example has x of "
                    + example.x().length + " and y of " + example.y().length);
        }
        return evaluate(network, example, loss, new PassRecord(variables(network)));
    }

    /** As {@link #evaluate(Network, Example, Loss)}, the passes noted in {@code record} (a test reads its evaluations). */
    static ForwardDerivatives evaluate(Network network, Example example, Loss loss, PassRecord record) {
        int variables = variables(network).size();
        Pass base = new Pass(network, example, loss, record, PassRecord.BASE);
        DerivativeStructure[][] z = new DerivativeStructure[network.depth() + 1][];
        DerivativeStructure[][] a = new DerivativeStructure[network.depth() + 1][];
        a[0] = new DerivativeStructure[network.inputSize()];
        for (int i = 0; i < a[0].length; i++) {
            a[0][i] = ForwardMode.constant(example.x()[i]);
        }
        for (int k = 1; k <= network.depth(); k++) {
            z[k] = base.affine(k, a[k - 1], null);
            a[k] = base.activate(k, z[k], z[k]);
        }
        DerivativeStructure[] terms = base.lossTerms(a[network.depth()], null);
        DerivativeStructure l = ForwardMode.requireFinite("loss", base.loss(terms, terms));
        // pass j: x_j free, from the layer it enters; the layers below it are the base pass's
        for (int j = 0; j < variables; j++) {
            record.direction(j);
            Pass pass = new Pass(network, example, loss, record, j);
            DerivativeStructure[] moved = pass.movedInputs();
            for (int k = pass.firstLayer(); k <= network.depth(); k++) {
                moved = pass.activate(k, pass.affine(k, a[k - 1], moved), z[k]);
            }
            record.output(ForwardMode.requireFinite("loss", pass.loss(terms, pass.lossTerms(a[network.depth()],
                    moved))));
        }
        return record.result(l.getValue());
    }

    /**
     * One pass: the base pass (every variable a constant) or pass j (x_j the one free parameter). In pass j an
     * array of moved values holds null where a value does not depend on x_j (read it from the base pass); below
     * the layer x_j enters, no value does, and the pass starts there from the base pass's activations.
     */
    private static final class Pass {
        private final Network network;
        private final Example example;
        private final Loss loss;
        private final PassRecord record;
        private final int free;

        Pass(Network network, Example example, Loss loss, PassRecord record, int free) {
            this.network = network;
            this.example = example;
            this.loss = loss;
            this.record = record;
            this.free = free;
        }

        /** The first variable of layer k: layer by layer, W row by row, then b. */
        private int offset(int k) {
            int offset = 0;
            for (int m = 1; m < k; m++) {
                DenseLayer layer = network.layer(m);
                offset += layer.outputSize() * layer.inputSize() + layer.bias().length;
            }
            return offset;
        }

        /** The layer x_j enters: its own, or 1 for an input. */
        int firstLayer() {
            if (free >= offset(network.depth() + 1)) {
                return 1;
            }
            int k = 1;
            while (free >= offset(k + 1)) {
                k++;
            }
            return k;
        }

        /** The inputs with x_j free when x_j is an input, else null (no input moves). */
        DerivativeStructure[] movedInputs() {
            int i = free - offset(network.depth() + 1);
            if (i < 0) {
                return null;
            }
            DerivativeStructure[] moved = new DerivativeStructure[network.inputSize()];
            moved[i] = variable(example.x()[i]);
            return moved;
        }

        private DerivativeStructure variable(double value) {
            return new DerivativeStructure(1, 1, 0, value);
        }

        /** A parameter's value: free when it is x_j, else a constant. */
        private DerivativeStructure parameter(int index, double value) {
            return index == free ? variable(value) : ForwardMode.constant(value);
        }

        // z_j = Σ_i W_ji a_i + b_j, with b_j = b for a shared bias; a row x_j does not enter is null
        DerivativeStructure[] affine(int k, DerivativeStructure[] a, DerivativeStructure[] moved) {
            DenseLayer layer = network.layer(k);
            int first = offset(k);
            int bias = first + layer.outputSize() * layer.inputSize();
            boolean shared = layer.biasLayout() == BiasLayout.SHARED_PER_LAYER;
            DerivativeStructure[] z = new DerivativeStructure[layer.outputSize()];
            for (int j = 0; j < z.length; j++) {
                int b = shared ? bias : bias + j;
                int row = first + j * a.length;
                if (free == PassRecord.BASE || moved != null || b == free || free >= row && free < row + a.length) {
                    z[j] = record.computed(row(layer, j, a, moved, row, parameter(b, layer.bias()[shared ? 0 : j])));
                }
            }
            return z;
        }

        private DerivativeStructure row(DenseLayer layer, int j, DerivativeStructure[] a, DerivativeStructure[] moved,
                                        int row, DerivativeStructure bias) {
            DerivativeStructure sum = bias;
            for (int i = 0; i < a.length; i++) {
                double w = layer.weights().get(j, i);
                boolean movedA = moved != null && moved[i] != null;
                // a term x_j does not enter is a constant, added as its value (through the structure it would be
                // the same product with derivative 0, only slower)
                sum = movedA || row + i == free ? sum.add(parameter(row + i, w).multiply(movedA ? moved[i] : a[i]))
                        : sum.add(w * a[i].getValue());
            }
            return sum;
        }

        /**
         * a = g(z) where z moved (in the base pass, everywhere); the other entries null. A softmax output moves
         * when any z does, the others read from {@code base}, the base pass's z.
         */
        DerivativeStructure[] activate(int k, DerivativeStructure[] z, DerivativeStructure[] base) {
            Activation g = network.layer(k).activation();
            if (g == Activation.SOFTMAX) {
                return softmax(z, base);
            }
            DerivativeStructure[] a = new DerivativeStructure[z.length];
            for (int j = 0; j < z.length; j++) {
                if (z[j] != null) {
                    String where = "z" + k + "[" + (j + 1) + "]";
                    a[j] = record.computed(ForwardMode.requireFinite(g.name().toLowerCase(Locale.ROOT) + "(" + where
                            + ")", activation(g, where, z[j])));
                }
            }
            return a;
        }

        private DerivativeStructure activation(Activation g, String where, DerivativeStructure zj) {
            return switch (g) {
                case IDENTITY -> zj;
                case SIGMOID -> ForwardMode.sigmoid(zj);
                case TANH -> zj.tanh();
                case RELU -> {
                    record.kink(where, where, "ReLU argument " + where + " = 0", zj);
                    yield zj.getValue() > 0 ? zj : ForwardMode.constant(0.0);
                }
                case SOFTMAX -> throw new IllegalStateException("handled apart");
            };
        }

        // a_i = e^{z_i − m} / Σ_j e^{z_j − m}, m = max_j z_j a constant: the same function, as e^{−m} cancels
        private DerivativeStructure[] softmax(DerivativeStructure[] moved, DerivativeStructure[] base) {
            int n = moved.length;
            DerivativeStructure[] z = new DerivativeStructure[n];
            double m = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                z[i] = moved[i] != null ? moved[i] : base[i];
                m = Math.max(m, z[i].getValue());
            }
            DerivativeStructure[] e = new DerivativeStructure[n];
            DerivativeStructure sum = ForwardMode.constant(0.0);
            for (int i = 0; i < n; i++) {
                e[i] = record.computed(z[i].subtract(m).exp());
                sum = sum.add(e[i]);
            }
            DerivativeStructure[] a = new DerivativeStructure[n];
            // e_i ≤ 1 and Σ e ≥ 1 (the largest term is e^0): no quotient overflows
            for (int i = 0; i < n; i++) {
                a[i] = record.computed(e[i].divide(sum));
            }
            return a;
        }

        /** Each output's loss term, where a moved (every one in the base pass, {@code moved} null there). */
        DerivativeStructure[] lossTerms(DerivativeStructure[] base, DerivativeStructure[] moved) {
            DerivativeStructure[] terms = new DerivativeStructure[base.length];
            double[] y = example.y();
            for (int j = 0; j < base.length; j++) {
                if (moved == null || moved[j] != null) {
                    DerivativeStructure a = moved == null ? base[j] : moved[j];
                    terms[j] = record.computed(switch (loss) {
                        // (a_j − y_j)²
                        case SUM_SQUARED_ERROR, HALF_SUM_SQUARED_ERROR, MEAN_SQUARED_ERROR -> a.subtract(y[j]).pow(2.0);
                        // −[y_j ln a_j + (1 − y_j) ln(1 − a_j)]
                        case BINARY_CROSS_ENTROPY -> weightedLog(y[j], a).add(weightedLog(1 - y[j], a.negate()
                                .add(1.0))).negate();
                        // −y_j ln a_j
                        case CATEGORICAL_CROSS_ENTROPY -> weightedLog(y[j], a).negate();
                    });
                }
            }
            return terms;
        }

        /** L from the terms, each moved one from {@code moved}, the others from {@code base}. */
        DerivativeStructure loss(DerivativeStructure[] base, DerivativeStructure[] moved) {
            DerivativeStructure sum = ForwardMode.constant(0.0);
            for (int j = 0; j < base.length; j++) {
                sum = sum.add(moved[j] != null ? moved[j] : base[j]);
            }
            return switch (loss) {
                case SUM_SQUARED_ERROR, BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY -> sum;
                case HALF_SUM_SQUARED_ERROR -> sum.multiply(0.5);
                case MEAN_SQUARED_ERROR -> sum.divide(base.length);
            };
        }

        /** weight · ln u, and 0 when the weight is 0 (the limit of 0·ln u as u → 0). */
        private DerivativeStructure weightedLog(double weight, DerivativeStructure u) {
            if (weight == 0.0) {
                return ForwardMode.constant(0.0);
            }
            record.singularity(u);
            return u.log().multiply(weight);
        }
    }
}

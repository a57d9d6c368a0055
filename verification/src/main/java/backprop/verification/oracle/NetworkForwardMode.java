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
 * ∂L/∂W, ∂L/∂b and ∂L/∂x come out of the forward pass without any of core.network's arithmetic: only
 * the parameters' values, the shapes, the bias layout and the names of the activations and the loss
 * are read. Every weight, bias and input is a free variable of the structure.
 *
 * <pre>
 *   z_j = Σ_i W_ji a_i + b_j        (PER_NEURON)      z_j = Σ_i W_ji a_i + b   (SHARED_PER_LAYER)
 *   identity a = z; σ(z) = 1/(1 + e^−z); tanh z; ReLU z = z if z &gt; 0 else 0;
 *   softmax a_i = e^{z_i} / Σ_j e^{z_j}                        (the definition, no shift by max z)
 *   Σ(a−y)², ½Σ(a−y)², (1/m)Σ(a−y)², −Σ[y ln a + (1−y) ln(1−a)], −Σ y ln a
 * </pre>
 * In the cross-entropies a term whose weight (y, or 1 − y) is 0 is left out: its limit is 0 as a → 0
 * or 1, where 0·ln 0 would be NaN.
 *
 * <p>Pitfall: the unshifted softmax overflows for z &gt; 709 (e^z = ∞) and is refused with an error naming
 * the layer; core's shifted form does not overflow there. The networks of the documents and the tests
 * keep |z| below 30.
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
        List<String> names = variables(network);
        Variables v = new Variables(names.size());
        PassRecord record = new PassRecord(names);
        // The inputs are the last variables; the parameters are numbered layer by layer before them.
        int inputOffset = names.size() - network.inputSize();
        DerivativeStructure[] a = new DerivativeStructure[network.inputSize()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.variable(inputOffset + i, example.x()[i]);
        }
        for (int k = 1; k <= network.depth(); k++) {
            DenseLayer layer = network.layer(k);
            DerivativeStructure[] z = affine(layer, a, v, record);
            a = activate(layer.activation(), z, k, v, record);
        }
        DerivativeStructure l = ForwardMode.requireFinite("loss", loss(loss, a, example.y(), v, record));
        return record.result(l);
    }

    /** Numbers the variables in order: each call to {@link #next} takes the next one. */
    private static final class Variables {
        private final int count;
        private int used;

        Variables(int count) {
            this.count = count;
        }

        DerivativeStructure next(double value) {
            return variable(used++, value);
        }

        DerivativeStructure variable(int index, double value) {
            return new DerivativeStructure(count, 1, index, value);
        }

        DerivativeStructure constant(double value) {
            return new DerivativeStructure(count, 1, value);
        }
    }

    // z_j = Σ_i W_ji a_i + b_j, with b_j = b for a shared bias.
    private static DerivativeStructure[] affine(DenseLayer layer, DerivativeStructure[] a, Variables v,
                                                PassRecord record) {
        int rows = layer.outputSize();
        DerivativeStructure[][] w = new DerivativeStructure[rows][a.length];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < a.length; i++) {
                w[j][i] = v.next(layer.weights().get(j, i));
            }
        }
        DerivativeStructure[] b = new DerivativeStructure[layer.bias().length];
        for (int j = 0; j < b.length; j++) {
            b[j] = v.next(layer.bias()[j]);
        }
        DerivativeStructure[] z = new DerivativeStructure[rows];
        for (int j = 0; j < rows; j++) {
            DerivativeStructure sum = layer.biasLayout() == BiasLayout.SHARED_PER_LAYER ? b[0] : b[j];
            for (int i = 0; i < a.length; i++) {
                sum = sum.add(w[j][i].multiply(a[i]));
            }
            z[j] = record.computed(sum);
        }
        return z;
    }

    private static DerivativeStructure[] activate(Activation g, DerivativeStructure[] z, int k, Variables v,
                                                  PassRecord record) {
        DerivativeStructure[] a = new DerivativeStructure[z.length];
        if (g == Activation.SOFTMAX) {
            // a_i = e^{z_i} / Σ_j e^{z_j}
            DerivativeStructure[] e = new DerivativeStructure[z.length];
            DerivativeStructure sum = v.constant(0.0);
            for (int i = 0; i < z.length; i++) {
                e[i] = record.computed(z[i].exp());
                sum = sum.add(e[i]);
            }
            for (int i = 0; i < z.length; i++) {
                a[i] = record.computed(ForwardMode.requireFinite("softmax a" + k + "[" + (i + 1) + "]", e[i].divide(sum)));
            }
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            String where = "z" + k + "[" + (j + 1) + "]";
            DerivativeStructure zj = z[j];
            a[j] = record.computed(ForwardMode.requireFinite(g.name().toLowerCase(Locale.ROOT) + "(" + where + ")", switch (g) {
                case IDENTITY -> zj;
                case SIGMOID -> zj.negate().exp().add(1.0).reciprocal();
                case TANH -> zj.tanh();
                case RELU -> {
                    record.kink(where, "ReLU argument " + where + " = 0", zj);
                    yield zj.getValue() > 0 ? zj : v.constant(0.0);
                }
                case SOFTMAX -> throw new IllegalStateException("handled above");
            }));
        }
        return a;
    }

    private static DerivativeStructure loss(Loss loss, DerivativeStructure[] a, double[] y, Variables v,
                                            PassRecord record) {
        DerivativeStructure sum = v.constant(0.0);
        for (int j = 0; j < a.length; j++) {
            sum = sum.add(record.computed(switch (loss) {
                // (a_j − y_j)²
                case SUM_SQUARED_ERROR, HALF_SUM_SQUARED_ERROR, MEAN_SQUARED_ERROR -> a[j].subtract(y[j]).pow(2.0);
                // −[y_j ln a_j + (1 − y_j) ln(1 − a_j)]
                case BINARY_CROSS_ENTROPY -> weightedLog(y[j], a[j], v, record)
                        .add(weightedLog(1 - y[j], a[j].negate().add(1.0), v, record)).negate();
                // −y_j ln a_j
                case CATEGORICAL_CROSS_ENTROPY -> weightedLog(y[j], a[j], v, record).negate();
            }));
        }
        return switch (loss) {
            case SUM_SQUARED_ERROR, BINARY_CROSS_ENTROPY, CATEGORICAL_CROSS_ENTROPY -> sum;
            case HALF_SUM_SQUARED_ERROR -> sum.multiply(0.5);
            case MEAN_SQUARED_ERROR -> sum.divide(a.length);
        };
    }

    /** weight · ln u, and 0 when the weight is 0 (the limit of 0·ln u as u → 0). */
    private static DerivativeStructure weightedLog(double weight, DerivativeStructure u, Variables v,
                                                   PassRecord record) {
        if (weight == 0.0) {
            return v.constant(0.0);
        }
        record.singularity(u);
        return u.log().multiply(weight);
    }
}

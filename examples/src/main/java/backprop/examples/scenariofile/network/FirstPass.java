package backprop.examples.scenariofile.network;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.scenariofile.printed.PrintedQuantity.Symbol;
import backprop.examples.scenariofile.printed.PrintedQuantity.Term;

/**
 * The quantities of issue 21's grammar read off the first example's first forward and backward pass under a
 * method (so that each catalogued variation, the loss's constant, softmax's diagonal, the bias left out of z,
 * ReLU'(0), the printed rounding, changes them as it changes the pass): one output's loss term L[k], the error
 * e = y − a, F'(z) = ∂a/∂z, Wᵀδ, and ∂P/∂Q by the δ recursion started at P ({@link Network#backwardFrom}).
 */
final class FirstPass {
    private final Network network;
    private final Example example;
    private final Method method;
    private final ForwardPass forward;

    FirstPass(Network network, Example example, Method method) {
        this.network = network;
        this.example = example;
        this.method = method;
        this.forward = network.forward(example.x(), method);
    }

    /** The value of one of issue 21's quantities; an IllegalArgumentException for any other. */
    double value(PrintedQuantity quantity) {
        int l = network.depth();
        if (quantity instanceof PrintedQuantity.LossTerm t) {
            return term(method.loss(), forward.output(), example.y(), t.output() - 1);
        }
        if (quantity instanceof PrintedQuantity.OutputError e) {
            // Hagan's e = t − a
            return example.y()[e.output() - 1] - forward.output()[e.output() - 1];
        }
        if (quantity instanceof PrintedQuantity.InputValue x) {
            return example.x()[x.index() - 1];
        }
        if (quantity instanceof PrintedQuantity.Slope s) {
            // F'(z)[i,j] = ∂a_i/∂z_j: the pass from a_i, read at z_j
            return seededOnA(s.layer(), s.row()).delta(s.layer())[s.column() - 1];
        }
        if (quantity instanceof PrintedQuantity.WeightedDelta w) {
            return network.backward(forward, example.y(), method).upstream(w.layer())[w.index() - 1];
        }
        if (quantity instanceof PrintedQuantity.Derivative d) {
            return derivative(d.of(), d.by(), l);
        }
        throw new IllegalArgumentException("the first pass does not give " + quantity.label());
    }

    /**
     * ∂P/∂Q from ∂P/∂z^(n) and ∂P/∂a^(n) of the pass started at P: ∂P/∂W_rc = ∂P/∂z_r · a^(n−1)_c, ∂P/∂b_r =
     * ∂P/∂z_r (Σ_r for a shared bias).
     */
    private double derivative(Term of, Term by, int l) {
        if (by.symbol() == Symbol.LOSS || by.symbol() == Symbol.LOSS_TERM) {
            return 1.0; // dL/dL, dL[k]/dL[k]: the grammar admits no other
        }
        if (of.symbol() == Symbol.Z) {
            return fromZ(of, by);
        }
        int top = of.symbol() == Symbol.A ? of.layer() : l;
        BackwardPass pass = switch (of.symbol()) {
            case LOSS -> network.backward(forward, example.y(), method);
            case LOSS_TERM -> network.backwardFrom(forward, l, only(method.loss().gradient(forward.output(),
                    example.y()), of.row()), method);
            default -> seededOnA(of.layer(), of.row());
        };
        return switch (by.symbol()) {
            case A -> by.layer() == top ? pass.lossGradient()[by.row() - 1] : pass.upstream(by.layer() + 1)[by.row() - 1];
            case X -> pass.upstream(1)[by.row() - 1];
            case Z -> pass.delta(by.layer())[by.row() - 1];
            case W -> pass.delta(by.layer())[by.row() - 1] * forward.a(by.layer() - 1)[by.column() - 1];
            default -> bias(pass.delta(by.layer()), by);
        };
    }

    /** ∂z^(m)_i/∂Q: 1 for z_i itself, W^(m)_i· for a^(m−1), a^(m−1)_c for W_ic, 1 for b_i; below, the pass from there. */
    private double fromZ(Term of, Term by) {
        int m = of.layer();
        double[] w = network.layer(m).weights().toArray()[of.row() - 1];
        if (by.layer() == m) { // x has layer 0
            return switch (by.symbol()) {
                case Z, B -> 1.0;
                default -> forward.a(m - 1)[by.column() - 1]; // W: z_i = Σ_c W_ic a_c + b_i
            };
        }
        if (by.symbol() == Symbol.X && m == 1 || by.symbol() == Symbol.A && by.layer() == m - 1) {
            return w[by.row() - 1];
        }
        BackwardPass pass = network.backwardFrom(forward, m - 1, w, method);
        return switch (by.symbol()) {
            case A -> pass.upstream(by.layer() + 1)[by.row() - 1];
            case X -> pass.upstream(1)[by.row() - 1];
            case Z -> pass.delta(by.layer())[by.row() - 1];
            case W -> pass.delta(by.layer())[by.row() - 1] * forward.a(by.layer() - 1)[by.column() - 1];
            default -> bias(pass.delta(by.layer()), by);
        };
    }

    private double bias(double[] dz, Term b) {
        if (network.layer(b.layer()).biasLayout() == BiasLayout.PER_NEURON) {
            return dz[b.row() - 1];
        }
        double sum = 0.0;
        for (double d : dz) {
            sum += d;
        }
        return sum;
    }

    private BackwardPass seededOnA(int layer, int unit) {
        double[] seed = new double[network.layer(layer).outputSize()];
        seed[unit - 1] = 1.0;
        return network.backwardFrom(forward, layer, seed, method);
    }

    /** ∂L/∂a with every entry but output k's set to 0: each output's term depends on its own a alone. */
    private static double[] only(double[] gradient, int k) {
        double[] g = new double[gradient.length];
        g[k - 1] = gradient[k - 1];
        return g;
    }

    /**
     * Output k's own term of L (L = Σ_k L[k]), as {@link Loss} defines L: (a − y)², ½(a − y)², (a − y)²/m,
     * −[y ln a + (1 − y) ln(1 − a)], −y ln a.
     */
    static double term(Loss loss, double[] a, double[] y, int k) {
        double d = a[k] - y[k];
        return switch (loss) {
            case SUM_SQUARED_ERROR -> d * d;
            case HALF_SUM_SQUARED_ERROR -> 0.5 * d * d;
            case MEAN_SQUARED_ERROR -> d * d / a.length;
            case BINARY_CROSS_ENTROPY -> -(y[k] * Math.log(a[k]) + (1 - y[k]) * Math.log(1 - a[k]));
            case CATEGORICAL_CROSS_ENTROPY -> -y[k] * Math.log(a[k]);
        };
    }
}

package backprop.core.textbook;

import backprop.core.function.Activation;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;

/**
 * 003's Algorithm 1 for one example, written out in loops, with the method's hooks: the bias may be left out of
 * z, and each named intermediate is rounded as it is produced. Also the two pieces of Algorithm 2 that depend on
 * the method, δ and the upstream gradient, used by {@link TextbookStep}.
 */
public final class TextbookPass {
    private TextbookPass() {
    }

    /**
     * The forward values of one example: z[k][i] and a[k][i] for k = 1…l (index k), a[0] = x.
     */
    record Forward(double[][] z, double[][] a) {
        double[] output() {
            return a[a.length - 1];
        }
    }

    /** h^0 = x; for k = 1…l: z^(k) = W^(k) h^(k−1) (+ b^(k)), h^(k) = g(z^(k)). */
    static Forward forward(Parameters p, double[] x, Method method) {
        int l = p.depth();
        double[][] z = new double[l + 1][];
        double[][] a = new double[l + 1][];
        a[0] = x.clone();
        for (int k = 1; k <= l; k++) {
            z[k] = new double[p.width(k)];
            for (int i = 0; i < z[k].length; i++) {
                // z_i = Σ_j W_ij a_j + b_i
                double sum = 0.0;
                for (int j = 0; j < a[k - 1].length; j++) {
                    sum += p.w[k - 1][i][j] * a[k - 1][j];
                }
                z[k][i] = round(method, Kind.Z, k, i, method.biasInForward() ? sum + p.bias(k, i) : sum);
            }
            a[k] = p.g[k - 1].forward(z[k]);
            for (int i = 0; i < a[k].length; i++) {
                a[k][i] = round(method, Kind.A, k, i, a[k][i]);
            }
        }
        return new Forward(z, a);
    }

    /**
     * δ^(k) = J_g(z^(k))ᵀ · upstream, J the local gradient ∂a_i/∂z_j; with the DIAGONAL softmax rule only
     * δ_i = J_ii · upstream_i. For an element-wise g, J is diagonal and both rules agree.
     */
    static double[] delta(Parameters p, int k, Forward f, double[] upstream, Method method) {
        Activation g = p.g[k - 1];
        double[][] localGradient = g.jacobian(f.z()[k], f.a()[k], method.conventions());
        fromPrintedActivations(g, k, f.a()[k], localGradient, method);
        boolean diagonal = g == Activation.SOFTMAX && method.softmax() == SoftmaxBackward.DIAGONAL;
        double[] delta = new double[upstream.length];
        for (int j = 0; j < delta.length; j++) {
            double sum = 0.0;
            for (int i = 0; i < delta.length; i++) {
                if (!diagonal || i == j) {
                    sum += upstream[i] * localGradient[i][j];
                }
            }
            delta[j] = round(method, Kind.DELTA, k, j, sum);
        }
        return delta;
    }

    /**
     * A hand computation reads g'(z) off the printed activation, σ' = a(1 − a) and tanh' = 1 − a², so where a_i of
     * layer k is rounded its local gradient is taken from the rounded a_i, not from z (004 prints h13 = 0.89 and
     * uses 0.89·0.11 = 0.0979, where σ'(z) at the exact z is 0.0972). Unrounded, both are g'(z).
     */
    private static void fromPrintedActivations(Activation g, int k, double[] a, double[][] localGradient,
                                               Method method) {
        if (g != Activation.SIGMOID && g != Activation.TANH) {
            return;
        }
        for (int i = 0; i < a.length; i++) {
            if (method.rounding().decimals().containsKey(new Intermediate(Kind.A, k, i + 1))) {
                localGradient[i][i] = g == Activation.SIGMOID ? a[i] * (1 - a[i]) : 1 - a[i] * a[i];
            }
        }
    }

    /** ∂L/∂a^(k−1) = W^(k)ᵀ δ^(k): upstream_j = Σ_i W_ij δ_i, with W as it is now. */
    static double[] upstream(Parameters p, int k, double[] delta) {
        double[] upstream = new double[p.width(k - 1)];
        for (int j = 0; j < upstream.length; j++) {
            for (int i = 0; i < delta.length; i++) {
                upstream[j] += p.w[k - 1][i][j] * delta[i];
            }
        }
        return upstream;
    }

    private static double round(Method method, Kind kind, int layer, int i, double value) {
        return method.rounding().apply(new Intermediate(kind, layer, i + 1), value);
    }
}

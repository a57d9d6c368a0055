package backprop.export.runtime;

import java.util.Arrays;
import java.util.Locale;

/**
 * The activations a notebook gives, g and g′, written here again rather than taken from the engine: this package
 * is all of the workbook a student's kernel and grading process hold (the runtime jar), and the engine would answer
 * the questions for them. The same formulas, in the same floating-point order, as core's {@code Activation} and
 * {@code Scalars}, which {@code GivenTest} checks entry for entry: the same names ("identity", "sigmoid", "tanh",
 * "relu", "softmax", any case), the same stable forms where a naive one loses its digits or overflows.
 */
enum GivenActivation {
    /** a = z; g′(z) = 1. */
    IDENTITY {
        @Override
        double value(double z) {
            return z;
        }

        @Override
        double derivative(double z, double reluAtZero) {
            return 1.0;
        }
    },
    /**
     * a = σ(z) = 1/(1 + e^−z), as e^z/(1 + e^z) for z &lt; 0 so that e^−z cannot overflow (z = −1e10 gives 0, not
     * NaN); g′(z) = σ(z)(1 − σ(z)), as σ(z)·σ(−z), which keeps its digits where σ(z) rounds to 1 (z = 40: 4.25e-18,
     * where a(1 − a) gives 0).
     */
    SIGMOID {
        @Override
        double value(double z) {
            if (z >= 0) {
                return 1.0 / (1.0 + Math.exp(-z));
            }
            double e = Math.exp(z);
            return e / (1.0 + e);
        }

        @Override
        double derivative(double z, double reluAtZero) {
            return value(z) * value(-z);
        }
    },
    /** a = tanh z; g′(z) = 1 − tanh² z, as 1/cosh² z, which keeps its digits where tanh z rounds to ±1 (|z| ≳ 19). */
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double derivative(double z, double reluAtZero) {
            double c = Math.cosh(z);
            return 1.0 / (c * c);
        }
    },
    /** a = max(0, z); g′(z) = 1 for z &gt; 0, 0 for z &lt; 0, and at z = 0 the scenario's convention (0 or 1). */
    RELU {
        @Override
        double value(double z) {
            return Math.max(0.0, z);
        }

        @Override
        double derivative(double z, double reluAtZero) {
            if (z > 0) {
                return 1.0;
            }
            return z < 0 ? 0.0 : reluAtZero;
        }
    },
    /** a_i = e^{z_i} / Σ_j e^{z_j}; its Jacobian is full, ∂a_i/∂z_j = a_i(1_{i=j} − a_j) ({@link #jacobian}). */
    SOFTMAX {
        @Override
        double[] forward(double[] z) {
            // e^(z − max z): numerator and denominator scale by e^−max, a is unchanged and e^z cannot overflow
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double[] a = new double[z.length];
            double sum = 0.0;
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.exp(z[i] - max);
                sum += a[i];
            }
            for (int i = 0; i < z.length; i++) {
                a[i] /= sum;
            }
            return a;
        }

        @Override
        double[][] jacobian(double[] z, double reluAtZero) {
            double[] a = forward(z);
            double[][] j = new double[z.length][z.length];
            for (int r = 0; r < z.length; r++) {
                for (int c = 0; c < z.length; c++) {
                    j[r][c] = a[r] * ((r == c ? 1.0 : 0.0) - a[c]);
                }
            }
            return j;
        }

        @Override
        double value(double z) {
            throw new UnsupportedOperationException("softmax is not element-wise: a_i reads every z_j");
        }

        @Override
        double derivative(double z, double reluAtZero) {
            throw new UnsupportedOperationException("softmax is not element-wise: use its Jacobian");
        }
    };

    /** g(z) of an element-wise activation. */
    abstract double value(double z);

    /** g′(z) of an element-wise activation, {@code reluAtZero} the value taken for ReLU′(0). */
    abstract double derivative(double z, double reluAtZero);

    /** a = g(z) entry by entry, a fresh array (softmax, whose a_i reads every z_j, overrides it). */
    double[] forward(double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = value(z[i]);
        }
        return a;
    }

    /** J_ij = ∂a_i/∂z_j: diagonal g′(z_i) for an element-wise g. */
    double[][] jacobian(double[] z, double reluAtZero) {
        double[][] j = new double[z.length][z.length];
        for (int i = 0; i < z.length; i++) {
            j[i][i] = derivative(z[i], reluAtZero);
        }
        return j;
    }

    /** The activation named {@code name} (any case, spaces around it ignored), or an error listing the known names. */
    static GivenActivation named(String name) {
        for (GivenActivation g : values()) {
            if (g.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return g;
            }
        }
        throw new IllegalArgumentException("Given: unknown activation '" + name + "'; known: "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}

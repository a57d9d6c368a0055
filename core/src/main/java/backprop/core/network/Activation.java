package backprop.core.network;

import backprop.core.graph.Conventions;
import backprop.core.graph.Scalars;

import java.util.Locale;

/**
 * The activation g of a layer, a = g(z), with its backward rule ∂L/∂z = J_g(z)ᵀ · ∂L/∂a beside it.
 * For the element-wise activations J_g is diagonal and the rule is g'(z) ⊙ ∂L/∂a (003, Algorithm 2);
 * softmax's Jacobian is full, ∂a_i/∂z_j = a_i(1_{i=j} − a_j), and is used whole.
 */
public enum Activation {
    /** a = z; g'(z) = 1 (003's output layer ŷ = b + V·h). */
    IDENTITY {
        @Override
        public double[] forward(double[] z) {
            return z.clone();
        }

        @Override
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            return diagonal(z.length, i -> 1.0);
        }
    },
    /**
     * a = σ(z) = 1/(1 + e^−z); g'(z) = a(1 − a) (000, eq. 7; 002: "for the logistic function"), evaluated
     * as σ(z)σ(−z) so that it keeps its digits where a rounds to 1.
     */
    SIGMOID {
        @Override
        public double[] forward(double[] z) {
            double[] a = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                a[i] = Scalars.sigmoid(z[i]);
            }
            return a;
        }

        @Override
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            return diagonal(z.length, i -> Scalars.sigmoidDerivative(z[i]));
        }
    },
    /** a = tanh z; g'(z) = 1 − a² (000, eq. 9), evaluated as 1/cosh²(z) so that it keeps its digits where a rounds to ±1. */
    TANH {
        @Override
        public double[] forward(double[] z) {
            double[] a = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.tanh(z[i]);
            }
            return a;
        }

        @Override
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            return diagonal(z.length, i -> Scalars.tanhDerivative(z[i]));
        }
    },
    /** a = max(0, z); g'(z) = 1 for z &gt; 0, 0 for z &lt; 0, the convention at 0 (000, eq. 8). */
    RELU {
        @Override
        public double[] forward(double[] z) {
            double[] a = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.max(0.0, z[i]);
            }
            return a;
        }

        @Override
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            return diagonal(z.length, i -> Scalars.reluDerivative(z[i], conventions.reluAtZero()));
        }
    },
    /**
     * a_i = e^{z_i} / Σ_j e^{z_j} (004: ŷ = softmax(a_2)); ∂a_i/∂z_j = a_i(1_{i=j} − a_j). Every output
     * depends on every input, so the full Jacobian is used, never only its diagonal.
     */
    SOFTMAX {
        @Override
        public double[] forward(double[] z) {
            // Subtracting max z leaves a unchanged (numerator and denominator scale by e^−max) and keeps
            // e^z from overflowing.
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
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            double[][] j = new double[z.length][z.length];
            for (int r = 0; r < z.length; r++) {
                for (int c = 0; c < z.length; c++) {
                    j[r][c] = a[r] * ((r == c ? 1.0 : 0.0) - a[c]);
                }
            }
            return j;
        }

        @Override
        public double[] backward(double[] z, double[] a, double[] upstream, Conventions conventions) {
            // ∂L/∂z_j = Σ_i ∂L/∂a_i · a_i(1_{i=j} − a_j) = a_j (∂L/∂a_j − Σ_i a_i ∂L/∂a_i)
            double weighted = 0.0;
            for (int i = 0; i < a.length; i++) {
                weighted += a[i] * upstream[i];
            }
            double[] dz = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                dz[j] = a[j] * (upstream[j] - weighted);
            }
            return dz;
        }
    };

    /** a = g(z). {@code z} not modified. */
    public abstract double[] forward(double[] z);

    /** J_ij = ∂a_i/∂z_j at z, given a = g(z). */
    public abstract double[][] jacobian(double[] z, double[] a, Conventions conventions);

    /**
     * ∂L/∂z = Jᵀ · ∂L/∂a, given {@code upstream} = ∂L/∂a. For element-wise activations this is
     * g'(z_i)·upstream_i. Arguments not modified.
     */
    public double[] backward(double[] z, double[] a, double[] upstream, Conventions conventions) {
        double[][] j = jacobian(z, a, conventions);
        double[] dz = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            dz[i] = j[i][i] * upstream[i];
        }
        return dz;
    }

    /** The activation named {@code name} ("sigmoid", "ReLU", …), or an error listing the known names. */
    public static Activation named(String name) {
        for (Activation a : values()) {
            if (a.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; known: "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }

    private static double[][] diagonal(int n, java.util.function.IntToDoubleFunction d) {
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) {
            j[i][i] = d.applyAsDouble(i);
        }
        return j;
    }
}

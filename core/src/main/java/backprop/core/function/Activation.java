package backprop.core.function;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Conventions;
import backprop.core.graph.Scalars;

import java.util.Locale;

/**
 * The activation g of a layer, a = g(z), with its backward rule ∂L/∂z = J_g(z)ᵀ · ∂L/∂a beside it.
 * For the element-wise activations J_g is diagonal and the rule is g'(z) ⊙ ∂L/∂a (003, Algorithm 2);
 * softmax's Jacobian is full, ∂a_i/∂z_j = a_i(1_{i=j} − a_j), and is used whole.
 *
 * <p>Each rule is written once, on a slice {@code [from, from + length)} of arrays it writes into, so
 * that a batch of examples stored row after row (the benchmarks' matrix-product batch) needs no new arrays;
 * the array-returning forms used by the network wrap it.
 *
 * <p>Every form refuses a NaN or infinite argument with an {@link IllegalArgumentException} naming it (the
 * rule of {@link NonFiniteValueException}). A finite z gives a finite a for every g, and an element-wise
 * δ = g'(z)·∂L/∂a is finite since |g'| ≤ 1; only softmax's full product can overflow, and it is checked.
 */
public enum Activation {
    /** a = z; g'(z) = 1 (003's output layer ŷ = b + V·h). */
    IDENTITY {
        @Override
        double value(double z) {
            return z;
        }

        @Override
        double derivative(double z, Conventions conventions) {
            return 1.0;
        }
    },
    /**
     * a = σ(z) = 1/(1 + e^−z); g'(z) = a(1 − a) (000, eq. 7; 002: "for the logistic function"), evaluated
     * as σ(z)σ(−z) so that it keeps its digits where a rounds to 1.
     */
    SIGMOID {
        @Override
        double value(double z) {
            return Scalars.sigmoid(z);
        }

        @Override
        double derivative(double z, Conventions conventions) {
            return Scalars.sigmoidDerivative(z);
        }
    },
    /** a = tanh z; g'(z) = 1 − a² (000, eq. 9), evaluated as 1/cosh²(z) so that it keeps its digits where a rounds to ±1. */
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double derivative(double z, Conventions conventions) {
            return Scalars.tanhDerivative(z);
        }
    },
    /** a = max(0, z); g'(z) = 1 for z &gt; 0, 0 for z &lt; 0, the convention at 0 (000, eq. 8). */
    RELU {
        @Override
        double value(double z) {
            return Math.max(0.0, z);
        }

        @Override
        double derivative(double z, Conventions conventions) {
            return Scalars.reluDerivative(z, conventions.reluAtZero());
        }
    },
    /**
     * a_i = e^{z_i} / Σ_j e^{z_j} (004: ŷ = softmax(a_2)); ∂a_i/∂z_j = a_i(1_{i=j} − a_j). Every output
     * depends on every input, so the full Jacobian is used, never only its diagonal.
     */
    SOFTMAX {
        @Override
        void apply(double[] z, double[] a, int from, int length) {
            // Subtracting max z leaves a unchanged (numerator and denominator scale by e^−max) and keeps
            // e^z from overflowing.
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < from + length; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0.0;
            for (int i = from; i < from + length; i++) {
                a[i] = Math.exp(z[i] - max);
                sum += a[i];
            }
            for (int i = from; i < from + length; i++) {
                a[i] /= sum;
            }
        }

        @Override
        public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
            requireFinite("a", a, 0, a.length);
            double[][] j = new double[z.length][z.length];
            for (int r = 0; r < z.length; r++) {
                for (int c = 0; c < z.length; c++) {
                    j[r][c] = a[r] * ((r == c ? 1.0 : 0.0) - a[c]);
                }
            }
            return j;
        }

        @Override
        public void backward(double[] z, double[] a, double[] upstream, double[] delta, int from, int length,
                             Conventions conventions) {
            requireFinite("a", a, from, length);
            requireFinite("∂L/∂a", upstream, from, length);
            // ∂L/∂z_j = Σ_i ∂L/∂a_i · a_i(1_{i=j} − a_j) = a_j (∂L/∂a_j − Σ_i a_i ∂L/∂a_i)
            double weighted = 0.0;
            for (int i = from; i < from + length; i++) {
                weighted += a[i] * upstream[i];
            }
            for (int j = from; j < from + length; j++) {
                delta[j] = a[j] * (upstream[j] - weighted);
                if (!Double.isFinite(delta[j])) {
                    throw new NonFiniteValueException("softmax: δ[" + (j - from + 1) + "] = a_j(∂L/∂a_j − Σ_i a_i ∂L/∂a_i) = "
                            + a[j] + " · (" + upstream[j] + " − " + weighted + ") is " + delta[j]);
                }
            }
        }

        @Override
        double value(double z) {
            throw new UnsupportedOperationException("softmax is not element-wise: a_i reads every z_j");
        }

        @Override
        double derivative(double z, Conventions conventions) {
            throw new UnsupportedOperationException("softmax is not element-wise: use its Jacobian");
        }
    };

    /** g(z) of an element-wise activation. */
    abstract double value(double z);

    /** a = g(z) on the slice, z already checked: g(z_i) entry by entry (softmax, whose a_i reads every z_j, overrides it). */
    void apply(double[] z, double[] a, int from, int length) {
        for (int i = from; i < from + length; i++) {
            a[i] = value(z[i]);
        }
    }

    /**
     * a = g(z) on the slice {@code [from, from + length)}: writes {@code a} there, reads {@code z}.
     *
     * @throws IllegalArgumentException if a z_j is NaN or infinite (a finite z gives a finite a for every g)
     */
    public void forward(double[] z, double[] a, int from, int length) {
        requireFinite("z", z, from, length);
        apply(z, a, from, length);
    }

    /** g'(z) of an element-wise activation. */
    abstract double derivative(double z, Conventions conventions);

    /**
     * ∂L/∂z = Jᵀ · ∂L/∂a on the slice {@code [from, from + length)}, given {@code upstream} = ∂L/∂a there:
     * writes {@code delta}, reads the rest. For element-wise activations this is g'(z_i)·upstream_i, finite
     * since |g'| ≤ 1; softmax's full product can overflow and is checked.
     *
     * @throws IllegalArgumentException if an argument the rule reads (z and ∂L/∂a; a and ∂L/∂a for softmax) is
     *                                  not finite
     * @throws NonFiniteValueException  if softmax's δ overflows
     */
    public void backward(double[] z, double[] a, double[] upstream, double[] delta, int from, int length,
                         Conventions conventions) {
        requireFinite("z", z, from, length);
        requireFinite("∂L/∂a", upstream, from, length);
        for (int i = from; i < from + length; i++) {
            delta[i] = derivative(z[i], conventions) * upstream[i];
        }
    }

    /** Refuses a NaN or infinite argument, naming the activation, the argument and its entry (1-based in the slice). */
    void requireFinite(String argument, double[] v, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name().toLowerCase(Locale.ROOT) + ": " + argument + "["
                        + (i - from + 1) + "] is " + v[i]);
            }
        }
    }

    /** a = g(z), a fresh array. {@code z} not modified. */
    public double[] forward(double[] z) {
        double[] a = new double[z.length];
        forward(z, a, 0, z.length);
        return a;
    }

    /** ∂L/∂z = Jᵀ · ∂L/∂a, a fresh array, given {@code upstream} = ∂L/∂a. Arguments not modified. */
    public double[] backward(double[] z, double[] a, double[] upstream, Conventions conventions) {
        double[] delta = new double[z.length];
        backward(z, a, upstream, delta, 0, z.length, conventions);
        return delta;
    }

    /** J_ij = ∂a_i/∂z_j at z, given a = g(z): diagonal, g'(z_i), for the element-wise activations. */
    public double[][] jacobian(double[] z, double[] a, Conventions conventions) {
        requireFinite("z", z, 0, z.length);
        double[][] j = new double[z.length][z.length];
        for (int i = 0; i < z.length; i++) {
            j[i][i] = derivative(z[i], conventions);
        }
        return j;
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
}

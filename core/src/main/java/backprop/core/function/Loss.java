package backprop.core.function;

import backprop.core.NonFiniteValueException;

import java.util.Arrays;
import java.util.Locale;

/**
 * A loss L(a, y) of one example, with its gradient ∂L/∂a beside it. The constant factor is part of
 * every name: the documents use Σ(a − y)² (000, 004), ½ is common elsewhere, and a mean divides by the
 * number of outputs; unnamed factors are how published numbers silently disagree.
 *
 * <p>Every form checks its arguments (finite; probabilities in [0, 1] for the cross-entropies) and its
 * result (finite), following the rule of {@link NonFiniteValueException}: a bad argument is an
 * {@link IllegalArgumentException} naming it, a result that overflows a {@code NonFiniteValueException}.
 */
public enum Loss {
    /** L = Σ_j (a_j − y_j)² (000: C_0 = Σ (a_j^(L) − y_j)²; 004: squared error); ∂L/∂a_j = 2(a_j − y_j). */
    SUM_SQUARED_ERROR {
        @Override
        double sum(double[] a, double[] y, int from, int length) {
            double sum = 0.0;
            for (int j = from; j < from + length; j++) {
                double d = a[j] - y[j];
                sum += d * d;
            }
            return sum;
        }

        @Override
        void write(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = 2 * (a[j] - y[j]);
            }
        }
    },
    /** L = ½ Σ_j (a_j − y_j)²; ∂L/∂a_j = a_j − y_j. */
    HALF_SUM_SQUARED_ERROR {
        @Override
        double sum(double[] a, double[] y, int from, int length) {
            return 0.5 * SUM_SQUARED_ERROR.sum(a, y, from, length);
        }

        @Override
        void write(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = a[j] - y[j];
            }
        }
    },
    /** L = (1/m) Σ_j (a_j − y_j)² over the m outputs; ∂L/∂a_j = 2(a_j − y_j)/m. */
    MEAN_SQUARED_ERROR {
        @Override
        double sum(double[] a, double[] y, int from, int length) {
            return SUM_SQUARED_ERROR.sum(a, y, from, length) / length;
        }

        @Override
        void write(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = 2 * (a[j] - y[j]) / length;
            }
        }
    },
    /**
     * L = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)] (000, eq. 12); ∂L/∂a_j = −(y_j/a_j + (y_j − 1)/(1 − a_j))
     * (000, eq. 13). With a sigmoid output, ∂L/∂z = a − y (000, eq. 15).
     */
    BINARY_CROSS_ENTROPY {
        @Override
        double sum(double[] a, double[] y, int from, int length) {
            // A term whose weight y_j or 1 − y_j is 0 is skipped, not evaluated as 0·ln 0 = NaN: a
            // saturated correct prediction (a = 1, y = 1) costs 0, as 0·ln 0 = 0 by continuity.
            double sum = 0.0;
            for (int j = from; j < from + length; j++) {
                if (y[j] != 0.0) {
                    sum -= y[j] * Math.log(a[j]);
                }
                if (y[j] != 1.0) {
                    sum -= (1 - y[j]) * Math.log(1 - a[j]);
                }
            }
            return sum;
        }

        @Override
        void write(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                double fromY = y[j] == 0.0 ? 0.0 : y[j] / a[j];
                double fromOneMinusY = y[j] == 1.0 ? 0.0 : (y[j] - 1) / (1 - a[j]);
                g[j] = -(fromY + fromOneMinusY);
            }
        }

        @Override
        boolean takesProbabilities() {
            return true;
        }
    },
    /** L = −Σ_j y_j ln a_j; ∂L/∂a_j = −y_j/a_j. With a softmax output and Σy = 1, ∂L/∂z = a − y. */
    CATEGORICAL_CROSS_ENTROPY {
        @Override
        double sum(double[] a, double[] y, int from, int length) {
            double sum = 0.0;
            for (int j = from; j < from + length; j++) {
                if (y[j] != 0.0) {
                    sum -= y[j] * Math.log(a[j]);
                }
            }
            return sum;
        }

        @Override
        void write(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = y[j] == 0.0 ? 0.0 : -y[j] / a[j];
            }
        }

        @Override
        boolean takesProbabilities() {
            return true;
        }
    };

    /** L(a, y) on the slice, arguments already checked. */
    abstract double sum(double[] a, double[] y, int from, int length);

    /** ∂L/∂a on the slice into {@code g}, arguments already checked. */
    abstract void write(double[] a, double[] y, double[] g, int from, int length);

    /** Whether a and y are probabilities, each in [0, 1]: the cross-entropies take their logarithms. */
    boolean takesProbabilities() {
        return false;
    }

    /**
     * L(a, y) of one example whose outputs and targets are the slice {@code [from, from + length)} of
     * {@code a} and {@code y} (a batch stored row after row). Arguments not modified.
     *
     * @throws IllegalArgumentException if an a_j or y_j is not finite, or, for a cross-entropy, outside [0, 1]
     * @throws NonFiniteValueException  if L is infinite (a cross-entropy of a saturated wrong prediction, a = 1
     *                                  for y = 0) or overflows
     */
    public double value(double[] a, double[] y, int from, int length) {
        requireDomain(a, y, from, length);
        double value = sum(a, y, from, length);
        if (!Double.isFinite(value)) {
            throw new NonFiniteValueException(label() + ": L(a, y) is " + value + " at a = "
                    + slice(a, from, length) + ", y = " + slice(y, from, length));
        }
        return value;
    }

    /**
     * ∂L/∂a on the slice {@code [from, from + length)}: writes {@code g} there, reads {@code a} and {@code y}.
     *
     * @throws IllegalArgumentException as {@link #value(double[], double[], int, int)}
     * @throws NonFiniteValueException  if an entry is infinite (BCE at a = 0 for y = 1) or overflows
     */
    public void gradient(double[] a, double[] y, double[] g, int from, int length) {
        requireDomain(a, y, from, length);
        write(a, y, g, from, length);
        for (int j = from; j < from + length; j++) {
            if (!Double.isFinite(g[j])) {
                throw new NonFiniteValueException(label() + ": ∂L/∂a[" + (j - from + 1) + "] is " + g[j] + " at a["
                        + (j - from + 1) + "] = " + a[j] + ", y[" + (j - from + 1) + "] = " + y[j]);
            }
        }
    }

    private void requireDomain(double[] a, double[] y, int from, int length) {
        for (int j = from; j < from + length; j++) {
            requireArgument("a", j - from + 1, a[j]);
            requireArgument("y", j - from + 1, y[j]);
        }
    }

    private void requireArgument(String name, int entry, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(label() + ": " + name + "[" + entry + "] is " + v);
        }
        if (takesProbabilities() && !(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(label() + ": " + name + "[" + entry + "] = " + v
                    + " is outside [0, 1]; a cross-entropy takes probabilities");
        }
    }

    private String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String slice(double[] v, int from, int length) {
        return Arrays.toString(Arrays.copyOfRange(v, from, from + length));
    }

    /** L(a, y) for one example. Arguments not modified. */
    public double value(double[] a, double[] y) {
        return value(a, y, 0, a.length);
    }

    /** ∂L/∂a for one example, a fresh array. Arguments not modified. */
    public double[] gradient(double[] a, double[] y) {
        double[] g = new double[a.length];
        gradient(a, y, g, 0, a.length);
        return g;
    }

    /** The loss named {@code name} (e.g. "sum_squared_error"), or an error listing the known names. */
    public static Loss named(String name) {
        for (Loss l : values()) {
            if (l.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "'; known: "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}

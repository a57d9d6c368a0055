package backprop.core.network;

import java.util.Arrays;
import java.util.Locale;

/**
 * A loss L(a, y) of one example, with its gradient ∂L/∂a beside it. The constant factor is part of
 * every name: the documents use Σ(a − y)² (000, 004), ½ is common elsewhere, and a mean divides by the
 * number of outputs; unnamed factors are how published numbers silently disagree.
 */
public enum Loss {
    /** L = Σ_j (a_j − y_j)² (000: C_0 = Σ (a_j^(L) − y_j)²; 004: squared error); ∂L/∂a_j = 2(a_j − y_j). */
    SUM_SQUARED_ERROR {
        @Override
        public double value(double[] a, double[] y, int from, int length) {
            double sum = 0.0;
            for (int j = from; j < from + length; j++) {
                double d = a[j] - y[j];
                sum += d * d;
            }
            return sum;
        }

        @Override
        public void gradient(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = 2 * (a[j] - y[j]);
            }
        }
    },
    /** L = ½ Σ_j (a_j − y_j)²; ∂L/∂a_j = a_j − y_j. */
    HALF_SUM_SQUARED_ERROR {
        @Override
        public double value(double[] a, double[] y, int from, int length) {
            return 0.5 * SUM_SQUARED_ERROR.value(a, y, from, length);
        }

        @Override
        public void gradient(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = a[j] - y[j];
            }
        }
    },
    /** L = (1/m) Σ_j (a_j − y_j)² over the m outputs; ∂L/∂a_j = 2(a_j − y_j)/m. */
    MEAN_SQUARED_ERROR {
        @Override
        public double value(double[] a, double[] y, int from, int length) {
            return SUM_SQUARED_ERROR.value(a, y, from, length) / length;
        }

        @Override
        public void gradient(double[] a, double[] y, double[] g, int from, int length) {
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
        public double value(double[] a, double[] y, int from, int length) {
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
        public void gradient(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                double fromY = y[j] == 0.0 ? 0.0 : y[j] / a[j];
                double fromOneMinusY = y[j] == 1.0 ? 0.0 : (y[j] - 1) / (1 - a[j]);
                g[j] = -(fromY + fromOneMinusY);
            }
        }
    },
    /** L = −Σ_j y_j ln a_j; ∂L/∂a_j = −y_j/a_j. With a softmax output and Σy = 1, ∂L/∂z = a − y. */
    CATEGORICAL_CROSS_ENTROPY {
        @Override
        public double value(double[] a, double[] y, int from, int length) {
            double sum = 0.0;
            for (int j = from; j < from + length; j++) {
                if (y[j] != 0.0) {
                    sum -= y[j] * Math.log(a[j]);
                }
            }
            return sum;
        }

        @Override
        public void gradient(double[] a, double[] y, double[] g, int from, int length) {
            for (int j = from; j < from + length; j++) {
                g[j] = y[j] == 0.0 ? 0.0 : -y[j] / a[j];
            }
        }
    };

    /**
     * L(a, y) of one example whose outputs and targets are the slice {@code [from, from + length)} of
     * {@code a} and {@code y} (a batch stored row after row). Arguments not modified.
     */
    public abstract double value(double[] a, double[] y, int from, int length);

    /** ∂L/∂a on the slice {@code [from, from + length)}: writes {@code g} there, reads {@code a} and {@code y}. */
    public abstract void gradient(double[] a, double[] y, double[] g, int from, int length);

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

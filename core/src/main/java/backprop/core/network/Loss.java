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
        public double value(double[] a, double[] y) {
            double sum = 0.0;
            for (int j = 0; j < a.length; j++) {
                double d = a[j] - y[j];
                sum += d * d;
            }
            return sum;
        }

        @Override
        public double[] gradient(double[] a, double[] y) {
            double[] g = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                g[j] = 2 * (a[j] - y[j]);
            }
            return g;
        }
    },
    /** L = ½ Σ_j (a_j − y_j)²; ∂L/∂a_j = a_j − y_j. */
    HALF_SUM_SQUARED_ERROR {
        @Override
        public double value(double[] a, double[] y) {
            return 0.5 * SUM_SQUARED_ERROR.value(a, y);
        }

        @Override
        public double[] gradient(double[] a, double[] y) {
            double[] g = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                g[j] = a[j] - y[j];
            }
            return g;
        }
    },
    /** L = (1/m) Σ_j (a_j − y_j)² over the m outputs; ∂L/∂a_j = 2(a_j − y_j)/m. */
    MEAN_SQUARED_ERROR {
        @Override
        public double value(double[] a, double[] y) {
            return SUM_SQUARED_ERROR.value(a, y) / a.length;
        }

        @Override
        public double[] gradient(double[] a, double[] y) {
            double[] g = SUM_SQUARED_ERROR.gradient(a, y);
            for (int j = 0; j < g.length; j++) {
                g[j] /= a.length;
            }
            return g;
        }
    },
    /**
     * L = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)] (000, eq. 12); ∂L/∂a_j = −(y_j/a_j + (y_j − 1)/(1 − a_j))
     * (000, eq. 13). With a sigmoid output, ∂L/∂z = a − y (000, eq. 15).
     */
    BINARY_CROSS_ENTROPY {
        @Override
        public double value(double[] a, double[] y) {
            // A term whose weight y_j or 1 − y_j is 0 is skipped, not evaluated as 0·ln 0 = NaN: a
            // saturated correct prediction (a = 1, y = 1) costs 0, as 0·ln 0 = 0 by continuity.
            double sum = 0.0;
            for (int j = 0; j < a.length; j++) {
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
        public double[] gradient(double[] a, double[] y) {
            double[] g = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                double fromY = y[j] == 0.0 ? 0.0 : y[j] / a[j];
                double fromOneMinusY = y[j] == 1.0 ? 0.0 : (y[j] - 1) / (1 - a[j]);
                g[j] = -(fromY + fromOneMinusY);
            }
            return g;
        }
    },
    /** L = −Σ_j y_j ln a_j; ∂L/∂a_j = −y_j/a_j. With a softmax output and Σy = 1, ∂L/∂z = a − y. */
    CATEGORICAL_CROSS_ENTROPY {
        @Override
        public double value(double[] a, double[] y) {
            double sum = 0.0;
            for (int j = 0; j < a.length; j++) {
                if (y[j] != 0.0) {
                    sum -= y[j] * Math.log(a[j]);
                }
            }
            return sum;
        }

        @Override
        public double[] gradient(double[] a, double[] y) {
            double[] g = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                g[j] = y[j] == 0.0 ? 0.0 : -y[j] / a[j];
            }
            return g;
        }
    };

    /** L(a, y) for one example. Arguments not modified. */
    public abstract double value(double[] a, double[] y);

    /** ∂L/∂a for one example. Arguments not modified. */
    public abstract double[] gradient(double[] a, double[] y);

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

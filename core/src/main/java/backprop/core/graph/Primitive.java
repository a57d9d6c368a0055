package backprop.core.graph;

/**
 * The operations a node can apply, each with its forward rule u = f(a) and, beside it, its local
 * derivative ∂f/∂a_k: the only two facts back-propagation needs of an operation.
 *
 * <p>Subtraction, negation, division and the reciprocal are not primitives: {@link Graph} builds them
 * as a − b = a + (−1)·b and a / b = a · b^(−1), so the graph shows the same gates as 003's sigmoid
 * example (·(−1), exp, +1, 1/x).
 */
public enum Primitive {
    /** A value fed in from outside, such as x; a leaf. */
    INPUT,
    /** A learnable value, such as w or b; a leaf. */
    PARAMETER,
    /** A fixed number, such as the −1 of ·(−1); a leaf. */
    CONSTANT,

    /** u = a_1 + … + a_n;  ∂u/∂a_k = 1 ("add gate distributes the same gradient"). */
    ADD {
        @Override
        double forward(double[] a, double exponent) {
            double sum = 0;
            for (double v : a) {
                sum += v;
            }
            return sum;
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return 1.0;
        }
    },
    /** u = a_1 · a_2;  ∂u/∂a_1 = a_2, ∂u/∂a_2 = a_1 ("multiplier gate switches the gradient"). */
    MULTIPLY {
        @Override
        double forward(double[] a, double exponent) {
            return a[0] * a[1];
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return a[1 - k];
        }
    },
    /** u = a^p for a constant p;  ∂u/∂a = p · a^(p−1). With p = −1 this is 003's "1/x → −1/x²". */
    POWER {
        @Override
        double forward(double[] a, double exponent) {
            return Math.pow(a[0], exponent);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return exponent * Math.pow(a[0], exponent - 1);
        }
    },
    /** u = e^a;  ∂u/∂a = e^a = u. */
    EXP {
        @Override
        double forward(double[] a, double exponent) {
            return Math.exp(a[0]);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return u;
        }
    },
    /** u = ln a;  ∂u/∂a = 1/a (000, eq. 11). */
    LOG {
        @Override
        double forward(double[] a, double exponent) {
            return Math.log(a[0]);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return 1.0 / a[0];
        }
    },
    /**
     * u = σ(a) = 1 / (1 + e^−a);  ∂u/∂a = σ(a)(1 − σ(a)) (000, eq. 7), evaluated as σ(a)·σ(−a), the same
     * number since 1 − σ(a) = σ(−a): at a = 40, σ(a) rounds to 1 and u(1 − u) gives 0, while σ(a)σ(−a)
     * gives the true 4.25e-18.
     */
    SIGMOID {
        @Override
        double forward(double[] a, double exponent) {
            return Scalars.sigmoid(a[0]);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return Scalars.sigmoidDerivative(a[0]);
        }
    },
    /** u = tanh a;  ∂u/∂a = 1 − tanh²(a) (000, eq. 9), evaluated as 1/cosh²(a) (see Scalars). */
    TANH {
        @Override
        double forward(double[] a, double exponent) {
            return Math.tanh(a[0]);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return Scalars.tanhDerivative(a[0]);
        }
    },
    /** u = max(0, a);  ∂u/∂a = 1 for a &gt; 0, 0 for a &lt; 0, and the named convention at a = 0. */
    RELU {
        @Override
        double forward(double[] a, double exponent) {
            return Math.max(0.0, a[0]);
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            return Scalars.reluDerivative(a[0], conventions.reluAtZero());
        }

        /** At a = 0: 0 from the left, 1 from the right. */
        @Override
        boolean atKink(double[] a, double u) {
            return a[0] == 0.0;
        }
    },
    /**
     * u = max(a_1, …, a_n);  ∂u/∂a_k = 1 for the maximal argument, 0 for the others ("max gate
     * routes the gradient"); a tie is settled by {@link Conventions.MaxTie}.
     */
    MAX {
        @Override
        double forward(double[] a, double exponent) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : a) {
                max = Math.max(max, v);
            }
            return max;
        }

        @Override
        double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
            if (a[k] != u) {
                return 0.0;
            }
            int ties = 0;
            int first = -1;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == u) {
                    ties++;
                    if (first < 0) {
                        first = i;
                    }
                }
            }
            return switch (conventions.maxTie()) {
                case FIRST -> k == first ? 1.0 : 0.0;
                case SPLIT_EVENLY -> 1.0 / ties;
            };
        }

        /** The maximum attained by two or more arguments: each of them 0 from the left, 1 from the right. */
        @Override
        boolean atKink(double[] a, double u) {
            int ties = 0;
            for (double v : a) {
                if (v == u) {
                    ties++;
                }
            }
            return ties > 1;
        }

        @Override
        boolean kinkedArgument(double[] a, double u, int k) {
            return a[k] == u;
        }
    };

    /** True for INPUT, PARAMETER and CONSTANT: nodes whose value is set, not computed. */
    public boolean isLeaf() {
        return this == INPUT || this == PARAMETER || this == CONSTANT;
    }

    /** u = f(a); {@code exponent} is used by POWER only. */
    double forward(double[] a, double exponent) {
        throw new UnsupportedOperationException(name() + " is a leaf: its value is set, not computed");
    }

    /** True where the derivative does not exist at the arguments a (u = f(a)); false for smooth primitives. */
    boolean atKink(double[] a, double u) {
        return false;
    }

    /**
     * At a kink, whether argument k's local gradient is one-sided (ranges over [0, 1]): every argument unless
     * the primitive says otherwise (ReLU's one argument is; of a max, only the tied ones are).
     */
    boolean kinkedArgument(double[] a, double u, int k) {
        return true;
    }

    /** ∂f/∂a_k at the arguments a, where u = f(a) is passed in so that rules such as e^a can reuse it. */
    double localGradient(double[] a, double u, double exponent, int k, Conventions conventions) {
        throw new UnsupportedOperationException(name() + " is a leaf: it has no arguments");
    }
}

package backprop.core.graph;

/** The scalar functions that both engines share, written once so that they cannot drift apart. */
public final class Scalars {
    private Scalars() {
    }

    /**
     * σ(z) = 1 / (1 + e^−z), evaluated as e^z / (1 + e^z) for negative z so that e^−z cannot
     * overflow for large negative z.
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** ReLU'(z): 1 for z &gt; 0, 0 for z &lt; 0, the convention's value at z = 0. */
    public static double reluDerivative(double z, Conventions.ReluAtZero atZero) {
        if (z > 0) {
            return 1.0;
        }
        return z < 0 ? 0.0 : atZero.derivative();
    }
}

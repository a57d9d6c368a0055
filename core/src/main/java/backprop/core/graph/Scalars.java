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

    /**
     * σ'(z) = σ(z)(1 − σ(z)), evaluated as σ(z)·σ(−z): where σ(z) rounds to 1 (z ≳ 37) the first form
     * cancels to 0, the second keeps every digit (z = 40: 4.248e-18).
     */
    public static double sigmoidDerivative(double z) {
        return sigmoid(z) * sigmoid(-z);
    }

    /**
     * tanh'(z) = 1 − tanh²(z), evaluated as 1/cosh²(z): where tanh(z) rounds to ±1 (|z| ≳ 19) the first
     * form cancels to 0, the second keeps every digit (z = 20: 1.70e-17); past |z| ≈ 710 both are 0.
     */
    public static double tanhDerivative(double z) {
        double c = Math.cosh(z);
        return 1.0 / (c * c);
    }

    /** ReLU'(z): 1 for z &gt; 0, 0 for z &lt; 0, the convention's value at z = 0. */
    public static double reluDerivative(double z, Conventions.ReluAtZero atZero) {
        if (z > 0) {
            return 1.0;
        }
        return z < 0 ? 0.0 : atZero.derivative();
    }
}

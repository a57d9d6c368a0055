package backprop.examples.doc002;

/**
 * 002's formulas as written, every sum over neurons a loop, in its own indexing: W_jk^[i] from neuron j
 * of layer i−1 to neuron k of layer i, so {@code w[j][k]}. Indices are 0-based here; 002 numbers from 1.
 */
final class ErrorRecursion {
    private ErrorRecursion() {
    }

    /** "For the logistic function": g'(z_k^[i]) = a_k^[i](1 − a_k^[i]). */
    static double logisticDerivative(double a) {
        return a * (1 - a);
    }

    /**
     * For an output neuron ℓ of layer 𝓛: δ_ℓ^[𝓛] = ∂L/∂z_ℓ^[𝓛] = ∂L/∂a_ℓ^[𝓛] · ∂a_ℓ^[𝓛]/∂z_ℓ^[𝓛], with
     * ∂L/∂a_ℓ = 2(a_ℓ − y_ℓ) for L = Σ_ℓ (a_ℓ − y_ℓ)². Arguments not modified.
     */
    static double[] outputError(double[] a, double[] y) {
        double[] delta = new double[a.length];
        for (int l = 0; l < a.length; l++) {
            delta[l] = 2 * (a[l] - y[l]) * logisticDerivative(a[l]);
        }
        return delta;
    }

    /**
     * ∂L/∂W_kℓ^[𝓛] = ∂L/∂a_ℓ^[𝓛] · ∂a_ℓ^[𝓛]/∂z_ℓ^[𝓛] · ∂z_ℓ^[𝓛]/∂W_kℓ^[𝓛] = δ_ℓ^[𝓛] a_k^[𝓛−1], as
     * {@code [k][ℓ]}. Arguments not modified.
     */
    static double[][] outputWeightGradient(double[] delta, double[] below) {
        double[][] d = new double[below.length][delta.length];
        for (int k = 0; k < below.length; k++) {
            for (int l = 0; l < delta.length; l++) {
                d[k][l] = delta[l] * below[k];
            }
        }
        return d;
    }

    /**
     * ∂L/∂a_k^[i] = Σ_ℓ ∂L/∂z_ℓ^[i+1] ∂z_ℓ^[i+1]/∂a_k^[i] = Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1], for every k.
     *
     * @param deltaAbove δ^[i+1]. Not modified.
     * @param wAbove     W^[i+1] as 002 indexes it, {@code [k][ℓ]}. Not modified.
     */
    static double[] weightedErrors(double[] deltaAbove, double[][] wAbove) {
        double[] s = new double[wAbove.length];
        for (int k = 0; k < s.length; k++) {
            double sum = 0;
            for (int l = 0; l < deltaAbove.length; l++) {
                sum += deltaAbove[l] * wAbove[k][l];
            }
            s[k] = sum;
        }
        return s;
    }

    /**
     * ∂L/∂b_k^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]), which is also δ_k^[i] = ∂L/∂z_k^[i].
     * Arguments not modified.
     */
    static double[] biasGradient(double[] weighted, double[] a) {
        double[] d = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = weighted[k] * logisticDerivative(a[k]);
        }
        return d;
    }

    /**
     * ∂L/∂W_jk^[i] = (Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1]) g'(z_k^[i]) a_j^[i−1], as {@code [j][k]}, for a hidden
     * layer i. Arguments not modified.
     */
    static double[][] hiddenWeightGradient(double[] weighted, double[] a, double[] below) {
        double[][] d = new double[below.length][a.length];
        for (int j = 0; j < below.length; j++) {
            for (int k = 0; k < a.length; k++) {
                d[j][k] = weighted[k] * logisticDerivative(a[k]) * below[j];
            }
        }
        return d;
    }
}

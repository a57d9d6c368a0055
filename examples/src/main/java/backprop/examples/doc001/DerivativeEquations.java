package backprop.examples.doc001;

/**
 * 001's equations (2)–(4), (7), (10) and (11) as written, with every sum over nodes a loop, evaluated on
 * the values of one forward pass. Indices are 0-based here; the document numbers nodes from 1.
 *
 * <p>Two slips of the document are corrected, and only these: eq. (4) writes ∂z_j^(L)/∂w_jk^(L) =
 * ∂/∂w_k^(L) Σ_i w_ji^(L) a_i^(L−1) = a_j^(L−1), where the sum leaves a_k^(L−1) (w_jk comes from node k);
 * and the definition z_j^(L) = Σ_i w_ji^(L) a_i^(L) should read a_i^(L−1).
 */
final class DerivativeEquations {
    private DerivativeEquations() {
    }

    /** Eq. (2) for C0 = Σ_j (a_j^(L) − y_j)²: ∂C0/∂a_j^(L) = 2(a_j^(L) − y_j). Arguments not modified. */
    static double[] lossDerivative(double[] output, double[] y) {
        double[] d = new double[output.length];
        for (int j = 0; j < output.length; j++) {
            d[j] = 2 * (output[j] - y[j]);
        }
        return d;
    }

    /** Eq. (3) for the sigmoid g: ∂a_j/∂z_j = g'(z_j) = a_j(1 − a_j). */
    static double activationDerivative(double a) {
        return a * (1 - a);
    }

    /**
     * Eq. (11), of which (6) and (9) are the cases m = 1 and m = 2, with eq. (7)'s ∂z_k/∂a_j = w_kj:
     * ∂C0/∂a_j^(L−m) = Σ_k ∂C0/∂a_k^(L−m+1) · ∂a_k^(L−m+1)/∂z_k^(L−m+1) · w_kj^(L−m+1).
     *
     * @param above  ∂C0/∂a_k^(L−m+1) for every node k of the layer above. Not modified.
     * @param aAbove a_k^(L−m+1). Not modified.
     * @param w      w^(L−m+1), row k = to, column j = from. Not modified.
     */
    static double[] activationGradient(double[] above, double[] aAbove, double[][] w) {
        double[] d = new double[w[0].length];
        for (int j = 0; j < d.length; j++) {
            double sum = 0;
            for (int k = 0; k < above.length; k++) {
                sum += above[k] * activationDerivative(aAbove[k]) * w[k][j];
            }
            d[j] = sum;
        }
        return d;
    }

    /**
     * Eq. (10) with eq. (4) corrected, for every j, k:
     * ∂C0/∂w_jk^(L−m) = ∂C0/∂a_j^(L−m) · ∂a_j^(L−m)/∂z_j^(L−m) · a_k^(L−m−1).
     *
     * @param dCda   ∂C0/∂a_j^(L−m). Not modified.
     * @param a      a_j^(L−m). Not modified.
     * @param aBelow a_k^(L−m−1). Not modified.
     */
    static double[][] weightGradient(double[] dCda, double[] a, double[] aBelow) {
        double[][] d = new double[dCda.length][aBelow.length];
        for (int j = 0; j < dCda.length; j++) {
            for (int k = 0; k < aBelow.length; k++) {
                d[j][k] = dCda[j] * activationDerivative(a[j]) * aBelow[k];
            }
        }
        return d;
    }
}

package backprop.core.network;

import backprop.core.NonFiniteValueException;

/**
 * 003's vectorised example f(x, W) = ‖W·x‖² = Σ_i (W·x)_i², taken in two steps with their Jacobians:
 * m = W·x, then f = ‖m‖².
 *
 * <ul>
 *   <li>∂f/∂m_i = 2m_i, so ∇_m f = 2m;</li>
 *   <li>∂m_k/∂W_ij = 1_{k=i} x_j, so ∂f/∂W_ij = Σ_k 2m_k · 1_{k=i} x_j = 2 m_i x_j, i.e. ∇_W f = 2 m xᵀ;</li>
 *   <li>∂m_k/∂x_i = W_ki, so ∂f/∂x_i = Σ_k 2m_k W_ki, i.e. ∇_x f = 2 Wᵀ m.</li>
 * </ul>
 * Each gradient has the shape of its variable ("Dimensions of the variable and the gradient of the
 * variable have to be the same!").
 *
 * @param m             W·x
 * @param f             ‖m‖²
 * @param gradientM     ∇_m f = 2m
 * @param gradientW     ∇_W f, computed as Σ_k ∂f/∂m_k · ∂m_k/∂W_ij from the Jacobian below
 * @param gradientX     ∇_x f, computed as (∂m/∂x)ᵀ ∇_m f
 * @param jacobianMByX  ∂m_k/∂x_i = W_ki
 */
public record SquaredNormOfProduct(double[] m, double f, double[] gradientM, Matrix gradientW, double[] gradientX,
                                   Matrix jacobianMByX) {

    /**
     * Evaluates f and its gradients at W and x. Arguments not modified.
     *
     * @throws NonFiniteValueException if m, f, ∇_m f, ∇_W f or ∇_x f overflows, naming which and the entry
     */
    public static SquaredNormOfProduct at(Matrix w, double[] x) {
        double[] m = w.times(x);
        Network.requireFiniteEntries("‖W·x‖²: m", m, 0);
        double f = 0.0;
        double[] gradientM = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            f += m[i] * m[i];
            gradientM[i] = 2 * m[i];
        }
        // (∇_m f = 2m is finite whenever f = Σ m_i² is: |m_i| past 1.8e308/2 would overflow m_i² first)
        NonFiniteValueException.requireFinite(f, "‖W·x‖²: f = Σ m_i²");
        Matrix gradientW = Matrix.zeros(w.rows(), w.cols());
        for (int i = 0; i < w.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                double sum = 0.0;
                for (int k = 0; k < m.length; k++) {
                    sum += gradientM[k] * jacobianMByW(x, k, i, j);
                }
                gradientW.set(i, j, sum);
            }
        }
        Network.requireFiniteEntries("‖W·x‖²: ∇_W f", gradientW.data(), gradientW.cols());
        Matrix jacobianMByX = w.copy();
        double[] gradientX = jacobianMByX.transposeTimes(gradientM);
        Network.requireFiniteEntries("‖W·x‖²: ∇_x f", gradientX, 0);
        return new SquaredNormOfProduct(m, f, gradientM, gradientW, gradientX, jacobianMByX);
    }

    /** ∂m_k/∂W_ij = 1_{k=i} x_j. */
    public static double jacobianMByW(double[] x, int k, int i, int j) {
        return k == i ? x[j] : 0.0;
    }
}

package backprop.core.network;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 003's "Vectorized Back-Propagation Example": x = [0.1, 0.2], W = [[0.3, 0.4], [0.5, 0.6]]. Decimal
 * inputs are not binary fractions, so every comparison allows a few roundings on values ≤ 0.3.
 */
@DisplayName("Vectorized Back-Propagation Example: f = ‖W·x‖² (003)")
class SquaredNormOfProductTest {
    private final double[] x = {0.1, 0.2};
    private final Matrix w = Matrix.of(new double[][] {{0.3, 0.4}, {0.5, 0.6}});
    private final SquaredNormOfProduct f = SquaredNormOfProduct.at(w, x);

    @Test
    @DisplayName("m = W·x = [0.11, 0.17]")
    void m_isWTimesX() {
        // m_1 = 0.3·0.1 + 0.4·0.2 = 0.03 + 0.08 = 0.11;  m_2 = 0.5·0.1 + 0.6·0.2 = 0.05 + 0.12 = 0.17
        assertThat(f.m()).containsExactly(new double[] {0.11, 0.17}, within(FEW_ROUNDINGS_NEAR_ONE));
    }

    @Test
    @DisplayName("L_2(m) = 0.11² + 0.17² = 0.041")
    void f_isTheSquaredNorm() {
        // 0.0121 + 0.0289 = 0.041
        assertThat(f.f()).isCloseTo(0.041, within(FEW_ROUNDINGS_NEAR_ONE));
    }

    @Test
    @DisplayName("∇_m f = 2m = [0.22, 0.34]")
    void gradientM_isTwiceM() {
        assertThat(f.gradientM()).containsExactly(new double[] {0.22, 0.34}, within(FEW_ROUNDINGS_NEAR_ONE));
    }

    @Test
    @DisplayName("∂f/∂W_ij = Σ_k (2m_k)(1_{k=i} x_j) = 2m_i x_j: ∇_W f = [[0.022, 0.044], [0.034, 0.068]]")
    void gradientW_isTwiceMTimesXTransposed() {
        // 2·0.11·0.1 = 0.022, 2·0.11·0.2 = 0.044;  2·0.17·0.1 = 0.034, 2·0.17·0.2 = 0.068
        double[][] g = f.gradientW().toArray();
        assertThat(f.gradientW().shape()).as("the gradient has W's shape").isEqualTo(w.shape());
        assertThat(g[0]).containsExactly(new double[] {0.022, 0.044}, within(FEW_ROUNDINGS_NEAR_ONE));
        assertThat(g[1]).containsExactly(new double[] {0.034, 0.068}, within(FEW_ROUNDINGS_NEAR_ONE));
    }

    @Test
    @DisplayName("∂m_k/∂W_ij = 1_{k=i} x_j")
    void jacobianMByW_isAnIndicatorTimesX() {
        // k = i = 1, j = 2: x_2 = 0.2;  k = 2 ≠ i = 1: 0 (0-based arguments)
        assertThat(SquaredNormOfProduct.jacobianMByW(x, 0, 0, 1)).isEqualTo(0.2);
        assertThat(SquaredNormOfProduct.jacobianMByW(x, 1, 0, 1)).isEqualTo(0.0);
    }

    @Test
    @DisplayName("∂f/∂x_i = Σ_k (2m_k)(W_k,i): ∇_x f = 2Wᵀm = [0.236, 0.292]")
    void gradientX_isTwiceWTransposedTimesM() {
        // ∂m_k/∂x_i = W_ki, so the Jacobian is W itself.
        // 2(0.3·0.11 + 0.5·0.17) = 2(0.033 + 0.085) = 2·0.118 = 0.236
        // 2(0.4·0.11 + 0.6·0.17) = 2(0.044 + 0.102) = 2·0.146 = 0.292
        assertThat(f.jacobianMByX()).isEqualTo(w);
        assertThat(f.gradientX()).containsExactly(new double[] {0.236, 0.292}, within(FEW_ROUNDINGS_NEAR_ONE));
    }
}

package backprop.core.network;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Matrix: a shape past what one array holds is refused by name, not by a stray array error")
class MatrixLimitsTest {

    @Test
    @DisplayName("50,000 × 50,000 = 2.5e9 entries: an IllegalArgumentException naming the shape, not NegativeArraySizeException")
    void fiftyThousandSquared_isRefusedNamingTheShape() {
        assertThatThrownBy(() -> Matrix.zeros(50_000, 50_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Matrix: shape 50000×50000 has 2500000000 entries; one matrix holds at most 2147483639");
    }

    @Test
    @DisplayName("65,536 × 65,536 = 2^32 wraps to 0 as an int: refused, not a silently empty matrix")
    void wrapToZero_isRefused() {
        assertThatThrownBy(() -> Matrix.zeros(65_536, 65_536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536×65536 has 4294967296 entries");
    }

    @Test
    @DisplayName("46,341² is the first square past the limit; an outer product of that size is refused the same way")
    void firstSquarePastTheLimit_isRefused() {
        assertThatThrownBy(() -> Matrix.zeros(46_341, 46_341)).hasMessageContaining("2147488281 entries");
        assertThatThrownBy(() -> Matrix.outer(new double[46_341], new double[46_341]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("46341×46341");
        assertThat(Matrix.zeros(1, 1_000).data()).hasSize(1_000);
    }
}

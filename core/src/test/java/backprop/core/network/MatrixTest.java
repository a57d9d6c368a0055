package backprop.core.network;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Matrix: the three products of the layer-wise form (003, Algorithms 1 and 2)")
class MatrixTest {
    //     [1 2 3]
    // W = [4 5 6], 2×3; every product below is of small integers, so exact in binary.
    private final Matrix w = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    @Nested
    @DisplayName("Forward: a^k = W^k h^(k−1), y_i = Σ_j W_ij x_j")
    class Times {
        @Test
        @DisplayName("W·x on small integers, exactly")
        void times_isTheRowByColumnSum() {
            // y_1 = 1·1 + 2·2 + 3·3 = 14; y_2 = 4·1 + 5·2 + 6·3 = 32
            assertThat(w.times(new double[] {1, 2, 3})).containsExactly(14, 32);
        }

        @Test
        @DisplayName("x is not modified")
        void times_doesNotModifyItsArgument() {
            double[] x = {1, 2, 3};
            w.times(x);
            assertThat(x).containsExactly(1, 2, 3);
        }
    }

    @Nested
    @DisplayName("Backward: g ← W^(k)ᵀ g, y_j = Σ_i W_ij g_i")
    class TransposeTimes {
        @Test
        @DisplayName("Wᵀ·g on small integers, exactly")
        void transposeTimes_sumsDownEachColumn() {
            // y_1 = 1·1 + 4·2 = 9; y_2 = 2·1 + 5·2 = 12; y_3 = 3·1 + 6·2 = 15
            assertThat(w.transposeTimes(new double[] {1, 2})).containsExactly(9, 12, 15);
        }
    }

    @Nested
    @DisplayName("∇_{W^k} J = g h^(k−1)ᵀ is an outer product")
    class Outer {
        @Test
        @DisplayName("a·bᵀ has entries a_i b_j and shape |a|×|b|")
        void outer_multipliesEveryPair() {
            // [1]             [1·3 1·4 1·5]   [3 4  5]
            // [2]·[3 4 5]  =  [2·3 2·4 2·5] = [6 8 10]
            Matrix c = Matrix.outer(new double[] {1, 2}, new double[] {3, 4, 5});
            assertThat(c.shape()).isEqualTo("2×3");
            assertThat(c.toArray()).isDeepEqualTo(new double[][] {{3, 4, 5}, {6, 8, 10}});
        }
    }

    @Nested
    @DisplayName("Shape errors name both shapes (\"Dimensions … have to be the same!\", 003)")
    class ShapeErrors {
        @Test
        @DisplayName("W·x with x of the wrong length")
        void times_rejectsAVectorOfTheWrongLength() {
            assertThatThrownBy(() -> w.times(new double[] {1, 2}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("times: matrix is 2×3, vector has 2 entries");
        }

        @Test
        @DisplayName("Wᵀ·g with g of the wrong length")
        void transposeTimes_rejectsAVectorOfTheWrongLength() {
            assertThatThrownBy(() -> w.transposeTimes(new double[] {1, 2, 3}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("transposeTimes: matrix is 2×3, vector has 3 entries");
        }
    }

    @Nested
    @DisplayName("Matrix.of checks what it copies")
    class Of {
        @Test
        @DisplayName("ragged rows are rejected, naming the row")
        void of_rejectsRaggedRows() {
            assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2 has 1 entries, row 1 has 2");
        }

        @Test
        @DisplayName("NaN is rejected, naming the entry")
        void of_rejectsNaNNamingTheEntry() {
            assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {Double.NaN, 4}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry (2,1) is NaN");
        }

        @Test
        @DisplayName("an infinite entry is rejected too")
        void of_rejectsInfinity() {
            assertThatThrownBy(() -> Matrix.of(new double[][] {{1, Double.POSITIVE_INFINITY}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("entry (1,2) is Infinity");
        }

        @Test
        @DisplayName("the rows are copied: changing them later does not change the matrix")
        void of_copiesItsArgument() {
            double[][] rows = {{1, 2}, {3, 4}};
            Matrix m = Matrix.of(rows);
            rows[0][0] = 99;
            assertThat(m.get(0, 0)).isEqualTo(1.0);
        }
    }
}

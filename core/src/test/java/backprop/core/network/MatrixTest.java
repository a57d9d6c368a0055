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

    @Nested
    @DisplayName("Shapes and indices outside the matrix are errors that name them")
    class Outside {
        @Test
        @DisplayName("a shape with no rows or no columns is refused: 0×3, 3×0, −1×2")
        void zeros_refusesEmptyShapes() {
            for (int[] shape : new int[][] {{0, 3}, {3, 0}, {-1, 2}}) {
                assertThatThrownBy(() -> Matrix.zeros(shape[0], shape[1]))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("shape " + shape[0] + "×" + shape[1] + " is empty");
            }
            assertThat(Matrix.zeros(1, 1).data()).containsExactly(0.0);
        }

        @Test
        @DisplayName("Matrix.of refuses no rows at all, and no array")
        void of_refusesNoRows() {
            assertThatThrownBy(() -> Matrix.of(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no rows or no columns");
            assertThatThrownBy(() -> Matrix.of(new double[0][])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no rows or no columns");
            assertThatThrownBy(() -> Matrix.of(new double[][] {{}})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no rows or no columns");
        }

        @Test
        @DisplayName("get and set outside 0…rows−1, 0…cols−1 name the shape and the index, even where the array goes on")
        void index_outsideTheShape_isNamed() {
            // W is 2×3: (0, 3) would be entry 3 of the backing array, W_21, were columns not checked.
            for (int[] ij : new int[][] {{2, 0}, {0, 3}, {-1, 0}, {0, -1}}) {
                String message = "Matrix 2×3: no element (" + ij[0] + ", " + ij[1] + ")";
                assertThatThrownBy(() -> w.get(ij[0], ij[1])).isInstanceOf(IndexOutOfBoundsException.class)
                        .hasMessageContaining(message);
                assertThatThrownBy(() -> w.set(ij[0], ij[1], 7)).isInstanceOf(IndexOutOfBoundsException.class)
                        .hasMessageContaining(message);
            }
            assertThat(w.get(1, 2)).isEqualTo(6.0);
        }
    }

    @Nested
    @DisplayName("A value: equal entries and shape make equal matrices, printed row by row")
    class Value {
        @Test
        @DisplayName("equal matrices have equal hash codes; the same entries in another shape are another matrix")
        void equalsAndHashCode() {
            Matrix same = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
            assertThat(same).isEqualTo(w).hasSameHashCodeAs(w);
            Matrix row = Matrix.of(new double[][] {{1, 2}});
            Matrix column = Matrix.of(new double[][] {{1}, {2}});
            assertThat(row).isNotEqualTo(column);
            assertThat(row.hashCode()).as("the shape is part of the hash").isNotEqualTo(column.hashCode());
        }

        @Test
        @DisplayName("toString prints the rows: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]")
        void toString_printsTheRows() {
            assertThat(w).hasToString("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]");
        }
    }
}

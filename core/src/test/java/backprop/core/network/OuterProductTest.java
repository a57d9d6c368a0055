package backprop.core.network;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("OuterProduct: ∂L/∂W = δ·hᵀ for one example, on one thread or split across two")
class OuterProductTest {

    @ParameterizedTest(name = "split across threads: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("d = [1, 2], h = [3, 4, 5]: C = [[3, 4, 5], [6, 8, 10]], by hand")
    void byHand(boolean parallel) {
        double[] c = new double[6];
        new OuterProduct(parallel).write(new double[] {1, 2}, new double[] {3, 4, 5}, 2, 3, c);
        assertThat(c).containsExactly(3, 4, 5, 6, 8, 10);
    }

    @ParameterizedTest(name = "split across threads: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("a C large enough to be split (601 × 300), 30 calls on one instance: every c_ij is d_i·h_j exactly")
    void largeAndReused(boolean parallel) {
        // c_ij = d_i·h_j is one IEEE multiplication, correctly rounded whoever performs it: equality is exact.
        int rows = 601;
        int cols = 300;
        assertThat((long) rows * cols).isGreaterThanOrEqualTo(OuterProduct.PARALLEL_ENTRIES);
        Random random = new Random(30);
        OuterProduct outer = new OuterProduct(parallel);
        double[] c = new double[rows * cols];
        for (int call = 0; call < 30; call++) {
            double[] d = random.doubles(rows, -1, 1).toArray();
            double[] h = random.doubles(cols, -1, 1).toArray();
            java.util.Arrays.fill(c, Double.NaN);
            outer.write(d, h, rows, cols, c);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (c[i * cols + j] != d[i] * h[j]) {
                        assertThat(c[i * cols + j]).as("call " + call + " (seed 30), c[" + i + "," + j + "]")
                                .isEqualTo(d[i] * h[j]);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("the split allocates nothing on the calling thread after the first call")
    void splitAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rows = 1024;
        int cols = 784;
        double[] d = new Random(1).doubles(rows).toArray();
        double[] h = new Random(2).doubles(cols).toArray();
        double[] c = new double[rows * cols];
        OuterProduct outer = new OuterProduct(true);
        for (int warm = 0; warm < 5; warm++) {
            outer.write(d, h, rows, cols, c);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int call = 0; call < 20; call++) {
            outer.write(d, h, rows, cols, c);
        }
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isZero();
    }
}

package backprop.benchmarks.batch;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Gemm: C ← α·op(A)·op(B) + β·C, the reference loop and BLAS behind it")
class GemmTest {
    /** One rounding of a double: u = 2⁻⁵³. */
    private static final double U = 0x1p-53;

    /**
     * The loop; Gemm.blas() as it is used (small products by the loop); and BLAS at every size: the binding's
     * choice (native OpenBLAS where installed, as CI does) and its pure-Java kernel.
     */
    static Stream<Gemm> implementations() {
        return Stream.of(Gemm.reference(), Gemm.blas(), new BlasGemm(BLAS.getInstance(), 0),
                new BlasGemm(JavaBLAS.getInstance(), 0));
    }

    static Stream<Gemm> blasImplementations() {
        return implementations().skip(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("A = [[1, 2], [3, 4]], B = [[5, 6], [7, 8]]: all four of op(A)·op(B), by hand")
    void byHand(Gemm gemm) {
        double[] a = {1, 2, 3, 4};
        double[] b = {5, 6, 7, 8};
        double[] c = new double[4];
        // A·B = [[1·5 + 2·7, 1·6 + 2·8], [3·5 + 4·7, 3·6 + 4·8]] = [[19, 22], [43, 50]]; small integers: exact
        gemm.multiply(false, false, 2, 2, 2, 1, a, b, 0, c);
        assertThat(c).containsExactly(19, 22, 43, 50);
        // Aᵀ·B = [[1·5 + 3·7, 1·6 + 3·8], [2·5 + 4·7, 2·6 + 4·8]] = [[26, 30], [38, 44]]
        gemm.multiply(true, false, 2, 2, 2, 1, a, b, 0, c);
        assertThat(c).containsExactly(26, 30, 38, 44);
        // A·Bᵀ = [[1·5 + 2·6, 1·7 + 2·8], [3·5 + 4·6, 3·7 + 4·8]] = [[17, 23], [39, 53]]
        gemm.multiply(false, true, 2, 2, 2, 1, a, b, 0, c);
        assertThat(c).containsExactly(17, 23, 39, 53);
        // Aᵀ·Bᵀ = (B·A)ᵀ, B·A = [[5 + 18, 10 + 24], [7 + 24, 14 + 32]] = [[23, 34], [31, 46]]
        gemm.multiply(true, true, 2, 2, 2, 1, a, b, 0, c);
        assertThat(c).containsExactly(23, 31, 34, 46);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("one row: a = [1, 2] times B = [[5, 6], [7, 8]] and times Bᵀ, by hand")
    void oneRowByHand(Gemm gemm) {
        double[] a = {1, 2};
        double[] b = {5, 6, 7, 8};
        double[] c = new double[2];
        for (boolean ta : new boolean[] {false, true}) {
            // a 1×2 row and its transpose, a 2×1 column, are the same two numbers in memory
            // a·B = [1·5 + 2·7, 1·6 + 2·8] = [19, 22]
            gemm.multiply(ta, false, 1, 2, 2, 1, a, b, 0, c);
            assertThat(c).containsExactly(19, 22);
            // a·Bᵀ = [1·5 + 2·6, 1·7 + 2·8] = [17, 23]
            gemm.multiply(ta, true, 1, 2, 2, 1, a, b, 0, c);
            assertThat(c).containsExactly(17, 23);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("a 2×3 times a 3×1, with α = 2 and β = ½ adding to C, by hand")
    void rectangularWithAlphaBeta(Gemm gemm) {
        // A = [[1, 0, 2], [−1, 3, 1]], x = [1, 2, 3]ᵀ: A·x = [1 + 0 + 6, −1 + 6 + 3] = [7, 8]
        // C = 2·[7, 8] + ½·[4, −2] = [16, 15]
        double[] c = {4, -2};
        gemm.multiply(false, false, 2, 1, 3, 2, new double[] {1, 0, 2, -1, 3, 1}, new double[] {1, 2, 3}, 0.5, c);
        assertThat(c).containsExactly(16, 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("with β = 0 the old C is ignored, even NaN (BLAS's rule)")
    void betaZeroIgnoresC(Gemm gemm) {
        double[] c = {Double.NaN};
        gemm.multiply(false, false, 1, 1, 1, 1, new double[] {3}, new double[] {4}, 0, c);
        assertThat(c).containsExactly(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blasImplementations")
    @DisplayName("BLAS equals the reference loop element by element, on 300 seeded shapes and all four transposes")
    void blasAgreesWithReference(Gemm blas) {
        Random random = new Random(20261122);
        for (int trial = 0; trial < 300; trial++) {
            int m = 1 + random.nextInt(trial % 10 == 0 ? 130 : 17);
            int n = 1 + random.nextInt(17);
            int k = 1 + random.nextInt(trial % 7 == 0 ? 300 : 17);
            boolean ta = random.nextBoolean();
            boolean tb = random.nextBoolean();
            double alpha = random.nextGaussian();
            double beta = random.nextInt(3) == 0 ? 0 : random.nextGaussian();
            agreeWithReference(blas, random, ta, tb, m, n, k, alpha, beta, "trial " + trial + " (seed 20261122)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blasImplementations")
    @DisplayName("one row of C (a batch of one example, computed as a matrix-vector product) equals the reference loop")
    void oneRowAgreesWithReference(Gemm blas) {
        Random random = new Random(1);
        int[][] sizes = {{1, 1}, {1, 300}, {300, 1}, {7, 13}, {1024, 784}, {10, 1024}};
        for (int[] nk : sizes) {
            for (int t = 0; t < 4; t++) {
                agreeWithReference(blas, random, t / 2 == 1, t % 2 == 1, 1, nk[0], nk[1], random.nextGaussian(),
                        t == 0 ? 0 : random.nextGaussian(), "seed 1");
            }
        }
    }

    private static void agreeWithReference(Gemm blas, Random random, boolean ta, boolean tb, int m, int n, int k,
                                           double alpha, double beta, String source) {
        double[] a = gaussian(random, m * k);
        double[] b = gaussian(random, k * n);
        double[] c0 = gaussian(random, m * n);
        double[] expected = c0.clone();
        double[] actual = c0.clone();
        Gemm.reference().multiply(ta, tb, m, n, k, alpha, a, b, beta, expected);
        blas.multiply(ta, tb, m, n, k, alpha, a, b, beta, actual);
        String seed = source + ": m=" + m + " n=" + n + " k=" + k + " ta=" + ta + " tb=" + tb;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // Both compute α Σ_p a_ip b_pj + β c_ij with k products and k + 1 additions, in different
                // orders (BLAS blocks and uses FMA). Each is within γ_(k+2)·(|α| Σ_p |a_ip b_pj| + |β c_ij|)
                // of the exact value, γ_n = n·u/(1 − n·u) (Higham, Accuracy and Stability, §3.1); so
                // they are within twice that of each other.
                double magnitude = Math.abs(beta * c0[i * n + j]);
                for (int p = 0; p < k; p++) {
                    magnitude += Math.abs(alpha * (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]));
                }
                double gamma = (k + 2) * U / (1 - (k + 2) * U);
                assertThat(Math.abs(actual[i * n + j] - expected[i * n + j])).as(seed + ", c[" + i + "," + j + "]")
                        .isLessThanOrEqualTo(2 * gamma * magnitude);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("arrays too short for the shapes: an error naming the shapes")
    void shapeErrors(Gemm gemm) {
        assertThatThrownBy(() -> gemm.multiply(false, false, 2, 2, 3, 1, new double[5], new double[6], 0, new double[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("op(A) 2×3").hasMessageContaining("the arrays have 5, 6, 4");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("an empty size is refused: m, n or k = 0")
    void emptySizes_areRefused(Gemm gemm) {
        double[] any = new double[4];
        for (int[] mnk : new int[][] {{0, 2, 2}, {2, 0, 2}, {2, 2, 0}}) {
            assertThatThrownBy(() -> gemm.multiply(false, false, mnk[0], mnk[1], mnk[2], 1, any, any, 0, any))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("m=" + mnk[0] + ", n=" + mnk[1] + ", k=" + mnk[2] + " must be positive");
        }
    }

    @Test
    @DisplayName("each array one entry too short is refused by its name, before any entry is read")
    void eachArrayOneShort_isRefused() {
        // m = 2, n = 3, k = 4: op(A) 2×4 needs 8 entries, op(B) 4×3 needs 12, C 2×3 needs 6.
        int[][] lengths = {{7, 12, 6}, {8, 11, 6}, {8, 12, 5}};
        for (int[] l : lengths) {
            assertThatThrownBy(() -> Gemm.reference().multiply(false, false, 2, 3, 4, 1, new double[l[0]],
                    new double[l[1]], 0, new double[l[2]]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("need 8, 12, 6 entries; the arrays have " + l[0] + ", " + l[1] + ", " + l[2]);
        }
    }

    @Test
    @DisplayName("the description says which product runs, and below how many multiply-adds the loop takes over")
    void description_namesTheThreshold() {
        assertThat(Gemm.reference().description()).isEqualTo("reference loop");
        assertThat(Gemm.blas().description()).startsWith("BLAS (")
                .endsWith("; the reference loop below 256 multiply-adds)");
        BLAS java = JavaBLAS.getInstance();
        String kernel = java.getClass().getSimpleName(); // e.g. Java11BLAS: the binding picks one per JDK
        assertThat(new BlasGemm(java, 1).description())
                .isEqualTo("BLAS (" + kernel + "; the reference loop below 1 multiply-adds)");
        assertThat(new BlasGemm(java, 0)).as("BLAS at every size").hasToString("BLAS (" + kernel + ")");
    }

    @Test
    @DisplayName("the flag: -Dbackprop.gemm=reference switches back to the reference; an unknown name is an error")
    void selection() {
        String before = System.getProperty(Gemm.PROPERTY);
        try {
            System.setProperty(Gemm.PROPERTY, "reference");
            assertThat(Gemm.selected()).isSameAs(Gemm.reference());
            System.setProperty(Gemm.PROPERTY, "BLAS");
            assertThat(Gemm.selected()).isSameAs(Gemm.blas());
            System.clearProperty(Gemm.PROPERTY);
            assertThat(Gemm.selected()).as("the default").isSameAs(Gemm.blas());
        } finally {
            if (before == null) {
                System.clearProperty(Gemm.PROPERTY);
            } else {
                System.setProperty(Gemm.PROPERTY, before);
            }
        }
        assertThatThrownBy(() -> Gemm.named("fast")).hasMessageContaining("'fast'")
                .hasMessageContaining("backprop.gemm").hasMessageContaining("known: blas, reference");
    }

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}

package backprop.benchmarks.batch;

import dev.ludovic.netlib.blas.BLAS;

/**
 * C ← α·op(A)·op(B) + β·C through dgemm of the netlib binding Apache Spark uses: native BLAS (OpenBLAS)
 * through JNI when the machine has {@code libblas.so.3}, otherwise its pure-Java kernels (vectorised
 * with {@code --add-modules jdk.incubator.vector}).
 *
 * <p>BLAS is column-major and our arrays are row-major. A row-major r×c array read column-major is the
 * transpose, c×r; so instead of C = op(A)·op(B) it computes Cᵀ = op(B)ᵀ·op(A)ᵀ, with the operands
 * swapped and each one's leading dimension its row length.
 */
final class BlasGemm implements Gemm {
    /**
     * Products of fewer multiply-adds than this go to the reference loop: there the call through JNI and
     * BLAS's set-up cost more than the arithmetic. Measured on 2 cores with OpenBLAS: 16 multiply-adds
     * (a 4-4-2 layer, one example) 22 ns by the loop, 184 ns by BLAS; 256 about even (190 and 212 ns);
     * 1,024 already 1,219 against 686 ns.
     */
    static final long SMALL_PRODUCT = 256;

    static final BlasGemm INSTANCE = new BlasGemm(BLAS.getInstance(), SMALL_PRODUCT);

    private final BLAS blas;
    private final long smallProduct;

    /**
     * @param blas         the binding's implementation: {@code BLAS.getInstance()} picks the fastest one available
     * @param smallProduct below this many multiply-adds, the reference loop instead (0: BLAS at every size)
     */
    BlasGemm(BLAS blas, long smallProduct) {
        this.blas = blas;
        this.smallProduct = smallProduct;
    }

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha, double[] a,
                         double[] b, double beta, double[] c) {
        Gemm.requireShapes(m, n, k, a, b, c);
        if ((long) m * n * k < smallProduct) {
            ReferenceGemm.INSTANCE.multiply(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
            return;
        }
        if (m == 1) {
            // One row of C (a batch of one example) is a matrix-vector product, c = op(B)ᵀ·a. OpenBLAS's
            // dgemm with one column spends more on packing than on arithmetic; dgemv streams op(B) once
            // (measured about 3.5× faster on the 784-1024-1024-10 forward pass). op(A) is k contiguous
            // entries however it is stored. B read column-major is Bᵀ:
            //   not transposed, B is k×n: column-major n×k, ld n, and c = Bᵀ·a is "N"
            //   transposed,     B is n×k: column-major k×n, ld k, and c = B·a  is "T" on it
            if (transposeB) {
                blas.dgemv("T", k, n, alpha, b, k, a, 1, beta, c, 1);
            } else {
                blas.dgemv("N", n, k, alpha, b, n, a, 1, beta, c, 1);
            }
            return;
        }
        // column-major: Cᵀ (n×m) = op(B)ᵀ (n×k) · op(A)ᵀ (k×m)
        blas.dgemm(transposeB ? "T" : "N", transposeA ? "T" : "N", n, m, k, alpha, b, transposeB ? k : n, a,
                transposeA ? m : k, beta, c, n);
    }

    @Override
    public String description() {
        return "BLAS (" + blas.getClass().getSimpleName() + (smallProduct > 0
                ? "; the reference loop below " + smallProduct + " multiply-adds)" : ")");
    }

    @Override
    public String toString() {
        return description();
    }
}

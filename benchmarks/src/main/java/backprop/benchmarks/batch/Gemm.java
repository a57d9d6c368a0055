package backprop.benchmarks.batch;

import java.util.Locale;

/**
 * The one matrix product the layer-wise form over a batch needs (BLAS's dgemm), on dense row-major
 * arrays: C ← α·op(A)·op(B) + β·C, where op(X) is X or Xᵀ, op(A) is m×k, op(B) is k×n and C is m×n.
 * With β = 0, C's previous contents are ignored (even NaN), as in BLAS.
 *
 * <p>Two implementations: {@link #reference()}, the readable triple loop c_ij = Σ_p a_ip b_pj, and
 * {@link #blas()}, a BLAS library behind the same contract (for all but the smallest products), tested
 * element-wise against the reference.
 * {@link #selected()} picks one by the system property {@value #PROPERTY} ({@code blas}, the default,
 * or {@code reference}): the flag that switches back to the reference.
 */
public interface Gemm {
    /** The system property that selects the implementation: {@code blas} or {@code reference}. */
    String PROPERTY = "backprop.gemm";

    /**
     * C ← α·op(A)·op(B) + β·C. {@code a} holds A row by row, m×k (k×m when {@code transposeA});
     * {@code b} holds B, k×n (n×k when {@code transposeB}); {@code c} holds C, m×n. Only the first
     * m·k, k·n and m·n entries are used. {@code a}, {@code b} not modified; {@code c} modified.
     */
    void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha, double[] a,
                  double[] b, double beta, double[] c);

    /** What computes the product, e.g. "reference loop" or "BLAS (dev.ludovic.netlib.blas.JNIBLAS)". */
    String description();

    /** The readable loop: c_ij = α Σ_p op(A)_ip op(B)_pj + β c_ij. */
    static Gemm reference() {
        return ReferenceGemm.INSTANCE;
    }

    /**
     * The BLAS binding (native OpenBLAS when the machine has it, else its pure-Java kernels); products of
     * fewer than 256 multiply-adds go to the reference loop, which is faster there.
     */
    static Gemm blas() {
        return BlasGemm.INSTANCE;
    }

    /** The implementation the system property {@value #PROPERTY} names; BLAS when it is not set. */
    static Gemm selected() {
        return named(System.getProperty(PROPERTY, "blas"));
    }

    /** {@code "blas"} or {@code "reference"}, or an error naming the property and the known values. */
    static Gemm named(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "blas":
                return blas();
            case "reference":
                return reference();
            default:
                throw new IllegalArgumentException("unknown matrix-product implementation '" + name + "' (system property "
                        + PROPERTY + "); known: blas, reference");
        }
    }

    /** Checks the sizes against the arrays, so that a wrong shape is reported here and not as a stray index. */
    static void requireShapes(int m, int n, int k, double[] a, double[] b, double[] c) {
        if (m <= 0 || n <= 0 || k <= 0) {
            throw new IllegalArgumentException("gemm: sizes m=" + m + ", n=" + n + ", k=" + k + " must be positive");
        }
        if (a.length < (long) m * k || b.length < (long) k * n || c.length < (long) m * n) {
            throw new IllegalArgumentException("gemm: op(A) " + m + "×" + k + ", op(B) " + k + "×" + n + ", C " + m
                    + "×" + n + " need " + (long) m * k + ", " + (long) k * n + ", " + (long) m * n
                    + " entries; the arrays have " + a.length + ", " + b.length + ", " + c.length);
        }
    }
}

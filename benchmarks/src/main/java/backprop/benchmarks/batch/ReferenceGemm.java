package backprop.benchmarks.batch;

/**
 * C ← α·op(A)·op(B) + β·C as the formula reads: for each i, j, c_ij = α Σ_p op(A)_ip op(B)_pj + β c_ij.
 * The definition the fast kernel is tested against; about 4 GFLOP/s on this machine kind.
 */
final class ReferenceGemm implements Gemm {
    static final ReferenceGemm INSTANCE = new ReferenceGemm();

    private ReferenceGemm() {
    }

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double alpha, double[] a,
                         double[] b, double beta, double[] c) {
        Gemm.requireShapes(m, n, k, a, b, c);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // c_ij = α Σ_p op(A)_ip op(B)_pj + β c_ij
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    double aip = transposeA ? a[p * m + i] : a[i * k + p];
                    double bpj = transposeB ? b[j * k + p] : b[p * n + j];
                    sum += aip * bpj;
                }
                c[i * n + j] = beta == 0.0 ? alpha * sum : alpha * sum + beta * c[i * n + j];
            }
        }
    }

    @Override
    public String description() {
        return "reference loop";
    }

    @Override
    public String toString() {
        return description();
    }
}

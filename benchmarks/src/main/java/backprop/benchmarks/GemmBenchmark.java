package backprop.benchmarks;

import backprop.benchmarks.batch.Gemm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;

/** C = A·B for n×n matrices: 2n³ floating-point operations, by the reference loop and by BLAS. */
@State(Scope.Benchmark)
public class GemmBenchmark {
    @Param({"64", "256", "1024"})
    public int n;

    @Param({"reference", "blas"})
    public String kernel;

    private Gemm gemm;
    private double[] a;
    private double[] b;
    private double[] c;

    @Setup
    public void build() {
        gemm = Gemm.named(kernel);
        Random random = new Random(8);
        a = new double[n * n];
        b = new double[n * n];
        c = new double[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = random.nextDouble();
            b[i] = random.nextDouble();
        }
    }

    @Benchmark
    public double multiply() {
        gemm.multiply(false, false, n, n, n, 1.0, a, b, 0.0, c);
        return c[0];
    }
}

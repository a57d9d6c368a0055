package backprop.benchmarks;

import backprop.benchmarks.batch.Gemm;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark once (one fork, short iterations: these machines have 2 noisy cores) and prints
 * the ratios measured in that run: (forward + backward)/forward per shape, the fitted exponent of
 * backward time against arc count, memory per arc, and a finite-difference gradient against one
 * backward pass as the parameter count grows.
 */
public final class Report {
    private final Map<String, Double> nanos = new HashMap<>();
    private final Map<String, Double> bytes = new HashMap<>();

    private Report(Collection<RunResult> results) {
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String cls = r.getParams().getBenchmark().replaceAll("\\.[^.]*$", "").replaceAll(".*\\.", "");
            StringBuilder key = new StringBuilder(cls + "." + method);
            for (String p : r.getParams().getParamsKeys()) {
                key.append('|').append(r.getParams().getParam(p));
            }
            nanos.put(key.toString(), r.getPrimaryResult().getScore());
            r.getSecondaryResults().forEach((label, result) -> {
                if (label.endsWith("gc.alloc.rate.norm")) {
                    bytes.put(key.toString(), result.getScore());
                }
            });
        }
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : "backprop\\.benchmarks\\..*";
        Options options = new OptionsBuilder().include(include).forks(1).warmupIterations(3)
                .warmupTime(TimeValue.milliseconds(400)).measurementIterations(5)
                .measurementTime(TimeValue.milliseconds(400)).timeUnit(TimeUnit.NANOSECONDS)
                .mode(org.openjdk.jmh.annotations.Mode.AverageTime).jvmArgs("-Xmx8g", "--add-modules=jdk.incubator.vector")
                .addProfiler(GCProfiler.class).build();
        Report report = new Report(new Runner(options).run());
        System.out.println();
        System.out.println(machine());
        report.graphs();
        report.scenarios();
        report.gemm();
        report.networks();
        report.trainings();
        report.finiteDifferences();
    }

    private double get(String key) {
        Double v = nanos.get(key);
        return v == null ? Double.NaN : v;
    }

    private boolean has(String prefix) {
        return nanos.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private double bytes(String key) {
        Double v = bytes.get(key);
        return v == null ? Double.NaN : v;
    }

    private void graphs() {
        if (!has("GraphBenchmark")) {
            return;
        }
        for (Graphs.Chain chain : Graphs.Chain.values()) {
            System.out.println("\nScalar engine (003, Algorithm 4), chains " + chain.formula);
            System.out.println("| arcs | forward | forward+backward | backward | backward ns/arc | (fwd+bwd)/fwd | bytes/arc |");
            System.out.println("|---|---|---|---|---|---|---|");
            List<double[]> points = new ArrayList<>();
            for (int arcs : new int[] {100, 1000, 10000, 100000, 1000000}) {
                double f = get("GraphBenchmark.forward|" + arcs + "|" + chain);
                double fb = get("GraphBenchmark.forwardBackward|" + arcs + "|" + chain);
                double b = get("GraphBenchmark.backward|" + arcs + "|" + chain);
                points.add(new double[] {Math.log(arcs), Math.log(b)});
                System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %.2f | %.2f | %.0f |%n", arcs, time(f), time(fb),
                        time(b), b / arcs, fb / f, bytesPerArc(chain, arcs));
            }
            System.out.printf(Locale.ROOT, "Fitted exponent of backward time against arcs (least squares, log-log): %.3f%n",
                    slope(points));
        }
    }

    private void scenarios() {
        if (!has("ScenarioBenchmark")) {
            return;
        }
        System.out.println("\nThe documents' graphs (scalar engine)");
        System.out.println("| scenario | forward | forward+backward | (fwd+bwd)/fwd | bytes per forward+backward |");
        System.out.println("|---|---|---|---|---|");
        for (String s : new String[] {"neuron-0.48-0.66", "x*y+z", "sigmoid-gate", "norm-Wx"}) {
            double f = get("ScenarioBenchmark.forward|" + s);
            double fb = get("ScenarioBenchmark.forwardBackward|" + s);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.0f |%n", s, time(f), time(fb), fb / f,
                    bytes("ScenarioBenchmark.forwardBackward|" + s));
        }
    }

    private void gemm() {
        if (!has("GemmBenchmark")) {
            return;
        }
        System.out.println("\nC = A·B, n×n, double precision (2n³ flops); BLAS here is " + Gemm.blas().description()
                + ", OPENBLAS_NUM_THREADS=" + System.getenv().getOrDefault("OPENBLAS_NUM_THREADS", "unset (all cores)"));
        System.out.println("| n | kernel | time | GFLOP/s |");
        System.out.println("|---|---|---|---|");
        for (int n : new int[] {64, 256, 1024}) {
            for (String kernel : new String[] {"reference", "blas"}) {
                double t = get("GemmBenchmark.multiply|" + kernel + "|" + n);
                if (!Double.isNaN(t)) {
                    System.out.printf(Locale.ROOT, "| %d | %s | %s | %.1f |%n", n, kernel, time(t), 2.0 * n * n * n / t);
                }
            }
        }
    }

    private void networks() {
        if (!has("NetworkBenchmark")) {
            return;
        }
        System.out.println("\nLayer-wise form (forward+backward includes the forward pass; bytes are per call)");
        System.out.println("| network | batch | engine | forward | forward+backward | (fwd+bwd)/fwd | forward GFLOP/s "
                + "| bytes per forward+backward |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String shape : new String[] {"4-4-2", "784-256-10", "784-1024-1024-10"}) {
            long macs = Networks.multiplyAdds(Networks.network(shape));
            for (int batch : new int[] {1, 64}) {
                for (String engine : new String[] {"one-example", "batch-reference", "batch-blas"}) {
                    String key = "|" + batch + "|" + engine + "|" + shape;
                    double f = get("NetworkBenchmark.forward" + key);
                    double fb = get("NetworkBenchmark.forwardBackward" + key);
                    if (!Double.isNaN(f)) {
                        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f | %.2f | %.0f |%n", shape, batch,
                                engine, time(f), time(fb), fb / f, 2.0 * macs * batch / f,
                                bytes("NetworkBenchmark.forwardBackward" + key));
                    }
                }
            }
        }
    }

    private void trainings() {
        if (!has("TrainingBenchmark")) {
            return;
        }
        System.out.println("\nWhole-batch trainings at the scenario files' limit (epochs × examples × parameters ≤ 1e7)");
        System.out.println("| training | engine | batch-reference | batch-blas | engine / best batch |");
        System.out.println("|---|---|---|---|---|");
        for (String t : new String[] {"30-30-2x1000x10", "100-97-2x1000x1", "2-20-1x10x12345"}) {
            double e = get("TrainingBenchmark.train|engine|" + t);
            double r = get("TrainingBenchmark.train|batch-reference|" + t);
            double b = get("TrainingBenchmark.train|batch-blas|" + t);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f |%n", t, time(e), time(r), time(b),
                    e / Math.min(r, b));
        }
    }

    private void finiteDifferences() {
        if (!has("FiniteDifferenceBenchmark")) {
            return;
        }
        System.out.println("\nA full central-difference gradient against one backward pass");
        System.out.println("| network | parameters | backward | finite differences | ratio |");
        System.out.println("|---|---|---|---|---|");
        for (String shape : new String[] {"2-4-2", "8-16-4", "16-32-8", "32-64-16"}) {
            double b = get("FiniteDifferenceBenchmark.backward|" + shape);
            double fd = get("FiniteDifferenceBenchmark.finiteDifferences|" + shape);
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %.0f |%n", shape,
                    Networks.parameters(Networks.network(shape)), time(b), time(fd), fd / b);
        }
    }

    /** Heap retained per arc by a chain graph of {@code arcs} arcs, after a full collection. */
    private static double bytesPerArc(Graphs.Chain chain, int arcs) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Graphs.Built built = Graphs.chain(chain, arcs);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        return built.graph().arcCount() > 0 ? (after - before) / (double) built.graph().arcCount() : Double.NaN;
    }

    static double slope(List<double[]> points) {
        double mx = 0;
        double my = 0;
        for (double[] p : points) {
            mx += p[0] / points.size();
            my += p[1] / points.size();
        }
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxy / sxx;
    }

    private static String time(double ns) {
        if (ns < 1e3) {
            return String.format(Locale.ROOT, "%.1f ns", ns);
        }
        if (ns < 1e6) {
            return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
    }

    private static String machine() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.arch");
    }
}

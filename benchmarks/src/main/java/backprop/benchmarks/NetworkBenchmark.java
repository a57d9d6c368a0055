package backprop.benchmarks;

import backprop.benchmarks.batch.BatchWorkspace;
import backprop.benchmarks.batch.Gemm;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * The layer-wise form, forward and forward + backward (the batch's mean gradient for every parameter), by three
 * engines: {@code one-example}, the engine the product uses ({@link Network#forward}, {@link Network#gradients}:
 * the per-example loops the answer key prints); {@code batch-reference}, the batch as matrix products with the
 * reference loop ({@link BatchWorkspace}, kept here, outside the product); {@code batch-blas}, the same with BLAS.
 */
@State(Scope.Benchmark)
public class NetworkBenchmark {
    @Param({"4-4-2", "784-256-10", "784-1024-1024-10"})
    public String shape;

    @Param({"1", "64"})
    public int batch;

    @Param({"one-example", "batch-reference", "batch-blas"})
    public String engine;

    private Network network;
    private List<Example> examples;
    private BatchWorkspace workspace;

    @Setup
    public void build() {
        network = Networks.network(shape);
        examples = Networks.batch(network, batch);
        if (!engine.equals("one-example")) {
            workspace = new BatchWorkspace(network, Conventions.DOCUMENTS, batch,
                    engine.equals("batch-blas") ? Gemm.blas() : Gemm.reference());
        }
    }

    @Benchmark
    public double forward() {
        if (workspace != null) {
            workspace.forward(examples);
            return workspace.output(0, 0);
        }
        double sum = 0;
        for (Example e : examples) {
            sum += network.forward(e.x()).output()[0];
        }
        return sum;
    }

    @Benchmark
    public double forwardBackward() {
        if (workspace != null) {
            return workspace.forwardBackward(examples, Loss.SUM_SQUARED_ERROR);
        }
        return network.gradients(examples, Method.documents(Loss.SUM_SQUARED_ERROR)).loss();
    }
}

package backprop.benchmarks;

import backprop.core.network.Example;
import backprop.core.network.Gradients;
import backprop.core.network.Loss;
import backprop.core.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** The layer-wise form (the readable reference loops), forward and forward + backward over a batch. */
@State(Scope.Benchmark)
public class NetworkBenchmark {
    @Param({"4-4-2", "784-256-10", "784-1024-1024-10"})
    public String shape;

    @Param({"1", "64"})
    public int batch;

    private Network network;
    private List<Example> examples;

    @Setup
    public void build() {
        network = Networks.network(shape);
        examples = Networks.batch(network, batch);
    }

    @Benchmark
    public double forward() {
        double sum = 0;
        for (Example e : examples) {
            sum += network.forward(e.x()).output()[0];
        }
        return sum;
    }

    @Benchmark
    public Gradients forwardBackward() {
        return network.averageGradients(examples, Loss.SUM_SQUARED_ERROR);
    }
}

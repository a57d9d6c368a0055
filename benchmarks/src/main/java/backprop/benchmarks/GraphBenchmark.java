package backprop.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The scalar engine on chains of 10² to 10⁶ arcs (003's Algorithm 4: cost proportional to the arcs). */
@State(Scope.Benchmark)
public class GraphBenchmark {
    @Param({"100", "1000", "10000", "100000", "1000000"})
    public int arcs;

    private Graphs.Built built;

    @Setup
    public void build() {
        built = Graphs.chain(arcs);
    }

    @Benchmark
    public double forward() {
        built.graph().forward();
        return built.output().value();
    }

    @Benchmark
    public double forwardBackward() {
        built.graph().forward();
        built.graph().backward(built.output());
        return built.firstLeaf().gradient();
    }
}

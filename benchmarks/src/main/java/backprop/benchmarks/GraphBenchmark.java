package backprop.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The scalar engine on two kinds of chain of 10² to 10⁶ arcs (003's Algorithm 4: cost proportional to the arcs). */
@State(Scope.Benchmark)
public class GraphBenchmark {
    @Param({"100", "1000", "10000", "100000", "1000000"})
    public int arcs;

    /** A {@link Graphs.Chain} by name (JMH's generated code cannot see that package-private type). */
    @Param({"TANH", "ARITHMETIC"})
    public String chain;

    private Graphs.Built built;

    @Setup
    public void build() {
        built = Graphs.chain(Graphs.Chain.valueOf(chain), arcs);
    }

    @Benchmark
    public double forward() {
        built.graph().forward();
        return built.output().value();
    }

    /** Algorithm 4 alone, on the values the setup's forward pass left: timed directly, not as a difference. */
    @Benchmark
    public double backward() {
        built.graph().backward(built.output());
        return built.firstLeaf().gradient();
    }

    @Benchmark
    public double forwardBackward() {
        built.graph().forward();
        built.graph().backward(built.output());
        return built.firstLeaf().gradient();
    }
}

package backprop.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The documents' small graphs, forward and forward + backward. */
@State(Scope.Benchmark)
public class ScenarioBenchmark {
    @Param({"neuron-0.48-0.66", "x*y+z", "sigmoid-gate", "norm-Wx"})
    public String scenario;

    private Graphs.Built built;

    @Setup
    public void build() {
        built = switch (scenario) {
            case "neuron-0.48-0.66" -> Graphs.neuron();
            case "x*y+z" -> Graphs.xyPlusZ();
            case "sigmoid-gate" -> Graphs.sigmoidGate();
            case "norm-Wx" -> Graphs.squaredNorm();
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
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

package backprop.benchmarks;

import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.network.Example;
import backprop.core.network.Gradients;
import backprop.core.network.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * One backward pass against a full central-difference gradient (two forward passes per parameter), as
 * the parameter count grows: 003's "optimal complexity", measured.
 */
@State(Scope.Benchmark)
public class FiniteDifferenceBenchmark {
    @Param({"2-4-2", "8-16-4", "16-32-8", "32-64-16"})
    public String shape;

    private Network network;
    private Example example;

    @Setup
    public void build() {
        network = Networks.network(shape);
        example = Networks.batch(network, 1).get(0);
    }

    @Benchmark
    public Gradients backward() {
        return network.gradients(List.of(example), Method.documents(Loss.SUM_SQUARED_ERROR));
    }

    /** (L(θ + h e_i) − L(θ − h e_i)) / 2h for every weight and bias. */
    @Benchmark
    public double finiteDifferences() {
        double h = 1e-5;
        double sum = 0;
        for (var layer : network.layers()) {
            for (double[] values : new double[][] {layer.weights().data(), layer.bias()}) {
                for (int i = 0; i < values.length; i++) {
                    double saved = values[i];
                    values[i] = saved + h;
                    double plus = network.loss(example.x(), example.y(), Loss.SUM_SQUARED_ERROR);
                    values[i] = saved - h;
                    double minus = network.loss(example.x(), example.y(), Loss.SUM_SQUARED_ERROR);
                    values[i] = saved;
                    sum += (plus - minus) / (2 * h);
                }
            }
        }
        return sum;
    }
}

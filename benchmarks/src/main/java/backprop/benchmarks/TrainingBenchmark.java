package backprop.benchmarks;

import backprop.benchmarks.batch.BatchWorkspace;
import backprop.benchmarks.batch.Gemm;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/**
 * Whether a batched matrix-product path would pay in the product: whole trainings at the scenario files' limit
 * (epochs × examples × parameters ≤ 10,000,000, at most 1,000 examples and 100,000 epochs; Limits in examples),
 * each run by the engine ({@link Trainer}, what the main command runs) and, for a whole batch, by the matrix-product
 * batch ({@link BatchWorkspace}: forward and backward as products, then the same plain update, per epoch).
 * Shapes: {@code 30-30-2x1000x10}: a 30-30-2 network (992 parameters), 1,000 examples, 10 epochs;
 * {@code 100-97-2x1000x1}: 9,993 parameters, 1,000 examples, 1 epoch; {@code 2-20-1x10x12345}: many epochs of a
 * small network.
 */
@State(Scope.Benchmark)
public class TrainingBenchmark {
    @Param({"30-30-2x1000x10", "100-97-2x1000x1", "2-20-1x10x12345"})
    public String training;

    @Param({"engine", "batch-reference", "batch-blas"})
    public String engine;

    private Network start;
    private List<Example> data;
    private int epochs;
    private BatchWorkspace workspace;
    private Network trained;

    @Setup
    public void build() {
        String[] parts = training.split("x");
        start = Networks.network(parts[0]);
        data = Networks.batch(start, Integer.parseInt(parts[1]));
        epochs = Integer.parseInt(parts[2]);
        trained = start.copy();
        if (!engine.equals("engine")) {
            workspace = new BatchWorkspace(trained, Conventions.DOCUMENTS, data.size(),
                    engine.equals("batch-blas") ? Gemm.blas() : Gemm.reference());
        }
    }

    /** One whole-batch training from the start: the engine's Trainer, or the batch's products and a plain update. */
    @Benchmark
    public double train() {
        copyInto(start, trained);
        if (workspace == null) {
            Schedule schedule = new Schedule(0.01, 0, 0, epochs, 0, Schedule.Batching.WHOLE_BATCH);
            return Trainer.train(trained, data, schedule, Method.documents(Loss.SUM_SQUARED_ERROR)).costs()
                    .get(epochs);
        }
        double cost = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            cost = workspace.forwardBackward(data, Loss.SUM_SQUARED_ERROR);
            for (int k = 1; k <= trained.depth(); k++) {
                // W ← W − η ∂C/∂W, b ← b − η ∂C/∂b: the update GradientDescent makes without momentum or λ
                step(trained.layer(k).weights().data(), workspace.weightGradient(k).data());
                step(trained.layer(k).bias(), workspace.biasGradient(k));
            }
        }
        return cost;
    }

    private static void step(double[] theta, double[] gradient) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= 0.01 * gradient[i];
        }
    }

    private static void copyInto(Network from, Network to) {
        for (int k = 1; k <= from.depth(); k++) {
            DenseLayer source = from.layer(k);
            DenseLayer target = to.layer(k);
            System.arraycopy(source.weights().data(), 0, target.weights().data(), 0, source.weights().data().length);
            System.arraycopy(source.bias(), 0, target.bias(), 0, source.bias().length);
        }
    }
}

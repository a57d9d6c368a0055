package backprop.examples.scenariofile;

import backprop.core.network.Example;
import backprop.core.network.GradientDescent;
import backprop.core.network.L2Regularisation;
import backprop.core.network.Matrix;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import backprop.examples.NetworkUpdate;
import backprop.examples.NetworkUpdate.LayerStep;
import backprop.examples.TrainingRun;

import java.util.ArrayList;
import java.util.List;

/**
 * A network file's training on its data set, with core's {@link GradientDescent} and {@link Trainer}.
 *
 * <p>Core averages a batch's gradient. A summed whole batch, J = Σ_m L_m + λ‖ω‖² over n examples, is the same
 * descent with η·n and λ/n: η·n·(2(λ/n)ω + (1/n)Σ_m ∇L_m) = η(2λω + Σ_m ∇L_m), and the velocity of momentum
 * follows; core's J is then (1/n)Σ_m L_m + (λ/n)‖ω‖², so the summed J is n times it and J &lt; ε when core's is
 * below ε/n. The update shown is written back in the file's terms (η, λ, Σ_m ∇L_m).
 */
final class DataSetTraining {
    private DataSetTraining() {
    }

    /** n when the file sums a whole batch's losses, else 1: what core's mean is multiplied by. */
    static int scale(Training t, List<Example> examples) {
        return t.schedule().summed() ? examples.size() : 1;
    }

    /** The descent core runs: the file's η and λ, or η·n and λ/n for a summed batch. */
    static GradientDescent descent(Training t, List<Example> examples) {
        int n = scale(t, examples);
        return new GradientDescent(t.learningRate() * n, t.momentum(), new L2Regularisation(t.lambda() / n),
                t.order(), t.frozen());
    }

    /**
     * The first update as training takes it: on the first example (per-example batching) or on all of them,
     * modifying {@code network}; shown with the file's η and λ and, for a summed batch, the summed gradients.
     */
    static NetworkUpdate firstUpdate(Training t, Network network, List<Example> examples) {
        List<Example> batch = t.schedule().batching() == Trainer.Batching.PER_EXAMPLE ? examples.subList(0, 1)
                : examples;
        NetworkUpdate u = NetworkUpdate.take(descent(t, examples), network, batch, t.loss());
        if (batch.size() > 1) {
            u = u.onBatch((t.schedule().summed() ? "sum" : "mean") + " over the " + batch.size() + " examples");
        }
        int n = scale(t, examples);
        if (n == 1) {
            return u;
        }
        List<LayerStep> layers = new ArrayList<>();
        for (LayerStep s : u.layers()) {
            layers.add(new LayerStep(times(s.weightGradient(), n), times(s.biasGradient(), n),
                    times(s.penalty(), n), s.weightVelocityBefore(), s.weightVelocity(), s.biasVelocityBefore(),
                    s.biasVelocity()));
        }
        return new NetworkUpdate(t.learningRate(), t.momentum(), t.lambda(), u.order(), layers, u.penaltyCost() * n,
                u.after(), u.frozen(), u.batch());
    }

    /** {@code trained} (modified) after training as the file states it, and its cost curve. */
    static TrainingRun train(Training t, Network trained, List<Example> examples) {
        Network before = trained.copy();
        int n = scale(t, examples);
        Trainer.TrainingHistory history = new Trainer(t.epochs(), t.schedule().stopBelow() / n,
                t.schedule().batching()).train(trained, examples, t.loss(), descent(t, examples));
        List<Double> costs = history.costs().stream().map(c -> c * n).toList();
        return TrainingRun.of(costs, examples.size(), new L2Regularisation(t.lambda()), before, trained)
                .stopping(t.schedule().summed(), t.schedule().stopBelow(), history.reachedTarget());
    }

    private static Matrix times(Matrix m, int n) {
        Matrix out = m.copy();
        for (int i = 0; i < out.data().length; i++) {
            out.data()[i] *= n;
        }
        return out;
    }

    private static double[] times(double[] v, int n) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= n;
        }
        return out;
    }
}

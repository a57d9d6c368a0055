package backprop.examples.scenariofile.network;

import backprop.core.method.Schedule;
import backprop.core.network.Example;
import backprop.core.network.GradientDescent;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.TrainingRun;

import java.util.List;

/**
 * A network file's training on its data set: core's {@link GradientDescent} and {@link Trainer} under the file's
 * method and schedule, its batch's gradient summed or averaged as the file says.
 */
final class DataSetTraining {
    private DataSetTraining() {
    }

    /**
     * The first update as training takes it: on the first example (per-example batching) or on all of them,
     * modifying {@code network}.
     */
    static NetworkUpdate firstUpdate(Training t, Network network, List<Example> examples) {
        List<Example> batch = t.schedule().batching() == Schedule.Batching.PER_EXAMPLE ? examples.subList(0, 1)
                : examples;
        NetworkUpdate u = NetworkUpdate.take(new GradientDescent(t.schedule(), t.method()), network, batch);
        return batch.size() > 1 ? u.onBatch((t.summed() ? "sum" : "mean") + " over the " + batch.size() + " examples")
                : u;
    }

    /** {@code trained} (modified) after training as the file states it, and its cost curve. */
    static TrainingRun train(Training t, Network trained, List<Example> examples) {
        Network before = trained.copy();
        Trainer.TrainingHistory history = Trainer.train(trained, examples, t.schedule(), t.method());
        return TrainingRun.of(history.costs(), examples.size(), t.schedule().lambda(), before, trained)
                .stopping(t.summed(), t.schedule().stopBelow(), history.reachedTarget());
    }
}

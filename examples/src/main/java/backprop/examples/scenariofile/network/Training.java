package backprop.examples.scenariofile.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.BatchReduction;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import backprop.core.network.Network;
import backprop.examples.scenariofile.dataset.DataSet;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * [training], read into core's one vocabulary: the {@link Method} (the loss, the update order, the parameters kept
 * fixed ({@link FrozenReader}), sum or mean over a batch, and the network's conventions) and the {@link Schedule}
 * (η, μ, λ, epochs, ε, per example or whole batch: {@link ScheduleReader}), each checked against its domain at
 * its own line (learning rate &gt; 0, momentum in [0, 1), λ ≥ 0, the targets in the loss's domain).
 *
 * @param line     the line of [training], where an error raised while updating or training is reported
 * @param biasless the layers without biases ({@code biases = "none"}): their zeros are frozen in the method, and
 *                 no catalogued variation about biases touches them
 */
record Training(Method method, Schedule schedule, int line, Set<Integer> biasless) {
    private static final List<String> KEYS = List.of("loss", "learning_rate", "momentum", "lambda", "update_order",
            "epochs", "frozen", "batching", "batch_reduction", "stop_below");

    Loss loss() {
        return method.loss();
    }

    int epochs() {
        return schedule.epochs();
    }

    /** Whether the whole batch's gradient is the sum Σ_m of the examples' (not the mean). */
    boolean summed() {
        return method.reduction() == BatchReduction.SUM;
    }

    static Training read(TomlReader r, TomlTable toml, Network network, Conventions conventions, DataSet data,
                         int[] sizes) {
        return read(r, toml, network, conventions, data, sizes, Set.of());
    }

    /** [training] of a network whose layers {@code biasless} have no biases: their zeros are never updated. */
    static Training read(TomlReader r, TomlTable toml, Network network, Conventions conventions, DataSet data,
                         int[] sizes, Set<Integer> biasless) {
        TomlTable t = r.table(toml, "training", "missing [training] with loss and learning_rate");
        int line = TomlReader.line(toml, "training", 1);
        Keys.check(r, t, "training", line, KEYS);
        Loss loss = loss(r, t, line, network, data);
        double rate = r.number(t, "learning_rate", "training.", line);
        double momentum = r.optionalNumber(t, "momentum", "training.", 0.0);
        double lambda = r.optionalNumber(t, "lambda", "training.", 0.0);
        require(r, t, "learning_rate", rate > 0, "must be > 0, is " + TomlReader.describe(rate));
        require(r, t, "momentum", momentum >= 0 && momentum < 1, "must be in [0, 1), is "
                + TomlReader.describe(momentum));
        require(r, t, "lambda", lambda >= 0, "must be ≥ 0, is " + TomlReader.describe(lambda));
        int epochs = (int) (TomlReader.has(t, "epochs")
                ? r.integer(t, "epochs", "training.", line, 0, Limits.MAX_EPOCHS) : 0);
        long work = (long) epochs * data.size() * parameters(sizes);
        require(r, t, "epochs", work <= Limits.MAX_TRAINING_WORK, epochs + " × " + (data.size() == 1 ? ""
                : data.size() + " examples × ") + parameters(sizes) + " parameters = " + work
                + " parameter updates; the limit is " + Limits.MAX_TRAINING_WORK);
        long visits = (long) epochs * data.size();
        require(r, t, "epochs", visits <= Limits.MAX_EXAMPLE_VISITS, epochs + " × " + data.size() + " examples = "
                + visits + " example visits (a forward and backward pass each); the limit is "
                + Limits.MAX_EXAMPLE_VISITS);
        ScheduleReader.Visits batching = ScheduleReader.read(r, t, line, epochs);
        Method method = Method.standard(loss, conventions).withOrder(order(r, t, line))
                .withFrozen(withoutBiases(FrozenReader.read(r, t, line, network), biasless))
                .withReduction(batching.reduction());
        return new Training(method, new Schedule(rate, momentum, lambda, epochs, batching.stopBelow(),
                batching.batching()), line, Set.copyOf(biasless));
    }

    /** {@code frozen} with the whole bias of every layer in {@code biasless} frozen too (it has none to train). */
    static FrozenParameters withoutBiases(FrozenParameters frozen, Set<Integer> biasless) {
        Set<FrozenParameters.Parameter> all = new HashSet<>(frozen.frozen());
        for (int k : biasless) {
            all.add(new FrozenParameters.Parameter(k, FrozenParameters.Kind.BIAS, FrozenParameters.WHOLE));
        }
        return new FrozenParameters(all);
    }

    static void require(TomlReader r, TomlTable t, String key, boolean holds, String problem) {
        if (!holds) {
            throw r.error(TomlReader.line(t, key, 1), "training." + key + " " + problem);
        }
    }

    private static long parameters(int[] n) {
        long p = 0;
        for (int i = 1; i < n.length; i++) {
            p += (long) n[i] * (n[i - 1] + 1);
        }
        return p;
    }

    /** The loss, refused where it has no value: cross-entropies need outputs in (0, 1) and targets they accept. */
    private static Loss loss(TomlReader r, TomlTable t, int line, Network network, DataSet data) {
        String name = r.string(t, "loss", "training.", line);
        int at = TomlReader.line(t, "loss", line);
        Loss loss;
        try {
            loss = Loss.named(name);
        } catch (IllegalArgumentException e) {
            throw r.error(at, e.getMessage());
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY || loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
            Activation last = network.layer(network.depth()).activation();
            if (last != Activation.SIGMOID && last != Activation.SOFTMAX) {
                throw r.error(at, "training.loss " + name + " needs outputs in (0, 1), but the last layer's"
                        + " activation is " + last.name().toLowerCase(Locale.ROOT) + "; use sigmoid or softmax");
            }
            for (int m = 1; m <= data.size(); m++) {
                targets(loss, data, m);
            }
        }
        return loss;
    }

    private static void targets(Loss loss, DataSet data, int m) {
        boolean binary = loss == Loss.BINARY_CROSS_ENTROPY;
        double[] y = data.examples().get(m - 1).y();
        for (int j = 0; j < y.length; j++) {
            if (y[j] < 0 || binary && y[j] > 1) {
                throw data.error(m, data.target(m) + "[" + (j + 1) + "] is " + TomlReader.describe(y[j]) + ", but the"
                        + " targets of " + loss.name().toLowerCase(Locale.ROOT) + (binary ? " must lie in [0, 1]"
                        : " must be ≥ 0"));
            }
        }
    }

    private static UpdateOrder order(TomlReader r, TomlTable t, int line) {
        List<String> known = List.of("all_gradients_first", "each_layer_when_its_gradient_is_ready");
        String v = r.optionalString(t, "update_order", "training.", "all_gradients_first");
        if (!known.contains(v)) {
            throw r.error(TomlReader.line(t, "update_order", line), "unknown update_order '" + Keys.printable(v)
                    + "'; known: " + String.join(", ", known));
        }
        return v.equals(known.get(0)) ? UpdateOrder.ALL_GRADIENTS_FIRST
                : UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY;
    }
}

package backprop.examples.scenariofile;

import backprop.core.network.Activation;
import backprop.core.network.FrozenParameters;
import backprop.core.network.GradientDescent;
import backprop.core.network.Loss;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import org.tomlj.TomlTable;

import java.util.List;
import java.util.Locale;

/**
 * [training]: the loss, the update rule and how many epochs to train, each checked against its domain at its
 * own line (learning rate > 0, momentum in [0, 1), λ ≥ 0, the targets in the loss's domain), the parameters
 * kept fixed ({@link FrozenReader}), and how the examples are visited ({@link Schedule}).
 *
 * @param line the line of [training], where an error raised while updating or training is reported
 */
record Training(Loss loss, double learningRate, double momentum, double lambda, GradientDescent.UpdateOrder order,
                int epochs, FrozenParameters frozen, Schedule schedule, int line) {

    /**
     * How the examples are visited and combined.
     *
     * @param batching  one update per example, in the order given, or one per pass over all of them
     * @param summed    with whole-batch updates, J = Σ_m L_m + λ‖ω‖² (and its gradient) instead of the mean
     *                  (1/n) Σ_m L_m + λ‖ω‖²
     * @param stopBelow ε: stop training once J &lt; ε; 0 never stops early
     */
    record Schedule(Trainer.Batching batching, boolean summed, double stopBelow) {
        static final Schedule DEFAULT = new Schedule(Trainer.Batching.PER_EXAMPLE, false, 0.0);
    }

    static Training read(TomlReader r, TomlTable toml, Network network, DataSet data, int[] sizes) {
        TomlTable t = NetworkReader.table(r, toml, "training", "missing [training] with loss and learning_rate");
        int line = TomlReader.line(toml, "training", 1);
        Keys.check(r, t, "training", line, Keys.TRAINING);
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
        return new Training(loss, rate, momentum, lambda, order(r, t, line), epochs,
                FrozenReader.read(r, t, line, network), ScheduleReader.read(r, t, line, epochs), line);
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

    private static GradientDescent.UpdateOrder order(TomlReader r, TomlTable t, int line) {
        List<String> known = List.of("all_gradients_first", "each_layer_when_its_gradient_is_ready");
        String v = r.optionalString(t, "update_order", "training.", "all_gradients_first");
        if (!known.contains(v)) {
            throw r.error(TomlReader.line(t, "update_order", line), "unknown update_order '" + Keys.printable(v)
                    + "'; known: " + String.join(", ", known));
        }
        return v.equals(known.get(0)) ? GradientDescent.UpdateOrder.ALL_GRADIENTS_FIRST
                : GradientDescent.UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY;
    }
}

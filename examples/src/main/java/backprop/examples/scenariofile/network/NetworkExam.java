package backprop.examples.scenariofile.network;

import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Matrix;
import backprop.core.network.Network;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.exam.ExamVariant;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.QuantityScope;
import backprop.examples.work.NetworkUpdate;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;
import backprop.examples.work.TrainingRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An exam variant that is a network: forward and backward on its (first) example, every z, a, ∂L/∂W, ∂L/∂b and
 * ∂L/∂x, the first update as training takes it (on that example, or on the whole batch: {@link DataSetTraining}),
 * and, if asked, a training run on the data set with its rows ({@link TrainingRows}).
 */
public final class NetworkExam extends ExamVariant {
    private final Network network;
    private final List<Example> examples;
    private final Example example;
    private final Training training;
    private final String weightsOrigin;

    /**
     * @param examples      the data set; the forward and backward pass are shown on the first
     * @param weightsOrigin how the initial weights were drawn ({@link InitialWeights#origin()}), or null when the
     *                      file writes them
     */
    NetworkExam(String fileName, String stem, String title, Network network, List<Example> examples, Training training,
                String weightsOrigin) {
        super(fileName, stem, title);
        this.network = network.copy();
        this.examples = List.copyOf(examples);
        this.example = examples.get(0);
        this.training = training;
        this.weightsOrigin = weightsOrigin;
    }

    /** The network before any update (a copy): what a template's checks run forward on every example. */
    public Network network() {
        return network.copy();
    }

    /** The data set, in the order written. */
    public List<Example> examples() {
        return examples;
    }

    /** The names its printed values may use: z, a, δ, W, b of each layer, L, output[m][j]. */
    public QuantityScope scope() {
        int[] sizes = new int[network.depth() + 1];
        int[] biases = new int[sizes.length];
        sizes[0] = network.inputSize();
        for (int k = 1; k <= network.depth(); k++) {
            sizes[k] = network.layer(k).outputSize();
            biases[k] = training.biasless().contains(k) ? 0 : network.layer(k).bias().length;
        }
        java.util.Set<Integer> softmax = new java.util.TreeSet<>();
        for (int k = 1; k <= network.depth(); k++) {
            if (network.layer(k).activation() == backprop.core.function.Activation.SOFTMAX) {
                softmax.add(k);
            }
        }
        return new QuantityScope(sizes, biases, examples.size(), training.epochs(), java.util.Set.of(),
                java.util.Map.of(), softmax);
    }

    /**
     * Its printed values computed by core's textbook network under the file's method (its data set, batching,
     * reduction and ε included) and under the catalogue's variations of it.
     */
    public PrintedEvaluator printing(boolean trains) {
        return new NetworkPrinting(network, examples, training.schedule().withEpochs(Math.max(1, training.epochs())),
                training.method(), trains, training.biasless());
    }

    @Override
    public String formula() {
        return z() + ",\\quad a^{(k)} = g_k(z^{(k)}),\\quad L = \\mathrm{"
                + training.loss().name().toLowerCase(Locale.ROOT).replace("_", "\\_") + "}(a^{(" + network.depth()
                + ")}, y)";
    }

    /** z = W a + b, without "+ b" where no layer has biases; where some have, z = W a of each layer without them. */
    private String z() {
        if (training.biasless().size() == network.depth()) {
            return "z^{(k)} = W^{(k)} a^{(k-1)}";
        }
        StringBuilder z = new StringBuilder("z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)}");
        training.biasless().stream().sorted().forEach(k -> z.append(",\\quad z^{(").append(k).append(")} = W^{(").append(k)
                .append(")} a^{(").append(k - 1).append(")}"));
        return z.toString();
    }

    @Override
    public List<Input> inputs() {
        String from = fromFile();
        String weights = weightsOrigin == null ? from : from + "; " + weightsOrigin;
        List<Input> inputs = new ArrayList<>();
        for (int k = 1; k <= network.depth(); k++) {
            inputs.add(new Input("W" + k, Precision.matrix(network.layer(k).weights().toArray()), Provenance.STATED,
                    weights + "; " + network.layer(k).activation().name().toLowerCase(Locale.ROOT)));
            if (!training.biasless().contains(k)) {
                inputs.add(new Input("b" + k, Precision.vector(network.layer(k).bias()), Provenance.STATED,
                        weights + "; " + network.layer(k).biasLayout().name().toLowerCase(Locale.ROOT)));
            }
        }
        if (examples.size() == 1) {
            inputs.add(new Input("x", Precision.vector(example.x()), Provenance.STATED, from));
            inputs.add(new Input("y", Precision.vector(example.y()), Provenance.STATED, from));
        } else {
            inputs.add(new Input("(x¹, y¹), …, (x^" + examples.size() + ", y^" + examples.size() + ")",
                    TrainingRows.dataSet(examples), Provenance.STATED, from + "; the forward and backward pass"
                    + " below are on (x¹, y¹)"));
        }
        Schedule s = training.schedule();
        inputs.add(new Input("η", Precision.shortest(s.learningRate()), Provenance.STATED, from + "; momentum "
                + Precision.shortest(s.momentum()) + ", λ " + Precision.shortest(s.lambda()) + ", "
                + training.method().order().name().toLowerCase(Locale.ROOT) + TrainingRows.schedule(training,
                examples.size())));
        return inputs;
    }

    @Override
    public ScenarioResult compute() {
        Network net = network.copy();
        ForwardPass forward = net.forward(example.x(), training.method());
        BackwardPass backward = net.backward(forward, example.y(), training.method());
        NetworkUpdate update = DataSetTraining.firstUpdate(training, net, examples);
        ScenarioResult r = forwardValues(new ScenarioResult(), forward).derived(id() + ".L", "L",
                backward.gradients().loss());
        if (training.schedule().lambda() > 0) {
            r.derived(id() + ".penalty", "λ‖ω‖²", update.penaltyCost())
                    .derived(id() + ".J", "J = L + λ‖ω‖²", backward.gradients().loss() + update.penaltyCost());
        }
        for (int k = 1; k <= network.depth(); k++) {
            layer(r, k, backward, update);
        }
        double[] dx = backward.inputGradient();
        for (int i = 0; i < dx.length; i++) {
            r.derived(id() + ".dL_dx" + (i + 1), "∂L/∂x[" + (i + 1) + "]", dx[i]);
        }
        TrainingRun run = TrainingRun.NONE;
        if (training.epochs() > 0) {
            Network trained = network.copy();
            run = DataSetTraining.train(training, trained, examples);
            TrainingRows.add(r, id(), run, trained, examples, training.biasless());
        }
        return r.network(new NetworkWork(title(), network.copy(), example, training.method(), forward, backward, update,
                run, training.biasless()));
    }

    /**
     * Every z^(k)_i and a^(k)_i of the forward pass, layer by layer, as {@code z1_2} "z1[2]": a quantity the
     * scenario computes has a row even where nothing prints it, so a student's forward pass is graded too.
     */
    private ScenarioResult forwardValues(ScenarioResult r, ForwardPass forward) {
        for (int k = 1; k <= network.depth(); k++) {
            double[] z = forward.z(k);
            double[] a = forward.a(k);
            for (int i = 0; i < z.length; i++) {
                r.derived(id() + ".z" + k + "_" + (i + 1), "z" + k + "[" + (i + 1) + "]", new Source.Z(forward, k, i));
            }
            for (int i = 0; i < a.length; i++) {
                r.derived(id() + ".a" + k + "_" + (i + 1), "a" + k + "[" + (i + 1) + "]", new Source.A(forward, k, i));
            }
        }
        return r;
    }

    /**
     * Layer k's ∂L/∂W and ∂L/∂b of the backward pass, and its weights after the update; with the layer-by-layer
     * order, a layer below the last also gets the gradient its update used, the one through the updated weights.
     */
    private void layer(ScenarioResult r, int k, BackwardPass backward, NetworkUpdate update) {
        Matrix dW = backward.gradients().weight(k);
        boolean differs = training.method().order() == UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY
                && k < network.depth();
        for (int i = 0; i < dW.rows(); i++) {
            for (int j = 0; j < dW.cols(); j++) {
                String at = k + "[" + (i + 1) + "," + (j + 1) + "]";
                r.derived(id() + ".dL_dW" + at, "∂L/∂W" + at, new Source.WeightGradient(backward, k, i, j));
                if (differs) {
                    r.derived(id() + ".dL_dW" + at + "_used", "∂L/∂W" + at + " the update used (through the updated W"
                            + (k + 1) + ")", update.layer(k).weightGradient().get(i, j));
                }
                r.derived(id() + ".W" + at + "_new", "W" + at + " after the update",
                        new Source.WeightAfter(update.after(), k, i, j));
            }
        }
        double[] db = backward.gradients().bias(k);
        for (int i = 0; i < (training.biasless().contains(k) ? 0 : db.length); i++) {
            String at = db.length == 1 ? Integer.toString(k) : k + "[" + (i + 1) + "]";
            r.derived(id() + ".dL_db" + at, "∂L/∂b" + at, new Source.BiasGradient(backward, k, i));
            if (differs) {
                r.derived(id() + ".dL_db" + at + "_used", "∂L/∂b" + at + " the update used (through the updated W"
                        + (k + 1) + ")", update.layer(k).biasGradient()[i]);
            }
            r.derived(id() + ".b" + at + "_new", "b" + at + " after the update", new Source.BiasAfter(update.after(), k, i));
        }
    }
}

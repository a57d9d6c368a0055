package backprop.examples.scenariofile.network;

import backprop.examples.scenariofile.ScenarioTexts;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.Network;
import backprop.examples.Derived;
import backprop.examples.Input;
import backprop.examples.ScenarioResult;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.dataset.DataSet;
import backprop.examples.scenariofile.toml.TomlReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A network file's rows, named as the answer key and answer-key.csv name them, each value core's own textbook
 * network on the same numbers built by hand here; and what the inputs table says of the file.
 */
@DisplayName("A network file's computed rows and inputs")
class NetworkExamTest {
    /** ExamFileTest's network too. */
    static final String NETWORK = ScenarioTexts.NETWORK;

    static String with(String from, String to) {
        assertThat(NETWORK).contains(from);
        return NETWORK.replace(from, to);
    }

    static ScenarioFile read(String text) {
        return ExamFile.read("n.toml", text);
    }

    static Map<String, Double> derived(ScenarioFile file) {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (Derived d : file.scenario().compute().derived()) {
            rows.put(d.name().substring("variant.n.".length()), d.value());
        }
        return rows;
    }

    static Network byHand(BiasLayout layout, double[] secondBias) {
        return new Network(List.of(
                new DenseLayer(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[] {0.5, -0.5}, BiasLayout.PER_NEURON,
                        Activation.SIGMOID),
                new DenseLayer(new double[][] {{0.7, -0.6}}, secondBias, layout, Activation.IDENTITY)));
    }

    @Test
    @DisplayName("forward values, L, each ∂L/∂W and W after the update, each ∂L/∂b and b after it, ∂L/∂x: in that"
            + " order, each core's")
    void rowsOfOneUpdate() {
        Map<String, Double> rows = derived(read(NETWORK));
        Network net = byHand(BiasLayout.PER_NEURON, new double[] {0.05});
        Method method = Method.standard(Loss.HALF_SUM_SQUARED_ERROR, Conventions.LIBRARIES);
        ForwardPass f = net.forward(new double[] {1, 2}, method);
        BackwardPass b = net.backward(f, new double[] {0.5}, method);
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int k = 1; k <= 2; k++) {
            for (int i = 0; i < f.z(k).length; i++) {
                expected.put("z" + k + "_" + (i + 1), f.z(k)[i]);
            }
            for (int i = 0; i < f.a(k).length; i++) {
                expected.put("a" + k + "_" + (i + 1), f.a(k)[i]);
            }
        }
        expected.put("L", b.gradients().loss());
        for (int k = 1; k <= 2; k++) {
            for (int i = 0; i < net.layer(k).outputSize(); i++) {
                for (int j = 0; j < net.layer(k).inputSize(); j++) {
                    String at = k + "[" + (i + 1) + "," + (j + 1) + "]";
                    double g = b.gradients().weight(k).get(i, j);
                    expected.put("dL_dW" + at, g);
                    // W ← W − η ∂L/∂W, all gradients computed before any weight changes
                    expected.put("W" + at + "_new", net.layer(k).weights().get(i, j) - 0.1 * g);
                }
            }
            double[] db = b.gradients().bias(k);
            for (int i = 0; i < db.length; i++) {
                // a layer of one bias names it b2, not b2[1]
                String at = db.length == 1 ? Integer.toString(k) : k + "[" + (i + 1) + "]";
                expected.put("dL_db" + at, db[i]);
                expected.put("b" + at + "_new", net.layer(k).bias()[i] - 0.1 * db[i]);
            }
        }
        expected.put("dL_dx1", b.inputGradient()[0]);
        expected.put("dL_dx2", b.inputGradient()[1]);
        assertThat(rows.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, v) -> assertThat(rows.get(name)).as(name).isCloseTo(v,
                within(1e-15)));
    }

    @Test
    @DisplayName("each row says in words the place its name gives: z1_2 is z1[2], dL_dx1 is ∂L/∂x[1], and a used"
            + " gradient names the updated weights above it")
    void quantitiesNameTheirPlace() {
        Map<String, String> quantities = new LinkedHashMap<>();
        for (Derived d : read(with("learning_rate = 0.1",
                "learning_rate = 0.1\nupdate_order = \"each_layer_when_its_gradient_is_ready\"")).scenario().compute()
                .derived()) {
            quantities.put(d.name().substring("variant.n.".length()), d.quantity());
        }
        assertThat(quantities).containsEntry("z1_1", "z1[1]").containsEntry("z1_2", "z1[2]")
                .containsEntry("a1_2", "a1[2]").containsEntry("a2_1", "a2[1]")
                .containsEntry("dL_dx1", "∂L/∂x[1]").containsEntry("dL_dx2", "∂L/∂x[2]")
                .containsEntry("dL_dW1[2,1]_used", "∂L/∂W1[2,1] the update used (through the updated W2)")
                .containsEntry("dL_db1[2]_used", "∂L/∂b1[2] the update used (through the updated W2)");
    }

    @Test
    @DisplayName("with λ > 0: the penalty λ‖ω‖² of the weights and J = L + λ‖ω‖²; with λ = 0, neither")
    void penalty() {
        Map<String, Double> rows = derived(read(with("learning_rate = 0.1", "learning_rate = 0.1\nlambda = 0.01")));
        // ‖ω‖² = 0.1² + 0.2² + 0.3² + 0.4² + 0.7² + 0.6² = 1.15, the biases not counted
        assertThat(rows.get("penalty")).isCloseTo(0.0115, within(1e-15));
        assertThat(rows.get("J")).isEqualTo(rows.get("L") + rows.get("penalty"));
        assertThat(derived(read(NETWORK))).doesNotContainKeys("penalty", "J");
    }

    @Test
    @DisplayName("layer by layer: a layer below the last also shows the gradient its update used, through the"
            + " updated weights above it")
    void eachLayerWhenItsGradientIsReady() {
        Map<String, Double> rows = derived(read(with("learning_rate = 0.1",
                "learning_rate = 0.1\nupdate_order = \"each_layer_when_its_gradient_is_ready\"")));
        List<String> used = rows.keySet().stream().filter(k -> k.endsWith("_used")).toList();
        assertThat(used).containsExactly("dL_dW1[1,1]_used", "dL_dW1[1,2]_used", "dL_dW1[2,1]_used",
                "dL_dW1[2,2]_used", "dL_db1[1]_used", "dL_db1[2]_used");
        for (String at : new String[] {"1[1,1]", "1[2,2]"}) {
            // the update used its own gradient, not the one of the first backward pass
            assertThat(rows.get("dL_dW" + at + "_used")).isNotEqualTo(rows.get("dL_dW" + at));
            double before = at.equals("1[1,1]") ? 0.1 : 0.4;
            assertThat(rows.get("W" + at + "_new")).isCloseTo(before - 0.1 * rows.get("dL_dW" + at + "_used"),
                    within(1e-15));
        }
        assertThat(rows.get("b1[2]_new")).isCloseTo(-0.5 - 0.1 * rows.get("dL_db1[2]_used"),
                within(1e-15));
    }

    @Test
    @DisplayName("conventions: ReLU'(0) is 0 for libraries, 1 for the documents")
    void conventions() {
        // a ReLU hidden layer whose first neuron gets z = 0.5·1 + 0.25·2 − 1 = 0, exactly in binary; the second
        // z = 0.3 + 0.8 − 0.5 = 0.6, so a2 = 0.7·0 − 0.6·0.6 + 0.05 = −0.31 and δ2 = a2 − y = −0.81; then
        // ∂L/∂W1[1,1] = ReLU'(0)·0.7·δ2·x1: 0 for libraries, 0.7·(−0.81) = −0.567 for the documents
        String relu = with("[\"sigmoid\", \"identity\"]", "[\"relu\", \"identity\"]")
                .replace("weights = [[0.1, 0.2], [0.3, 0.4]]\nbiases = [0.5, -0.5]",
                        "weights = [[0.5, 0.25], [0.3, 0.4]]\nbiases = [-1, -0.5]");
        double libraries = derived(read(relu)).get("dL_dW1[1,1]");
        double documents = derived(read(relu.replace("bias_layout = \"per_neuron\"",
                "bias_layout = \"per_neuron\"\nconventions = \"documents\""))).get("dL_dW1[1,1]");
        assertThat(Math.abs(libraries)).isEqualTo(0.0);
        assertThat(documents).isCloseTo(-0.567, within(1e-15));
    }

    @Test
    @DisplayName("frozen W1[2,2] keeps exactly that weight; with one shared bias, W1[2,1] is still an entry of W1")
    void frozenEntries() {
        Map<String, Double> rows = derived(read(with("learning_rate = 0.1",
                "learning_rate = 0.1\nfrozen = [\"W1[2,2]\", \"b1[2]\"]")));
        assertThat(rows.get("W1[2,2]_new")).isEqualTo(0.4);
        assertThat(rows.get("b1[2]_new")).isEqualTo(-0.5);
        assertThat(rows.get("W1[1,2]_new")).isNotEqualTo(0.2);
        assertThat(rows.get("W1[2,1]_new")).isNotEqualTo(0.3);
        assertThat(rows.get("b1[1]_new")).isNotEqualTo(0.5);
        String shared = with("bias_layout = \"per_neuron\"", "bias_layout = \"shared_per_layer\"")
                .replace("biases = [0.5, -0.5]", "biases = [0.5]")
                .replace("learning_rate = 0.1", "learning_rate = 0.1\nfrozen = [\"W1[2,1]\"]");
        assertThat(derived(read(shared)).get("W1[2,1]_new")).isEqualTo(0.3);
    }

    @Test
    @DisplayName("the formula names the loss and the last layer")
    void formula() {
        assertThat(read(NETWORK).scenario().formula()).isEqualTo("z^{(k)} = W^{(k)} a^{(k-1)} + b^{(k)},\\quad"
                + " a^{(k)} = g_k(z^{(k)}),\\quad L = \\mathrm{half\\_sum\\_squared\\_error}(a^{(2)}, y)");
    }

    @Test
    @DisplayName("inputs: W and b of every layer, x and y, η with the schedule; drawn weights say how")
    void inputs() {
        List<Input> inputs = read(NETWORK).scenario().inputs();
        assertThat(inputs).extracting(Input::symbol).containsExactly("W1", "b1", "W2", "b2", "x", "y", "η");
        assertThat(inputs).extracting(Input::value).containsExactly("[[0.1, 0.2], [0.3, 0.4]]", "[0.5, -0.5]",
                "[[0.7, -0.6]]", "[0.05]", "[1, 2]", "[0.5]", "0.1");
        assertThat(inputs.get(0).note()).isEqualTo("from n.toml; sigmoid");
        assertThat(inputs.get(3).note()).isEqualTo("from n.toml; per_neuron");
        assertThat(inputs.get(6).note()).isEqualTo("from n.toml; momentum 0, λ 0, all_gradients_first");
        String drawn = NETWORK.substring(0, NETWORK.indexOf("[[network.layer]]"))
                + "[initial]\nseed = 7\nrange = [-0.5, 0.5]\n" + NETWORK.substring(NETWORK.indexOf("[example]"));
        assertThat(read(drawn).scenario().inputs().get(0).note()).isEqualTo("from n.toml; drawn: seed 7, uniform in"
                + " [-0.5, 0.5], layer by layer, W row-major then b; sigmoid");
    }

    @Test
    @DisplayName("a data set of nine examples shows the first eight and the count; whole batches say how they add up")
    void dataSetInputs() {
        StringBuilder table = new StringBuilder("[data]\ninputs = 2\ntable = [");
        for (int m = 0; m < 9; m++) {
            table.append(m == 0 ? "" : ", ").append("[").append(m).append(", 1, 0.5]");
        }
        String nine = with("[example]\nx = [1, 2]\ny = [0.5]\n", table + "]\n")
                .replace("learning_rate = 0.1", "learning_rate = 0.1\nbatching = \"whole_batch\"\n"
                        + "batch_reduction = \"sum\"\nepochs = 2\nstop_below = 0.01");
        List<Input> inputs = read(nine).scenario().inputs();
        Input data = inputs.get(4);
        assertThat(data.symbol()).isEqualTo("(x¹, y¹), …, (x^9, y^9)");
        assertThat(data.value()).startsWith("([0, 1], [0.5]), ([1, 1], [0.5]), ").endsWith(
                "([7, 1], [0.5]), … (9 examples)");
        assertThat(inputs.get(5).note()).endsWith(", all_gradients_first, whole_batch (sum), stop when J < 0.01");
        String eight = nine.replace(", [8, 1, 0.5]", "").replace("batch_reduction = \"sum\"\n", "")
                .replace("batching = \"whole_batch\"", "batching = \"per_example\"");
        List<Input> eightInputs = read(eight).scenario().inputs();
        assertThat(eightInputs.get(4).value()).endsWith("([7, 1], [0.5])");
        assertThat(eightInputs.get(5).note()).endsWith(", all_gradients_first, per_example, stop when J < 0.01");
        String mean = nine.replace("batch_reduction = \"sum\"\n", "").replace("stop_below = 0.01", "");
        assertThat(read(mean).scenario().inputs().get(5).note()).endsWith(", whole_batch (mean)");
    }

    @Test
    @DisplayName("training rows only with epochs > 0; epochs_run only with stop_below, saying whether J got below it")
    void trainingRows() {
        assertThat(derived(read(NETWORK)).keySet()).noneMatch(k -> k.startsWith("J_") || k.contains("_trained"));
        Map<String, Double> one = derived(read(with("learning_rate = 0.1", "learning_rate = 0.1\nepochs = 1")));
        List<String> names = new ArrayList<>(one.keySet());
        assertThat(names.subList(names.indexOf("J_trained"), names.size())).containsExactly("J_trained", "J_epoch0",
                "J_epoch1", "out_after[1][1]", "W1[1,1]_trained", "W1[1,2]_trained", "W1[2,1]_trained",
                "W1[2,2]_trained", "b1[1]_trained", "b1[2]_trained", "W2[1,1]_trained", "W2[1,2]_trained",
                "b2_trained");
        List<Derived> reached = read(with("learning_rate = 0.1", "learning_rate = 0.1\nepochs = 3\nstop_below = 10"))
                .scenario().compute().derived();
        assertThat(reached).filteredOn(d -> d.name().endsWith(".epochs_run")).singleElement().satisfies(d -> {
            assertThat(d.quantity()).isEqualTo("epochs run: J < 10 reached");
            assertThat(d.value()).isZero();
        });
        List<Derived> notReached = read(with("learning_rate = 0.1",
                "learning_rate = 0.1\nepochs = 3\nstop_below = 1e-9")).scenario().compute().derived();
        assertThat(notReached).filteredOn(d -> d.name().endsWith(".epochs_run")).singleElement().satisfies(d -> {
            assertThat(d.quantity()).isEqualTo("epochs run: J < 0.000000001 not reached");
            assertThat(d.value()).isEqualTo(3);
        });
    }

    @Test
    @DisplayName("1,000 epochs have a loss-curve row each; 1,001 have every second and the last")
    void lossCurveRows() {
        long thousand = derived(read(with("learning_rate = 0.1", "learning_rate = 0.1\nepochs = 1000")))
                .keySet().stream().filter(k -> k.startsWith("J_epoch")).count();
        assertThat(thousand).isEqualTo(1001);
        Map<String, Double> more = derived(read(with("learning_rate = 0.1", "learning_rate = 0.1\nepochs = 1001")));
        // s = ⌈1001/1000⌉ = 2: epochs 0, 2, …, 1000 and 1001
        assertThat(more.keySet().stream().filter(k -> k.startsWith("J_epoch")).count()).isEqualTo(502);
        assertThat(more).containsKeys("J_epoch1000", "J_epoch1001").doesNotContainKey("J_epoch999");
    }

    @Test
    @DisplayName("training work of exactly 10,000,000 parameter updates is read, one epoch more is refused")
    void trainingWorkLimit() {
        // 99 inputs, 100 outputs: 10,000 weights and biases; one example; 1,000 epochs
        Network net = new Network(List.of(new DenseLayer(new double[100][99], new double[100], BiasLayout.PER_NEURON,
                Activation.IDENTITY)));
        DataSet data = new DataSet(List.of(new Example(new double[99], new double[100])), List.of(), null, 0);
        String text = "[training]\nloss = \"half_sum_squared_error\"\nlearning_rate = 0.1\nepochs = 1000\n";
        Training t = Training.read(new TomlReader("n.toml", text, null), Toml.parse(text), net, Conventions.LIBRARIES,
                data, new int[] {99, 100});
        assertThat(t.epochs()).isEqualTo(1000);
        String more = text.replace("1000", "1001");
        assertThatThrownBy(() -> Training.read(new TomlReader("n.toml", more, null), Toml.parse(more), net,
                Conventions.LIBRARIES, data, new int[] {99, 100})).hasMessage("n.toml:4: training.epochs 1001 × 10000"
                + " parameters = 10010000 parameter updates; the limit is 10000000");
    }

    @Test
    @DisplayName("the limits are on what is over them: 20 layers and 10,000 weights and biases are read")
    void limitsAreInclusive() {
        String twenty = NETWORK.substring(0, NETWORK.indexOf("[network]"))
                + "[network]\nlayers = [" + "1, ".repeat(20) + "1]\nactivations = [" + "\"identity\", ".repeat(19)
                + "\"identity\"]\n[initial]\nseed = 1\nrange = [-0.5, 0.5]\n[example]\nx = [1]\ny = [0.5]\n"
                + NETWORK.substring(NETWORK.indexOf("[training]"));
        assertThat(read(twenty).scenario().inputs()).hasSize(2 * 20 + 3);
        // 99 inputs and 100 outputs: 100·99 weights and 100 biases
        String tenThousand = twenty.replaceFirst("layers = \\[[^]]*]", "layers = [99, 100]")
                .replaceFirst("activations = \\[[^]]*]", "activations = [\"identity\"]")
                .replace("x = [1]", "x = [" + "0, ".repeat(98) + "1]").replace("y = [0.5]", "y = [" + "0, ".repeat(99)
                        + "1]");
        assertThat(read(tenThousand).scenario().inputs()).extracting(Input::symbol).startsWith("W1", "b1");
    }
}

package backprop.examples.scenariofile.network;

import backprop.core.catalogue.Choice;
import backprop.core.catalogue.Variation;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.FrozenParameters;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.scenariofile.printed.PrintedQuantity.Symbol;
import backprop.examples.scenariofile.printed.PrintedQuantity.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static backprop.examples.scenariofile.network.NetworkExamTest.NETWORK;
import static backprop.examples.scenariofile.network.NetworkExamTest.read;
import static backprop.examples.scenariofile.network.NetworkExamTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 21's grammar code of the network files, on the cases the other tests left open (group A of the PIT
 * survivors): a derivative between two a's of a hidden layer, ∂z/∂a two layers down, a binary cross-entropy term
 * with a fractional target, the softmax layers of a file's scope, the variations of a file with layers without
 * biases, and the characters outside ASCII named in a refused "none".
 */
@DisplayName("Issue 21's network grammar code, cases left open by the other tests")
class GrammarMutantsATest {
    private static final Method HALF = Method.documents(Loss.HALF_SUM_SQUARED_ERROR);
    private static final IntermediateRounding NONE = new IntermediateRounding(Map.of());

    private static Term t(Symbol s, int layer, int row) {
        return new Term(s, layer, row, 0);
    }

    private static DenseLayer identity(double[][] w) {
        return new DenseLayer(w, new double[w.length], BiasLayout.PER_NEURON, Activation.IDENTITY);
    }

    @Test
    @DisplayName("∂a1[1]/∂a1[1] = 1 and ∂a1[1]/∂a1[2] = 0 below the output layer (tanh is element-wise)")
    void betweenHiddenActivations() {
        Network n = new Network(List.of(
                new DenseLayer(new double[][] {{0.4, -0.2}, {0.3, 0.6}}, new double[] {0.1, 0.2}, BiasLayout.PER_NEURON,
                        Activation.TANH),
                identity(new double[][] {{0.7, -0.5}})));
        FirstPass f = new FirstPass(n, new Example(new double[] {0.3, -0.7}, new double[] {1.0}), HALF);
        assertThat(f.value(new PrintedQuantity.Derivative(t(Symbol.A, 1, 1), t(Symbol.A, 1, 1)))).isEqualTo(1.0);
        assertThat(f.value(new PrintedQuantity.Derivative(t(Symbol.A, 1, 1), t(Symbol.A, 1, 2)))).isZero();
    }

    @Test
    @DisplayName("∂z3[1]/∂a1[j] of an identity 2-2-2-1 network is (W3·W2)[1,j]: 5·1 + 6·3 = 23, 5·2 + 6·4 = 34")
    void zByAnActivationTwoLayersDown() {
        Network n = new Network(List.of(
                identity(new double[][] {{0.5, 0.1}, {-0.2, 0.3}}),
                identity(new double[][] {{1, 2}, {3, 4}}),
                identity(new double[][] {{5, 6}})));
        FirstPass f = new FirstPass(n, new Example(new double[] {1.0, 2.0}, new double[] {0.0}), HALF);
        assertThat(f.value(new PrintedQuantity.Derivative(t(Symbol.Z, 3, 1), t(Symbol.A, 1, 1)))).isEqualTo(23.0);
        assertThat(f.value(new PrintedQuantity.Derivative(t(Symbol.Z, 3, 1), t(Symbol.A, 1, 2)))).isEqualTo(34.0);
    }

    @Test
    @DisplayName("binary cross-entropy with y = 0.5, a = 0.25: −(0.5 ln 0.25 + 0.5 ln 0.75)")
    void binaryCrossEntropyOfAFractionalTarget() {
        assertThat(FirstPass.term(Loss.BINARY_CROSS_ENTROPY, new double[] {0.25}, new double[] {0.5}, 0))
                .isCloseTo(-(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75)), within(1e-15));
    }

    @Test
    @DisplayName("the scope couples the softmax output layer, and only it")
    void softmaxScope() {
        String softmax = with("layers = [2, 2, 1]", "layers = [2, 2, 2]")
                .replace("[\"sigmoid\", \"identity\"]", "[\"sigmoid\", \"softmax\"]")
                .replace("weights = [[0.7, -0.6]]\nbiases = [0.05]", "weights = [[0.7, -0.6], [0.2, 0.1]]\nbiases = [0.05, 0.0]")
                .replace("y = [0.5]", "y = [0.0, 1.0]")
                .replace("half_sum_squared_error", "categorical_cross_entropy");
        assertThat(((NetworkExam) read(softmax).scenario()).scope().coupled()).containsExactly(2);
        assertThat(((NetworkExam) read(NETWORK).scenario()).scope().coupled()).isEmpty();
    }

    /** The network file with layer 1 (and layer 2 too if {@code both}) without biases, training W2[1,1] frozen. */
    private static NetworkPrinting biasless(boolean both) {
        return biasless(both, "\"W2[1,1]\"");
    }

    private static NetworkPrinting biasless(boolean both, String frozen) {
        String text = with("biases = [0.5, -0.5]", "biases = \"none\"")
                .replace("learning_rate = 0.1", "learning_rate = 0.1\nfrozen = [" + frozen + "]");
        if (both) {
            text = text.replace("biases = [0.05]", "biases = \"none\"");
        }
        return (NetworkPrinting) ((NetworkExam) read(text).scenario()).printing(true);
    }

    @Test
    @DisplayName("no layer with biases: no variation frees or drops a bias; the others stay")
    void noBiasAnywhere() {
        List<Variation> all = biasless(true).variations(NONE);
        assertThat(all).isNotEmpty().extracting(Variation::choice)
                .doesNotContain(Choice.FROZEN_BIASES, Choice.BIAS_IN_FORWARD)
                .contains(Choice.LOSS_CONSTANT);
    }

    @Test
    @DisplayName("layer 2 with biases: freezing the biases freezes b2, keeps W2[1,1] frozen and layer 1's zeros")
    void someBiases() {
        NetworkPrinting p = biasless(false);
        List<Variation> all = p.variations(NONE);
        assertThat(all).extracting(Variation::choice).contains(Choice.FROZEN_BIASES, Choice.BIAS_IN_FORWARD);
        Variation freeze = all.stream().filter(v -> v.choice() == Choice.FROZEN_BIASES).findFirst().orElseThrow();
        Set<FrozenParameters.Parameter> frozen = freeze.apply().apply(p.stated()).frozen().frozen();
        // the stated method freezes only layer 1's missing bias, which the catalogue must not see as "biases frozen"
        assertThat(frozen).anyMatch(q -> q.kind() == FrozenParameters.Kind.BIAS && q.layer() == 2)
                .anyMatch(q -> q.kind() == FrozenParameters.Kind.BIAS && q.layer() == 1)
                .anyMatch(q -> q.kind() == FrozenParameters.Kind.WEIGHTS && q.layer() == 2);
        Variation loss = all.stream().filter(v -> v.choice() == Choice.LOSS_CONSTANT).findFirst().orElseThrow();
        assertThat(loss.apply().apply(p.stated()).frozen().frozen())
                .anyMatch(q -> q.kind() == FrozenParameters.Kind.WEIGHTS && q.layer() == 2)
                .noneMatch(q -> q.kind() == FrozenParameters.Kind.BIAS && q.layer() == 2);
    }

    @Test
    @DisplayName("b2 frozen as stated: the catalogue sees it (not only layer 1's missing bias) and its variation frees it")
    void statedFrozenBiasSeen() {
        NetworkPrinting p = biasless(false, "\"b2[1]\"");
        Variation free = p.variations(NONE).stream().filter(v -> v.choice() == Choice.FROZEN_BIASES).findFirst()
                .orElseThrow();
        assertThat(free.apply().apply(p.stated()).frozen().frozen())
                .noneMatch(q -> q.kind() == FrozenParameters.Kind.BIAS && q.layer() == 2)
                .anyMatch(q -> q.kind() == FrozenParameters.Kind.BIAS && q.layer() == 1);
    }

    @Test
    @DisplayName("a refused biases word names its characters outside ASCII (U+0435), not DEL (U+007F) nor none at all")
    void outsideAscii() {
        assertThatThrownBy(() -> read(with("biases = [0.5, -0.5]", "biases = \"non\u0435\"")))
                .hasMessageContaining("(its characters outside ASCII: \\u0435)");
        assertThatThrownBy(() -> read(with("biases = [0.5, -0.5]", "biases = \"none\\u007f\"")))
                .hasMessageContaining("biases must be").hasMessageNotContaining("outside ASCII");
        assertThatThrownBy(() -> read(with("biases = [0.5, -0.5]", "biases = \"nope\"")))
                .hasMessageContaining("biases must be").hasMessageNotContaining("outside ASCII");
    }
}

package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static backprop.core.network.Tolerances.ENGINES_AGREE;
import static backprop.core.network.Tolerances.EXACT;
import static backprop.core.network.Tolerances.assertRelativelyClose;
import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The layer-wise engine (003, Algorithm 2) against the scalar computational graph (003, Algorithm 4)
 * built by {@link NetworkGraph}: two independent computations of the same derivatives.
 */
@DisplayName("Two engines, one gradient: the δ recursion equals back-propagation on the computational graph")
class EnginesAgreeTest {

    /** A 2-3-3-2 network, three layers with a softmax output; hidden activations and bias layout vary. */
    private static Network network(Activation first, Activation second, BiasLayout layout) {
        boolean shared = layout == BiasLayout.SHARED_PER_LAYER;
        return new Network(List.of(
                new DenseLayer(new double[][] {{0.5, -0.3}, {0.8, 0.2}, {-0.4, 0.9}},
                        shared ? new double[] {0.1} : new double[] {0.1, -0.2, -0.3}, layout, first),
                new DenseLayer(new double[][] {{0.3, -0.6, 0.2}, {0.7, 0.1, -0.5}, {-0.2, 0.4, 0.6}},
                        shared ? new double[] {0.05} : new double[] {0.05, -0.1, 0.2}, layout, second),
                new DenseLayer(new double[][] {{1.2, -0.7, 0.3}, {-0.5, 0.9, 0.6}},
                        shared ? new double[] {-0.1} : new double[] {0.1, -0.1}, layout, Activation.SOFTMAX)));
    }

    static Stream<Arguments> lossesAndLayouts() {
        List<Arguments> cases = new ArrayList<>();
        for (Loss loss : Loss.values()) {
            // z^(1)_3 = −0.4·1 + 0.9·0.5 − 0.3 = −0.25 < 0: ReLU's zero branch is exercised.
            cases.add(Arguments.of(loss, BiasLayout.PER_NEURON, Activation.RELU, Activation.TANH));
            cases.add(Arguments.of(loss, BiasLayout.SHARED_PER_LAYER, Activation.SIGMOID, Activation.IDENTITY));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}/{3}/softmax")
    @MethodSource("lossesAndLayouts")
    @DisplayName("∂L/∂W, ∂L/∂b, ∂L/∂x and L agree within 1e-12 relative (different summation order)")
    void layerWiseAndGraphGradientsAgree(Loss loss, BiasLayout layout, Activation first, Activation second) {
        Network net = network(first, second, layout);
        // One-hot y: a valid target for every loss, categorical cross-entropy included.
        Example example = new Example(new double[] {1.0, 0.5}, new double[] {0, 1});
        BackwardPass pass = net.backward(example, Method.documents(loss));
        Gradients layerWise = pass.gradients();

        NetworkGraph g = NetworkGraph.build(net, example, loss, Conventions.DOCUMENTS);
        g.graph().backward(g.loss());

        assertThat(g.loss().value()).as("L").isCloseTo(layerWise.loss(),
                within(ENGINES_AGREE * Math.abs(layerWise.loss())));
        for (int k = 1; k <= net.depth(); k++) {
            assertRelativelyClose("∂L/∂W^(" + k + ")", gradients(g.weights()[k - 1]),
                    layerWise.weight(k).toArray(), ENGINES_AGREE);
            // ∂L/∂b is δ_j or the sum Σ_j δ_j; a sum's rounding scales with Σ_j |δ_j|, not with the result,
            // which can be 0 (see the softmax test below).
            assertThat(gradients(g.biases()[k - 1])).as("∂L/∂b^(" + k + ")")
                    .containsExactly(layerWise.bias(k), within(ENGINES_AGREE * sumOfMagnitudes(pass.delta(k))));
        }
        assertRelativelyClose("∂L/∂x", gradients(g.inputs()), pass.inputGradient(), ENGINES_AGREE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("softmaxLosses")
    @DisplayName("a bias shared by every softmax input has gradient 0 in both engines")
    void sharedBiasBeforeSoftmax_hasZeroGradient(Loss loss) {
        // Softmax is unchanged by adding one constant to every z, so ∂L/∂b = Σ_j δ_j = 0:
        // Σ_j a_j(u_j − Σ_i a_i u_i) = Σ_j a_j u_j − (Σ_j a_j)(Σ_i a_i u_i) = 0 since Σ_j a_j = 1.
        // Computed, it is a few roundings of the terms a_j u_j, each of order Σ_j |δ_j|.
        Network net = network(Activation.SIGMOID, Activation.IDENTITY, BiasLayout.SHARED_PER_LAYER);
        Example example = new Example(new double[] {1.0, 0.5}, new double[] {0, 1});
        BackwardPass pass = net.backward(example, Method.documents(loss));
        double roundings = FEW_ROUNDINGS_NEAR_ONE * sumOfMagnitudes(pass.delta(3));
        NetworkGraph g = NetworkGraph.build(net, example, loss, Conventions.DOCUMENTS);
        g.graph().backward(g.loss());
        assertThat(pass.gradients().bias(3)[0]).as("layer-wise").isCloseTo(0.0, within(roundings));
        assertThat(g.biases()[2][0].gradient()).as("graph").isCloseTo(0.0, within(roundings));
        assertThat(sumOfMagnitudes(pass.delta(3))).as("while δ^(3) itself is not 0").isGreaterThan(0.01);
    }

    static Stream<Loss> softmaxLosses() {
        return Stream.of(Loss.values());
    }

    @Test
    @DisplayName("ReLU'(0) is a named convention, and both engines honour the same one")
    void reluAtZero_sameConventionInBothEngines() {
        // z^(1) = [1, −1]·[½, ½] + 0 = 0 exactly; a^(1) = 0; ŷ = 1·0 + 0 = 0; C = (0 − 1)², δ^(2) = −2.
        // δ^(1) = 1·(−2)·ReLU'(0): DOCUMENTS (000, eq. 8) → −2, so ∂L/∂W^(1) = −2·[½, ½] = [−1, −1];
        // LIBRARIES → 0, so ∂L/∂W^(1) = [0, 0] (computed as −2·0 = −0.0, equal to 0). Exact.
        for (Conventions conventions : new Conventions[] {Conventions.DOCUMENTS, Conventions.LIBRARIES}) {
            Network net = new Network(List.of(
                    new DenseLayer(new double[][] {{1, -1}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.RELU),
                    new DenseLayer(new double[][] {{1}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY)));
            Example example = new Example(new double[] {0.5, 0.5}, new double[] {1});
            double expected = conventions == Conventions.DOCUMENTS ? -1 : 0;

            Gradients layerWise = net.backward(example, Method.standard(Loss.SUM_SQUARED_ERROR, conventions)).gradients();
            NetworkGraph g = NetworkGraph.build(net, example, Loss.SUM_SQUARED_ERROR, conventions);
            g.graph().backward(g.loss());

            assertThat(layerWise.weight(1).toArray()[0]).as("layer-wise, " + conventions)
                    .containsExactly(new double[] {expected, expected}, within(EXACT));
            assertThat(gradients(g.weights()[0])[0]).as("graph, " + conventions)
                    .containsExactly(new double[] {expected, expected}, within(EXACT));
        }
    }

    private static double sumOfMagnitudes(double[] v) {
        double sum = 0.0;
        for (double x : v) {
            sum += Math.abs(x);
        }
        return sum;
    }

    private static double[] gradients(Node[] nodes) {
        double[] out = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            out[i] = nodes[i].gradient();
        }
        return out;
    }

    private static double[][] gradients(Node[][] nodes) {
        double[][] out = new double[nodes.length][];
        for (int i = 0; i < nodes.length; i++) {
            out[i] = gradients(nodes[i]);
        }
        return out;
    }
}

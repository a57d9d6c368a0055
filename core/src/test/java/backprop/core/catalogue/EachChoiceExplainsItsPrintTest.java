package backprop.core.catalogue;

import backprop.core.function.Activation;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * For each catalogued choice, a value printed the textbook's way (computed by hand in the comment) is explained
 * by exactly that one variation, and the hand value is what the varied method gives.
 */
@DisplayName("Each catalogued choice alone explains a number printed its way")
class EachChoiceExplainsItsPrintTest {
    /** Hand arithmetic in decimals of a few digits: a few roundings of 1.1e-16 each. */
    private static final double HAND = 1e-12;

    private static Explained explainLinear(ToDoubleFunction<MethodRun> read, int epochs, double printed,
                                           double halfUnit) {
        return Explanation.explain(STATED, Tiny.trainedVariations(Tiny.linear(), IntermediateRounding.NONE),
                m -> read.applyAsDouble(Tiny.linearRun(m, epochs)), printed, halfUnit);
    }

    private static void assertExplainedBy(Explained e, Choice choice, String name) {
        assertThat(e.kind()).isEqualTo(Explained.Kind.METHOD);
        assertThat(e.used()).extracting(Variation::choice).containsExactly(choice);
        assertThat(e.used()).extracting(Variation::name).containsExactly(name);
    }

    @Test
    void updateOrder_layerByLayerAloneExplainsTheHiddenWeightThroughTheUpdatedOutputWeight() {
        // w2 is updated first: 2 − 0.1·1.5 = 1.85; δ1 = 1.85·2 = 3.7; w1 = 0.5 − 0.1·3.7·1 = 0.13 (stated: 0.1)
        Explained e = explainLinear(r -> r.weightAfter(1, 1, 1, 1), 1, 0.13, 0.005);

        assertExplainedBy(e, Choice.UPDATE_ORDER, "layer-by-layer update");
        assertThat(e.value()).isCloseTo(0.13, within(HAND));
        assertThat(Explanation.note(e, STATED)).isEqualTo("comes out only when the hidden layer's δ uses the output"
                + " weights already updated in this step; the file states the simultaneous update: every gradient is"
                + " computed before any weight changes");
    }

    @Test
    void frozenBiases_aloneExplainTheOutputWeightAfterTwoUpdates() {
        // biases kept: after 1 update w1 = 0.1, w2 = 1.85, b1 = 0.25, b2 = 0.5; z1 = 0.35, ŷ = 1.85·0.35 + 0.5 = 1.1475;
        // ∂L/∂w2 = 2·0.1475·0.35 = 0.10325; w2 = 1.85 − 0.010325 = 1.839675
        // (stated: b1 = −0.15, b2 = 0.3, a1 = −0.05, ŷ = 0.2075, ∂L/∂w2 = 2·(−0.7925)·(−0.05) = 0.07925, w2 = 1.842075)
        Explained e = explainLinear(r -> r.weightAfter(2, 2, 1, 1), 2, 1.8397, 5e-5);

        assertExplainedBy(e, Choice.FROZEN_BIASES, "biases frozen");
        assertThat(e.value()).isCloseTo(1.839675, within(HAND));
        assertThat(Tiny.linearRun(STATED, 2).weightAfter(2, 2, 1, 1)).isCloseTo(1.842075, within(HAND));
    }

    @Test
    void lossConstant_halfSumAloneExplainsTheHiddenWeight() {
        // ½Σ: ∂L/∂ŷ = 2 − 1 = 1 = δ2; δ1 = 2·1 = 2; w1 = 0.5 − 0.1·2 = 0.3
        Explained e = explainLinear(r -> r.weightAfter(1, 1, 1, 1), 1, 0.30, 0.005);

        assertExplainedBy(e, Choice.LOSS_CONSTANT, "L = ½Σ(ŷ − y)²");
        assertThat(e.value()).isCloseTo(0.3, within(HAND));
    }

    @Test
    void batchReduction_sumAloneExplainsTheBatchGradient() {
        // example 1 (x = 1, y = 1): ∂L/∂w2 = 2·(2 − 1)·0.75 = 1.5;
        // example 2 (x = 2, y = 2): z1 = 1.25, ŷ = 3, ∂L/∂w2 = 2·(3 − 2)·1.25 = 2.5; summed 4.0, averaged 2.0
        List<Example> two = List.of(Tiny.ONE.get(0), new Example(new double[] {2.0}, new double[] {2.0}));
        Schedule batch = new Schedule(0.1, 0.0, 0.0, 1, 0.0, Schedule.Batching.WHOLE_BATCH);
        Network net = Tiny.linear();
        List<Variation> variations = MethodCatalogue.variations(STATED, Applicability.network(net, true, true),
                IntermediateRounding.NONE);

        Explained e = Explanation.explain(STATED, variations,
                m -> MethodRun.of(net, two, batch, m).weightGradient(2, 1, 1), 4.0, 0.05);

        assertExplainedBy(e, Choice.BATCH_REDUCTION, "summed over the batch");
        assertThat(e.value()).isCloseTo(4.0, within(HAND));
        assertThat(MethodRun.of(net, two, batch, STATED).weightGradient(2, 1, 1)).isCloseTo(2.0, within(HAND));
    }

    @Test
    void softmaxBackward_diagonalAloneExplainsTheTargetsDelta() {
        // z = 0 gives ŷ = (1/3, 1/3, 1/3); y = (1, 0, 0): ∂L/∂ŷ = 2(ŷ − y) = (−4/3, 2/3, 2/3), Σ_i ŷ_i ∂L/∂ŷ_i = 0.
        // full: δ1 = ŷ1(∂L/∂ŷ1 − 0) = −4/9 = −0.4444; diagonal: δ1 = ŷ1(1 − ŷ1)·∂L/∂ŷ1 = (2/9)(−4/3) = −8/27 = −0.2963
        // (½Σ gives −2/9 = −0.2222, the mean over 3 outputs −4/27 = −0.1481)
        Network net = new Network(List.of(new DenseLayer(new double[][] {{0.0}, {0.0}, {0.0}}, new double[] {0, 0, 0},
                BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        List<Example> data = List.of(new Example(new double[] {1.0}, new double[] {1, 0, 0}));
        List<Variation> variations = MethodCatalogue.variations(STATED, Applicability.network(net, false, false),
                IntermediateRounding.NONE);

        Explained e = Explanation.explain(STATED, variations,
                m -> MethodRun.of(net, data, Schedule.plain(0.1, 0), m).delta(1, 1, 1), -0.2963, 5e-5);

        assertExplainedBy(e, Choice.SOFTMAX_BACKWARD, "softmax diagonal only");
        assertThat(e.value()).isCloseTo(-8.0 / 27, within(HAND));
    }

    @Test
    void biasInForward_leavingItOutAloneExplainsTheOutput() {
        // z = W·a only: a1 = 0.5·1 = 0.5, ŷ = 2·0.5 = 1.0 (stated: 2.0)
        Explained e = explainLinear(r -> r.a(1, 2, 1), 1, 1.0, 0.05);

        assertExplainedBy(e, Choice.BIAS_IN_FORWARD, "bias left out of the forward pass");
        assertThat(e.value()).isCloseTo(1.0, within(HAND));
    }

    @Test
    void reluAtZero_zeroAloneExplainsTheHiddenDeltaAtTheKink() {
        // w1 = 0.5, b1 = −0.5: z1 = 0, a1 = 0; ŷ = 2·0 + 0.5 = 0.5, y = 0: ∂L/∂ŷ = 1 = δ2; upstream = 2·1 = 2;
        // δ1 = ReLU'(0)·2: 2 with ReLU'(0) = 1 (stated, 000), 0 with ReLU'(0) = 0
        // (bias left out: z1 = 0.5, ŷ = 1, δ1 = 1·2·2 = 4; ½Σ: δ1 = 1)
        Network net = Tiny.oneOneOne(0.5, -0.5, Activation.RELU, 2.0, 0.5);
        List<Example> data = List.of(new Example(new double[] {1.0}, new double[] {0.0}));

        Explained e = Explanation.explain(STATED, Tiny.trainedVariations(net, IntermediateRounding.NONE),
                m -> MethodRun.of(net, data, Schedule.plain(0.1, 1), m).delta(1, 1, 1), 0.0, 0.005);

        assertExplainedBy(e, Choice.RELU_AT_ZERO, "ReLU'(0) = 0");
        assertThat(MethodRun.of(net, data, Schedule.plain(0.1, 1), STATED).delta(1, 1, 1))
                .isCloseTo(2.0, within(HAND));
    }

    @Test
    void maxTie_splitEvenlyAloneExplainsTheGradientThroughATiedMaxBehindAReluKink() {
        // f = relu(max(a, b) − 1) at a = b = 1: max = 1, relu at 0. ∂f/∂a = ReLU'(0)·∂max/∂a:
        // 1·1 = 1 (stated: ReLU'(0) = 1, tie to the first); ReLU'(0) = 0 gives 0; split evenly gives 1·½ = 0.5
        ToDoubleFunction<Method> dfda = m -> {
            Graph g = new Graph(m.conventions());
            Node a = g.input("a", 1.0);
            Node b = g.input("b", 1.0);
            Node f = g.relu("f", g.subtract("m-1", g.max("m", a, b), g.constant(1.0)));
            g.forward();
            g.backward(f);
            return a.gradient();
        };
        List<Variation> variations = MethodCatalogue.variations(STATED, Applicability.graph(true, true),
                IntermediateRounding.NONE);

        Explained e = Explanation.explain(STATED, variations, dfda, 0.5, 0.005);

        assertExplainedBy(e, Choice.MAX_TIE, "max tie split evenly");
        assertThat(dfda.applyAsDouble(STATED)).isEqualTo(1.0);
        assertThat(e.value()).isEqualTo(0.5);
    }

    @Test
    void rounding_aloneExplainsAnOutputComputedFromAPrintedHiddenValue() {
        // w1 = 1, b1 = 0, sigmoid: a1 = σ(1) = 0.731058…, printed as 0.73; w2 = 3, b2 = 0: ŷ = 3·0.73 = 2.19 by hand
        // (full precision: 3·0.731058… = 2.193176…, which a print of 2.1900 does not match)
        Network net = Tiny.oneOneOne(1.0, 0.0, Activation.SIGMOID, 3.0, 0.0);
        IntermediateRounding printed = IntermediateRounding.NONE.with(new Intermediate(Kind.A, 1, 1), 2);
        List<Example> data = List.of(new Example(new double[] {1.0}, new double[] {0.0}));

        Explained e = Explanation.explain(STATED, Tiny.trainedVariations(net, printed),
                m -> MethodRun.of(net, data, Schedule.plain(0.1, 1), m).a(1, 2, 1), 2.1900, 5e-5);

        assertThat(e.kind()).isEqualTo(Explained.Kind.ROUNDING);
        assertThat(e.used()).extracting(Variation::choice).containsExactly(Choice.ROUNDING);
        assertThat(e.value()).isCloseTo(2.19, within(HAND));
        assertThat(Explanation.note(e, STATED)).isEqualTo("comes out only when the intermediates are rounded as the"
                + " source prints them (a(1)[1] to 2 decimals); the file states every intermediate is kept at full"
                + " precision");
    }

    @Test
    void epochs_oneUpdateMoreAloneExplainsAWeightPrintedAfterTwo() {
        // after 1 update: w1 = 0.1, b1 = −0.15, w2 = 1.85, b2 = 0.3; a1 = −0.05, ŷ = 1.85·(−0.05) + 0.3 = 0.2075;
        // ∂L/∂ŷ = 2(0.2075 − 1) = −1.585; δ1 = 1.85·(−1.585) = −2.93225; w1 = 0.1 + 0.1·2.93225 = 0.393225
        Explained e = explainLinear(r -> r.weightAfter(1, 1, 1, 1), 1, 0.3932, 5e-5);

        assertExplainedBy(e, Choice.EPOCHS, "n + 1 updates");
        assertThat(e.value()).isCloseTo(0.393225, within(HAND));
    }

    @Test
    void epochs_oneUpdateFewerAloneExplainsALossPrintedBeforeTraining() {
        // J before training: (2 − 1)² = 1; after one epoch: (0.2075 − 1)² = 0.62805625
        Explained e = explainLinear(r -> r.lossAfter(1), 1, 1.0, 0.05);

        assertExplainedBy(e, Choice.EPOCHS, "n − 1 updates");
        assertThat(e.value()).isCloseTo(1.0, within(HAND));
        assertThat(Tiny.linearRun(STATED, 1).lossAfter(1)).isCloseTo(0.62805625, within(HAND));
    }
}

package backprop.core.catalogue;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.BatchReduction;
import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.SoftmaxBackward;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which variations the catalogue offers, and what each does to the stated method. */
class MethodCatalogueTest {
    private static final IntermediateRounding PRINTED =
            IntermediateRounding.NONE.with(new Intermediate(Intermediate.Kind.A, 1, 1), 4);

    private static Network softmaxReluNetwork() {
        return new Network(List.of(
                new DenseLayer(new double[][] {{1.0}}, new double[] {0.0}, BiasLayout.PER_NEURON, Activation.RELU),
                new DenseLayer(new double[][] {{1.0}, {2.0}}, new double[] {0, 0}, BiasLayout.PER_NEURON,
                        Activation.SOFTMAX)));
    }

    @Test
    void variations_ofATrainedBatchNetworkWithSoftmaxAndReluCoverEveryNetworkChoiceInCatalogueOrder() {
        List<Variation> all = MethodCatalogue.variations(STATED,
                Applicability.network(softmaxReluNetwork(), true, true), PRINTED);

        assertThat(all).extracting(Variation::name).containsExactly("layer-by-layer update", "biases frozen",
                "L = ½Σ(ŷ − y)²", "L = (1/m)Σ(ŷ − y)²", "summed over the batch", "softmax diagonal only",
                "bias left out of the forward pass", "ReLU'(0) = 0", "rounded intermediates", "n − 1 updates",
                "n + 1 updates");
    }

    @Test
    void variations_ofAFirstPassWithoutSoftmaxReluOrPrintedRoundingOfferOnlyTheLossAndTheBias() {
        List<Variation> all = MethodCatalogue.variations(STATED, Applicability.network(Tiny.linear(), false, true),
                IntermediateRounding.NONE);

        assertThat(all).extracting(Variation::choice).containsExactly(Choice.LOSS_CONSTANT, Choice.LOSS_CONSTANT,
                Choice.BIAS_IN_FORWARD);
    }

    @Test
    void variations_offerNoUpdateOrderForASingleLayerNorALossConstantForCrossEntropy() {
        Network one = new Network(List.of(new DenseLayer(new double[][] {{1.0}, {2.0}}, new double[] {0, 0},
                BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        Method crossEntropy = STATED.withLoss(Loss.CATEGORICAL_CROSS_ENTROPY);

        List<Variation> all = MethodCatalogue.variations(crossEntropy, Applicability.network(one, true, false),
                IntermediateRounding.NONE);

        assertThat(all).extracting(Variation::choice).containsExactly(Choice.FROZEN_BIASES,
                Choice.SOFTMAX_BACKWARD, Choice.BIAS_IN_FORWARD, Choice.EPOCHS, Choice.EPOCHS);
    }

    @Test
    void variations_ofAGraphOfferOnlyItsConventions() {
        assertThat(MethodCatalogue.variations(STATED, Applicability.graph(true, true), PRINTED))
                .extracting(Variation::choice).containsExactly(Choice.RELU_AT_ZERO, Choice.MAX_TIE, Choice.ROUNDING);
        assertThat(MethodCatalogue.variations(STATED, Applicability.graph(false, false), IntermediateRounding.NONE))
                .isEmpty();
    }

    @Test
    void variations_offerNoRoundingWhenTheStatedMethodAlreadyRoundsAsPrinted() {
        assertThat(MethodCatalogue.variations(STATED.withRounding(PRINTED), Applicability.graph(false, false), PRINTED))
                .isEmpty();
    }

    @Test
    void eachVariation_changesExactlyItsChoiceAndTogglesBack() {
        Method stated = STATED.withFrozen(new FrozenParameters(Set.of(new Parameter(2, Kind.WEIGHTS, 0))));
        for (Variation v : MethodCatalogue.variations(stated,
                Applicability.network(softmaxReluNetwork(), true, true), PRINTED)) {
            Method varied = v.apply().apply(stated);
            assertThat(varied).as(v.name()).isNotEqualTo(stated);
            assertThat(MethodCatalogue.describe(varied, v.choice())).as(v.name()).isEqualTo(v.words());
            assertThat(MethodCatalogue.describe(stated, v.choice())).as(v.name()).isNotEqualTo(v.words());
        }
    }

    @Test
    void frozenBiases_freezesEveryLayersBiasesKeepingFrozenWeights_andUnfreezesThemWhenStatedFrozen() {
        Parameter weight = new Parameter(2, Kind.WEIGHTS, 0);
        Method stated = STATED.withFrozen(new FrozenParameters(Set.of(weight)));
        Variation freeze = only(stated, Choice.FROZEN_BIASES);

        Method frozen = freeze.apply().apply(stated);

        assertThat(frozen.frozen().frozen()).containsExactlyInAnyOrder(weight,
                new Parameter(1, Kind.BIAS, FrozenParameters.WHOLE), new Parameter(2, Kind.BIAS, FrozenParameters.WHOLE));
        Variation unfreeze = only(frozen, Choice.FROZEN_BIASES);
        assertThat(unfreeze.name()).isEqualTo("biases updated");
        assertThat(unfreeze.apply().apply(frozen).frozen().frozen()).containsExactly(weight);
    }

    @Test
    void updateOrder_andSoftmax_andReduction_andConventions_toggleBothWays() {
        Method other = STATED.withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY)
                .withSoftmax(SoftmaxBackward.DIAGONAL).withReduction(BatchReduction.SUM)
                .withBiasInForward(false).withConventions(new Conventions(Conventions.ReluAtZero.ZERO,
                        Conventions.MaxTie.SPLIT_EVENLY));
        Applicability all = new Applicability(true, 2, true, true, true, true, true, true);

        assertThat(MethodCatalogue.variations(other, all, IntermediateRounding.NONE)).extracting(Variation::name)
                .startsWith("simultaneous update").contains("averaged over the batch", "full softmax Jacobian",
                        "bias in the forward pass", "ReLU'(0) = 1", "max tie to the first");
        for (Variation v : MethodCatalogue.variations(other, all, IntermediateRounding.NONE)) {
            assertThat(v.apply().apply(other)).as(v.name()).isNotEqualTo(other);
        }
    }

    @Test
    void describe_namesTheStatedSideOfEveryChoice() {
        assertThat(MethodCatalogue.describe(STATED, Choice.EPOCHS)).isEqualTo("the stated number of updates is run");
        assertThat(MethodCatalogue.name(STATED, Choice.EPOCHS)).isEqualTo("n updates");
        assertThat(MethodCatalogue.describe(STATED.withEpochShift(-2), Choice.EPOCHS))
                .isEqualTo("2 updates fewer than stated is run");
        assertThat(MethodCatalogue.describe(STATED.withEpochShift(1), Choice.EPOCHS))
                .isEqualTo("one update more than stated is run");
        assertThat(MethodCatalogue.describe(STATED.withEpochShift(-1), Choice.EPOCHS))
                .isEqualTo("one update fewer than stated is run");
        assertThat(MethodCatalogue.describe(STATED.withEpochShift(2), Choice.EPOCHS))
                .isEqualTo("2 updates more than stated is run");
        assertThat(MethodCatalogue.name(STATED.withEpochShift(-2), Choice.EPOCHS)).isEqualTo("n − 2 updates");
        assertThat(MethodCatalogue.name(STATED, Choice.ROUNDING)).isEqualTo("full precision");
        assertThat(MethodCatalogue.describe(STATED.withConventions(new Conventions(Conventions.ReluAtZero.ONE,
                Conventions.MaxTie.SPLIT_EVENLY)), Choice.MAX_TIE))
                .isEqualTo("a tied max splits its gradient evenly among its maximal arguments");
        assertThat(MethodCatalogue.describe(STATED, Choice.MAX_TIE))
                .isEqualTo("a tied max passes its whole gradient to its first maximal argument");
        assertThat(MethodCatalogue.describe(STATED, Choice.RELU_AT_ZERO)).isEqualTo("ReLU'(0) is taken as 1");
        assertThat(MethodCatalogue.describe(STATED.withLoss(Loss.MEAN_SQUARED_ERROR), Choice.LOSS_CONSTANT))
                .isEqualTo("the loss is the mean (1/m)Σ(ŷ − y)² over the m outputs, so ∂L/∂ŷ = 2(ŷ − y)/m");
        assertThat(MethodCatalogue.name(STATED.withLoss(Loss.BINARY_CROSS_ENTROPY), Choice.LOSS_CONSTANT))
                .isEqualTo("L = BINARY_CROSS_ENTROPY");
        assertThat(MethodCatalogue.describe(STATED.withLoss(Loss.BINARY_CROSS_ENTROPY), Choice.LOSS_CONSTANT))
                .isEqualTo("the loss is BINARY_CROSS_ENTROPY");
    }

    @Test
    void variations_refuseMissingArguments() {
        Applicability graph = Applicability.graph(false, false);
        assertThatThrownBy(() -> MethodCatalogue.variations(STATED, null, IntermediateRounding.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicability");
        assertThatThrownBy(() -> MethodCatalogue.variations(null, graph, IntermediateRounding.NONE))
                .hasMessageContaining("applicability");
        assertThatThrownBy(() -> MethodCatalogue.variations(STATED, graph, null)).hasMessageContaining("applicability");
    }

    private static Variation only(Method stated, Choice choice) {
        return MethodCatalogue.variations(stated, Applicability.network(softmaxReluNetwork(), true, false),
                IntermediateRounding.NONE).stream().filter(v -> v.choice() == choice).findFirst().orElseThrow();
    }
}

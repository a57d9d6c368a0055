package backprop.core.catalogue;

import backprop.core.function.Activation;
import backprop.core.method.BatchReduction;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.SoftmaxBackward;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Where each choice of a method acts in the engine, checked against hand values or java.lang.Math. */
class MethodChoicesTest {
    /** σ(1) and σ'(1) from Math.exp, independent of the code under test. */
    private static final double SIGMA_1 = 1 / (1 + Math.exp(-1));
    private static final double SIGMA_PRIME_1 = Math.exp(-1) / Math.pow(1 + Math.exp(-1), 2);
    private static final List<Example> X1_Y0 = List.of(new Example(new double[] {1.0}, new double[] {0.0}));

    private static MethodRun run(Network net, Method method) {
        return MethodRun.of(net, X1_Y0, Schedule.plain(0.1, 1), method);
    }

    @Test
    void roundingAZ_theRoundedValueFlowsIntoTheLayerAbove() {
        // z1 = 0.3·1 + 0 = 0.3, rounded to 0 decimals: 0; a1 = σ(0) = 0.5; ŷ = 3·0.5 = 1.5
        Network net = Tiny.oneOneOne(0.3, 0.0, Activation.SIGMOID, 3.0, 0.0);
        Method rounded = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.Z, 1, 1), 0));

        MethodRun run = run(net, rounded);

        assertThat(run.z(1, 1, 1)).isZero();
        assertThat(run.a(1, 1, 1)).isEqualTo(0.5);
        assertThat(run.a(1, 2, 1)).isEqualTo(1.5);
    }

    @Test
    void roundingADelta_theRoundedDeltaFormsTheGradientAndTheDeltaBelow() {
        // w1 = 1, b1 = 0, sigmoid; w2 = 3: ŷ = 3σ(1) = 2.1932; ∂L/∂ŷ = 2ŷ = 4.3864 = δ2, printed to 1 decimal: 4.4;
        // ∂L/∂w2 = 4.4·σ(1); δ1 = σ'(1)·(3·4.4) = σ'(1)·13.2
        Network net = Tiny.oneOneOne(1.0, 0.0, Activation.SIGMOID, 3.0, 0.0);
        Method rounded = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.DELTA, 2, 1), 1));

        MethodRun run = run(net, rounded);

        assertThat(run.delta(1, 2, 1)).isEqualTo(4.4);
        assertThat(run.weightGradient(2, 1, 1)).isCloseTo(4.4 * SIGMA_1, within(1e-15));
        assertThat(run.delta(1, 1, 1)).isCloseTo(SIGMA_PRIME_1 * 13.2, within(1e-15));
        assertThat(run(net, STATED).delta(1, 2, 1)).isCloseTo(6 * SIGMA_1, within(1e-15));
    }

    @Test
    void roundingA_theLocalGradientIsReadOffTheRoundedActivation_asAHandComputationDoes() {
        // w1 = 1, b1 = 0, sigmoid, a1 = σ(1) = 0.7311 printed to 2 decimals: 0.73; w2 = 3: ŷ = 3·0.73 = 2.19,
        // δ2 = 2ŷ = 4.38; δ1 = a1(1 − a1)·(3·4.38) = 0.73·0.27·13.14 = 2.589894 (σ'(1)·13.14 = 2.5875 would be
        // the derivative at the exact z)
        Network net = Tiny.oneOneOne(1.0, 0.0, Activation.SIGMOID, 3.0, 0.0);
        Method rounded = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.A, 1, 1), 2));

        MethodRun run = run(net, rounded);

        assertThat(run.delta(1, 2, 1)).isCloseTo(4.38, within(1e-12));
        assertThat(run.delta(1, 1, 1)).isCloseTo(2.589894, within(1e-12));
        // a tanh layer the same way: 1 − a², a = tanh(1) = 0.7616 printed as 0.76: ŷ = 2.28, δ2 = 4.56,
        // δ1 = (1 − 0.5776)·(3·4.56) = 0.4224·13.68 = 5.778432
        MethodRun tanh = run(Tiny.oneOneOne(1.0, 0.0, Activation.TANH, 3.0, 0.0), rounded);
        assertThat(tanh.delta(1, 1, 1)).isCloseTo(5.778432, within(1e-12));
        // ReLU's derivative is no function of a: a = 1 printed as 1.00, ŷ = 3, δ2 = 6, δ1 = 1·(3·6) = 18
        MethodRun relu = run(Tiny.oneOneOne(1.0, 0.0, Activation.RELU, 3.0, 0.0), rounded);
        assertThat(relu.delta(1, 1, 1)).isCloseTo(18.0, within(1e-12));
        // only the rounded layer reads σ' off a: rounding a of the output layer leaves δ1 = σ'(1)·(3·δ2) at z
        Method outputRounded = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.A, 2, 1), 2));
        MethodRun other = run(net, outputRounded);
        assertThat(other.delta(1, 1, 1)).isCloseTo(SIGMA_PRIME_1 * 3 * other.delta(1, 2, 1), within(1e-12));
    }

    @Test
    void diagonalSoftmax_changesNothingWithoutASoftmax() {
        Network net = Tiny.oneOneOne(1.0, 0.0, Activation.SIGMOID, 3.0, 0.0);

        MethodRun diagonal = run(net, STATED.withSoftmax(SoftmaxBackward.DIAGONAL));
        MethodRun full = run(net, STATED);

        assertThat(diagonal.delta(1, 1, 1)).isEqualTo(full.delta(1, 1, 1));
        assertThat(diagonal.weightAfter(1, 1, 1, 1)).isEqualTo(full.weightAfter(1, 1, 1, 1));
    }

    @Test
    void biasLeftOutOfTheForwardPass_isStillAParameterThatIsUpdated() {
        // z = W·a: a1 = 0.5, ŷ = 2·0.5 = 1; y = 0: ∂L/∂ŷ = 2 = δ2 = ∂L/∂b2; b2 = 0.5 − 0.1·2 = 0.3
        MethodRun run = run(Tiny.linear(), STATED.withBiasInForward(false));

        assertThat(run.a(1, 2, 1)).isEqualTo(1.0);
        assertThat(run.biasGradient(2, 1)).isEqualTo(2.0);
        assertThat(run.biasAfter(1, 2, 1)).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void sumOverABatch_isTheMeanTimesTheNumberOfExamples_andSoIsTheLoss() {
        // two examples: J summed = 2·J averaged; ∂L/∂w summed = 2·averaged (see batchReduction in EachChoice…)
        List<Example> two = List.of(Tiny.ONE.get(0), new Example(new double[] {2.0}, new double[] {2.0}));
        Schedule batch = new Schedule(0.1, 0, 0, 1, 0, Schedule.Batching.WHOLE_BATCH);

        MethodRun sum = MethodRun.of(Tiny.linear(), two, batch, STATED.withReduction(BatchReduction.SUM));
        MethodRun mean = MethodRun.of(Tiny.linear(), two, batch, STATED);

        // J before training: (2 − 1)² + (3 − 2)² = 2 summed, 1 averaged
        assertThat(sum.lossAfter(0)).isEqualTo(2.0);
        assertThat(mean.lossAfter(0)).isEqualTo(1.0);
        assertThat(sum.weightGradient(1, 1, 1)).isCloseTo(2 * mean.weightGradient(1, 1, 1), within(1e-15));
    }
}

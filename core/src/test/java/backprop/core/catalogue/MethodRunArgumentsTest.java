package backprop.core.catalogue;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Intermediate.Kind;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static backprop.core.catalogue.Tiny.STATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hostile arguments to the textbook evaluator and its values: each refused with what and where. */
class MethodRunArgumentsTest {

    @Test
    void run_refusesAnEpochShiftThatMakesTheEpochsNegative() {
        assertThatThrownBy(() -> Tiny.linearRun(STATED.withEpochShift(-1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MethodRun.of: epoch shift -1 makes 0 + (-1) = -1 epochs; at least 0 are needed");
    }

    @Test
    void run_refusesARoundingOfAnIntermediateOutsideTheNetwork() {
        Method deep = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.DELTA, 3, 1), 4));
        Method wide = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.Z, 1, 2), 4));

        assertThatThrownBy(() -> Tiny.linearRun(deep, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MethodRun.of: the rounding names δ(3)[1], which the network does not have:"
                        + " it has 2 layers");
        assertThatThrownBy(() -> Tiny.linearRun(wide, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MethodRun.of: the rounding names z(1)[2], which the network does not have:"
                        + " it has 2 layers and layer 1 has 1 neurons");
        Method lastLayer = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.A, 2, 2), 4));
        assertThatThrownBy(() -> Tiny.linearRun(lastLayer, 1)).hasMessageEndingWith(
                "it has 2 layers and layer 2 has 1 neurons");
    }

    @Test
    void intermediate_refusesLayerOrIndexBelowOne() {
        assertThatThrownBy(() -> new Intermediate(Kind.A, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 0");
        assertThatThrownBy(() -> new Intermediate(Kind.A, 1, 0)).hasMessageContaining("index 0");
        assertThatThrownBy(() -> new Intermediate(null, 1, 1)).hasMessageContaining("kind must be given");
    }

    @Test
    void rounding_refusesNegativeDecimals() {
        assertThatThrownBy(() -> new IntermediateRounding(Map.of(new Intermediate(Kind.A, 1, 1), -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a(1)[1] to -1 decimals");
    }

    @Test
    void rounding_isHalfAwayFromZeroOnTheDecimalAHandComputationSees() {
        IntermediateRounding r = IntermediateRounding.NONE.with(new Intermediate(Kind.A, 1, 1), 2);
        Intermediate a = new Intermediate(Kind.A, 1, 1);
        // 0.125 → 0.13 and −0.125 → −0.13 (half away from zero); 1.005 is the double 1.00499999999999989…, but the
        // hand sees 1.005 and writes 1.01; a value not named is not rounded
        assertThat(r.apply(a, 0.125)).isEqualTo(0.13);
        assertThat(r.apply(a, -0.125)).isEqualTo(-0.13);
        assertThat(r.apply(a, 1.005)).isEqualTo(1.01);
        assertThat(r.apply(new Intermediate(Kind.Z, 1, 1), 0.125)).isEqualTo(0.125);
        assertThat(r.toString()).isEqualTo("a(1)[1] to 2 decimals");
        assertThat(IntermediateRounding.NONE.toString()).isEqualTo("nothing rounded");
    }

    @Test
    void run_refusesAnExampleThatDoesNotFitTheNetwork() {
        List<Example> wrong = List.of(Tiny.ONE.get(0), new Example(new double[] {1, 2}, new double[] {1}));

        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), wrong, Schedule.plain(0.1, 1), STATED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MethodRun.of: example 2 has 2 inputs and 1 targets; the network takes 1 and gives 1");
    }

    @Test
    void run_refusesMissingArguments() {
        Schedule plain = Schedule.plain(0.1, 1);
        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), List.of(), plain, STATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> MethodRun.of(null, Tiny.ONE, plain, STATED)).hasMessageContaining("network,");
        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), null, plain, STATED)).hasMessageContaining("network,");
        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), Tiny.ONE, null, STATED)).hasMessageContaining("network,");
        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), Tiny.ONE, plain, null)).hasMessageContaining("network,");
    }

    @Test
    void run_refusesAnExampleWithTheWrongNumberOfTargets() {
        List<Example> wrong = List.of(new Example(new double[] {1}, new double[] {1, 2}));

        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), wrong, Schedule.plain(0.1, 1), STATED))
                .hasMessage("MethodRun.of: example 1 has 1 inputs and 2 targets; the network takes 1 and gives 1");
    }

    @Test
    void run_roundsAnIntermediateOfTheLastLayerAndItsLastNeuron() {
        // z(2)[1] = 2·0.75 + 0.5 = 2.0 is the last layer's last neuron: valid; to 0 decimals it stays 2
        Method last = STATED.withRounding(IntermediateRounding.NONE.with(new Intermediate(Kind.Z, 2, 1), 0));

        assertThat(Tiny.linearRun(last, 1).z(1, 2, 1)).isEqualTo(2.0);
    }

    @Test
    void run_keepsTrainingWhileJEqualsEpsilon_stopsOnlyBelowIt() {
        // J before training is (2 − 1)² = 1 exactly; ε = 1 is not passed (stop when J < ε), ε = 1.5 is
        Schedule atOne = new Schedule(0.1, 0.0, 0.0, 1, 1.0, Schedule.Batching.PER_EXAMPLE);
        Schedule above = new Schedule(0.1, 0.0, 0.0, 1, 1.5, Schedule.Batching.PER_EXAMPLE);

        assertThat(MethodRun.of(Tiny.linear(), Tiny.ONE, atOne, STATED).epochsRun()).isEqualTo(1);
        assertThat(MethodRun.of(Tiny.linear(), Tiny.ONE, above, STATED).epochsRun()).isZero();
    }

    @Test
    void run_namesAWeightOrBiasThatOverflowsInAnUpdate() {
        // ∂L/∂w1 = 4 (Tiny.linear): w1 = 0.5 − 1e308·4 = −∞; with every weight frozen, b1 = 0.25 − 1e308·4 = −∞
        Schedule huge = Schedule.plain(1e308, 1);
        FrozenParameters weights = new FrozenParameters(Set.of(
                new Parameter(1, FrozenParameters.Kind.WEIGHTS, FrozenParameters.WHOLE),
                new Parameter(2, FrozenParameters.Kind.WEIGHTS, FrozenParameters.WHOLE)));

        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), Tiny.ONE, huge, STATED))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("update of layer 1 weights [1,1]: -Infinity");
        assertThatThrownBy(() -> MethodRun.of(Tiny.linear(), Tiny.ONE, huge, STATED.withFrozen(weights)))
                .hasMessageContaining("update of layer 1 bias [1]: -Infinity");
    }

    @Test
    void values_refuseIndicesOutsideTheRunNamingTheRange() {
        MethodRun run = Tiny.linearRun(STATED, 1);

        assertThatThrownBy(() -> run.z(2, 1, 1)).hasMessage("example 2 is outside 1…1");
        assertThatThrownBy(() -> run.z(1, 0, 1)).hasMessage("z: layer 0 is outside 1…2");
        assertThatThrownBy(() -> run.delta(1, 3, 1)).hasMessage("δ: layer 3 is outside 1…2");
        assertThatThrownBy(() -> run.a(1, 1, 2)).hasMessage("a(1): entry 2 is outside 1…1");
        assertThatThrownBy(() -> run.weightGradient(3, 1, 1)).hasMessage("∂L/∂W: layer 3 is outside 1…2");
        assertThatThrownBy(() -> run.weightAfter(2, 1, 1, 1)).hasMessage("after 2 updates: read after 2, but the run"
                + " keeps 0…1");
        assertThatThrownBy(() -> run.weightAfter(-1, 1, 1, 1)).hasMessageContaining("after -1 updates");
        assertThatThrownBy(() -> run.biasAfter(1, 1, 2)).hasMessage("b(1): entry 2 is outside 1…1");
        assertThatThrownBy(() -> run.lossAfter(2)).hasMessage("lossAfter(2): read after 2 epochs, but J is known"
                + " after 0…1");
        assertThatThrownBy(() -> run.lossAfter(-1)).hasMessageContaining("lossAfter(-1)");
        assertThatThrownBy(() -> run.output(0, 1)).hasMessage("output: example 0 is outside 1…1");
        assertThatThrownBy(() -> run.output(1, 2)).hasMessage("output: ŷ[2] is outside 1…1");
        assertThatThrownBy(() -> run.biasGradient(1, 0)).hasMessage("∂L/∂b(1): entry 0 is outside 1…1");
        assertThatThrownBy(() -> run.biasGradient(0, 1)).hasMessage("∂L/∂b: layer 0 is outside 1…2");
        assertThatThrownBy(() -> run.weightGradient(2, 2, 1)).hasMessage("∂L/∂W(2): row 2 is outside 1…1");
        assertThatThrownBy(() -> run.weightGradient(2, 0, 1)).hasMessage("∂L/∂W(2): row 0 is outside 1…1");
        assertThatThrownBy(() -> run.weightAfter(0, 1, 1, 2)).hasMessage("W(1)[1,·]: entry 2 is outside 1…1");
        assertThatThrownBy(() -> run.weightAfter(0, 1, 1, 0)).hasMessage("W(1)[1,·]: entry 0 is outside 1…1");
        assertThatThrownBy(() -> run.weightAfter(0, 3, 1, 1)).hasMessage("W: layer 3 is outside 1…2");
        assertThatThrownBy(() -> run.biasAfter(1, 0, 1)).hasMessage("b: layer 0 is outside 1…2");
        assertThatThrownBy(() -> run.a(1, -1, 1)).hasMessage("a: layer -1 is outside 0…2");
        assertThatThrownBy(() -> run.a(1, 3, 1)).hasMessage("a: layer 3 is outside 0…2");
        assertThatThrownBy(() -> run.delta(0, 1, 1)).hasMessage("example 0 is outside 1…1");
        assertThatThrownBy(() -> run.output(2, 1)).hasMessage("output: example 2 is outside 1…1");
        assertThatThrownBy(() -> run.output(1, 0)).hasMessage("output: ŷ[0] is outside 1…1");
    }

    @Test
    void values_readTheInputAsLayerZeroAndShiftReadsByTheEpochShift() {
        // x = 1 is a(0)[1]; with one update more, "after 0 updates" is read after 1: w1 = 0.1 (see Tiny.linear)
        assertThat(Tiny.linearRun(STATED, 1).a(1, 0, 1)).isEqualTo(1.0);
        assertThat(Tiny.linearRun(STATED.withEpochShift(1), 1).weightAfter(0, 1, 1, 1)).isCloseTo(0.1, within(1e-15));
        assertThat(Tiny.linearRun(STATED.withEpochShift(1), 1).epochsRun()).isEqualTo(2);
        assertThat(Tiny.linearRun(STATED.withEpochShift(-1), 1).epochsRun()).isZero();
    }

    @Test
    void afterTraining_readsTheParametersOfTheEpochsTrained_withTheShiftApplied() {
        // stated, 1 epoch: w1 = 0.1, b2 = 0.3 (Tiny.linear); one more: w1 = 0.393225, and
        // b2 = 0.3 − 0.1·(−1.585) = 0.4585; one fewer: the initial 0.5 and 0.5
        MethodRun stated = Tiny.linearRun(STATED, 1);
        MethodRun more = Tiny.linearRun(STATED.withEpochShift(1), 1);
        MethodRun fewer = Tiny.linearRun(STATED.withEpochShift(-1), 1);

        assertThat(stated.weightAfterTraining(1, 1, 1)).isCloseTo(0.1, within(1e-15));
        assertThat(stated.biasAfterTraining(2, 1)).isCloseTo(0.3, within(1e-15));
        assertThat(stated.updatesRun()).isEqualTo(1);
        assertThat(more.weightAfterTraining(1, 1, 1)).isCloseTo(0.393225, within(1e-15));
        assertThat(more.biasAfterTraining(2, 1)).isCloseTo(0.4585, within(1e-15));
        assertThat(more.updatesRun()).isEqualTo(2);
        assertThat(fewer.weightAfterTraining(1, 1, 1)).isEqualTo(0.5);
        assertThat(fewer.biasAfterTraining(2, 1)).isEqualTo(0.5);
        assertThat(fewer.updatesRun()).isZero();
    }

    @Test
    void afterTraining_withTwoExamplesPerExampleCountsTwoUpdatesAnEpoch() {
        List<Example> two = List.of(Tiny.ONE.get(0), new Example(new double[] {2.0}, new double[] {2.0}));

        MethodRun run = MethodRun.of(Tiny.linear(), two, Schedule.plain(0.1, 3), STATED);

        assertThat(run.updatesRun()).isEqualTo(6);
        // the run keeps what a printed value can read (after n ≤ 3 updates, shifted by at most 1) and the end
        Network trained = Tiny.linear();
        Trainer.train(trained, two, Schedule.plain(0.1, 3), STATED);
        assertThat(run.weightAfterTraining(2, 1, 1)).isEqualTo(trained.layer(2).weights().get(0, 0));
        assertThat(run.weightAfterTraining(2, 1, 1)).isNotEqualTo(run.weightAfter(4, 2, 1, 1));
        assertThatThrownBy(() -> run.weightAfter(5, 2, 1, 1)).hasMessage("after 5 updates: read after 5, but the run"
                + " keeps 0…4");
    }

    @Test
    void run_stopsOnceJFallsBelowEpsilonAndReportsOutputsAfterThoseEpochs() {
        // J: 1 before, 0.62805625 after one epoch (Tiny.linear): ε = 0.7 stops after the first epoch
        Schedule stop = new Schedule(0.1, 0.0, 0.0, 5, 0.7, Schedule.Batching.PER_EXAMPLE);
        MethodRun run = MethodRun.of(Tiny.linear(), Tiny.ONE, stop, STATED);

        assertThat(run.epochsRun()).isEqualTo(1);
        // ŷ after one update: 1.85·(0.1 − 0.15) + 0.3 = 0.2075
        assertThat(run.output(1, 1)).isCloseTo(0.2075, within(1e-15));
    }

    @Test
    void sharedBias_entersEveryNeuronAndGetsTheSumOfTheirDeltas() {
        // one shared b = 0.5 into two identity outputs, W = [[1], [−1]], x = 1, y = (0, 0), ½Σ:
        // z = (1.5, −0.5); δ = ŷ − y = (1.5, −0.5); ∂L/∂b = 1.5 − 0.5 = 1.0
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1.0}, {-1.0}}, new double[] {0.5},
                BiasLayout.SHARED_PER_LAYER, Activation.IDENTITY)));
        List<Example> data = List.of(new Example(new double[] {1.0}, new double[] {0, 0}));

        MethodRun run = MethodRun.of(net, data, Schedule.plain(0.1, 1),
                STATED.withLoss(Loss.HALF_SUM_SQUARED_ERROR));

        assertThat(run.z(1, 1, 2)).isEqualTo(-0.5);
        assertThat(run.biasGradient(1, 1)).isEqualTo(1.0);
        assertThat(run.biasAfter(1, 1, 1)).isCloseTo(0.4, within(1e-15));
    }
}

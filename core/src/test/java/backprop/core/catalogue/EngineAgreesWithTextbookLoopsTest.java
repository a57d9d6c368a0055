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
import backprop.core.method.Schedule;
import backprop.core.method.SoftmaxBackward;
import backprop.core.method.UpdateOrder;
import backprop.core.network.BiasLayout;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.core.textbook.TextbookNetwork;
import backprop.testing.SeededNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine (Network's passes, GradientDescent, Trainer, as {@link MethodRun} keeps them) and the textbook loops
 * of the test oracle ({@link TextbookNetwork}, written apart on plain arrays) are two computations of the same
 * numbers under every choice of a method: the update order, frozen parameters, momentum and λ, sum or mean over a
 * batch, softmax's diagonal, the bias left out of z, rounding as printed, ReLU'(0), the loss constant and an epoch
 * shift. Seeded 3-4-2 networks, 5 examples, 6 epochs at rate 0.1 (at 0.5 the layer-by-layer order sends the ReLU and
 * identity network to 1e203 within two epochs, in both computations).
 *
 * <p>Bound: 1e-12 absolute on values of order 1. The loops sum the same products as the engine, mostly in the
 * same order; softmax's full δ is Σ_i g_i·ŷ_i(1{i=j} − ŷ_j) there and ŷ_j(g_j − Σ_i ŷ_i g_i) here, and the batch mean
 * is Σ(g/n) there, (Σg)·(1/n) here: a few roundings of 1.1e-16 per value, carried through ≤ 30 updates of rate
 * 0.1 that do not amplify them by more than ~10². Where a method rounds an intermediate to 4 decimals, both
 * round the same value unless it lies within ~1e-15 of a rounding boundary (odds ~1e-11 per value).
 */
@DisplayName("The engine agrees with the textbook loops of the test oracle under every choice of a method")
class EngineAgreesWithTextbookLoopsTest {
    private static final double AGREE = 1e-12;
    private static final FrozenParameters SOME_FROZEN = new FrozenParameters(Set.of(
            new Parameter(1, Kind.BIAS, FrozenParameters.WHOLE), new Parameter(2, Kind.WEIGHTS, 3)));
    private static final IntermediateRounding SOME_ROUNDED = IntermediateRounding.NONE
            .with(new Intermediate(Intermediate.Kind.Z, 1, 2), 4)
            .with(new Intermediate(Intermediate.Kind.A, 1, 1), 4)
            .with(new Intermediate(Intermediate.Kind.A, 2, 2), 4)
            .with(new Intermediate(Intermediate.Kind.DELTA, 1, 3), 4);

    /** A case: its name, the output layer's activation, the hidden one's, the loss, and the change to the method. */
    private record Variant(String name, Activation output, Activation hidden, Loss loss, UnaryOperator<Method> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Variant> VARIANTS = List.of(
            new Variant("stated, sigmoid output", Activation.SIGMOID, Activation.TANH, Loss.SUM_SQUARED_ERROR, m -> m),
            new Variant("stated, softmax output", Activation.SOFTMAX, Activation.TANH, Loss.SUM_SQUARED_ERROR, m -> m),
            new Variant("frozen biases and one weight", Activation.TANH, Activation.TANH, Loss.SUM_SQUARED_ERROR,
                    m -> m.withFrozen(SOME_FROZEN)),
            new Variant("summed batch", Activation.SIGMOID, Activation.TANH, Loss.SUM_SQUARED_ERROR,
                    m -> m.withReduction(BatchReduction.SUM)),
            new Variant("softmax diagonal", Activation.SOFTMAX, Activation.SIGMOID, Loss.SUM_SQUARED_ERROR,
                    m -> m.withSoftmax(SoftmaxBackward.DIAGONAL)),
            new Variant("bias left out of z", Activation.SIGMOID, Activation.RELU, Loss.HALF_SUM_SQUARED_ERROR,
                    m -> m.withBiasInForward(false)),
            new Variant("rounded as printed", Activation.SIGMOID, Activation.SIGMOID, Loss.SUM_SQUARED_ERROR,
                    m -> m.withRounding(SOME_ROUNDED)),
            new Variant("ReLU'(0) = 0, mean squared error", Activation.IDENTITY, Activation.RELU,
                    Loss.MEAN_SQUARED_ERROR, m -> m.withConventions(Conventions.LIBRARIES)),
            new Variant("cross-entropy, one epoch more", Activation.SOFTMAX, Activation.TANH,
                    Loss.CATEGORICAL_CROSS_ENTROPY, m -> m.withEpochShift(1)),
            new Variant("one epoch fewer", Activation.SIGMOID, Activation.TANH, Loss.SUM_SQUARED_ERROR,
                    m -> m.withEpochShift(-1)));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 11;
        for (Variant v : VARIANTS) {
            for (UpdateOrder order : UpdateOrder.values()) {
                for (Schedule.Batching batching : Schedule.Batching.values()) {
                    cases.add(Arguments.of(v, order, batching, seed % 2 == 0 ? 0.9 : 0.0, seed % 3 == 0 ? 0.01 : 0.0,
                            seed++));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, μ = {3}, λ = {4}")
    @MethodSource("cases")
    void everyValueAgrees(Variant variant, UpdateOrder order, Schedule.Batching batching, double momentum,
                          double lambda, long seed) {
        Random random = new Random(seed);
        Network net = new Network(List.of(
                SeededNetworks.layer(random, 3, 4, 1.0, 0.5, BiasLayout.PER_NEURON, variant.hidden()),
                SeededNetworks.layer(random, 4, 2, 1.0, 0.5, BiasLayout.PER_NEURON, variant.output())));
        List<Example> data = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            double[] y = variant.output() == Activation.SOFTMAX ? (t % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1})
                    : SeededNetworks.vector(random, 2, 0.5);
            data.add(new Example(SeededNetworks.vector(random, 3, 1.0), y));
        }
        Method method = variant.change().apply(Method.standard(variant.loss(), Conventions.DOCUMENTS)).withOrder(order);
        Schedule schedule = new Schedule(0.1, momentum, lambda, 6, 0.0, batching);

        MethodRun engine = MethodRun.of(net, data, schedule, method);
        TextbookNetwork.Run loops = TextbookNetwork.run(net, data, schedule, method);

        assertThat(engine.epochsRun()).isEqualTo(loops.epochsRun());
        assertThat(engine.updatesRun()).isEqualTo(loops.updatesRun());
        for (int t = 1; t <= data.size(); t++) {
            for (int k = 1; k <= 2; k++) {
                for (int i = 1; i <= net.layer(k).outputSize(); i++) {
                    assertThat(engine.z(t, k, i)).as("z(%d)[%d] of example %d", k, i, t).isCloseTo(loops.z(t, k, i), within(AGREE));
                    assertThat(engine.a(t, k, i)).as("a(%d)[%d] of example %d", k, i, t).isCloseTo(loops.a(t, k, i), within(AGREE));
                    assertThat(engine.delta(t, k, i)).as("δ(%d)[%d] of example %d", k, i, t)
                            .isCloseTo(loops.delta(t, k, i), within(AGREE));
                }
            }
        }
        for (int k = 1; k <= 2; k++) {
            for (int i = 1; i <= net.layer(k).outputSize(); i++) {
                assertThat(engine.biasGradient(k, i)).as("∂L/∂b(%d)[%d]", k, i).isCloseTo(loops.biasGradient(k, i), within(AGREE));
                for (int j = 1; j <= net.layer(k).inputSize(); j++) {
                    assertThat(engine.weightGradient(k, i, j)).as("∂L/∂W(%d)[%d,%d]", k, i, j)
                            .isCloseTo(loops.weightGradient(k, i, j), within(AGREE));
                }
            }
        }
        for (int e = 0; e <= engine.epochsRun(); e++) {
            // lossAfter reads after e + shift epochs; the loops' list is indexed by the epochs run
            int read = e - method.epochShift();
            if (read >= 0 && read <= engine.epochsRun()) {
                assertThat(engine.lossAfter(read)).as("J after %d epochs", e).isCloseTo(loops.lossAfter(e), within(AGREE));
            }
        }
        int updates = engine.updatesRun();
        for (int k = 1; k <= 2; k++) {
            for (int i = 1; i <= net.layer(k).outputSize(); i++) {
                assertThat(engine.biasAfterTraining(k, i)).as("b(%d)[%d]", k, i)
                        .isCloseTo(loops.biasAfter(updates, k, i), within(AGREE));
                for (int j = 1; j <= net.layer(k).inputSize(); j++) {
                    assertThat(engine.weightAfterTraining(k, i, j)).as("W(%d)[%d,%d]", k, i, j)
                            .isCloseTo(loops.weightAfter(updates, k, i, j), within(AGREE));
                }
            }
        }
    }
}

package backprop.core.method;

import backprop.core.graph.Conventions;
import backprop.core.network.Activation;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.Example;
import backprop.core.network.ForwardPass;
import backprop.core.network.FrozenParameters;
import backprop.core.network.FrozenParameters.Kind;
import backprop.core.network.FrozenParameters.Parameter;
import backprop.core.network.GradientDescent;
import backprop.core.network.GradientDescent.UpdateOrder;
import backprop.core.network.Gradients;
import backprop.core.network.L2Regularisation;
import backprop.core.network.Loss;
import backprop.core.network.Network;
import backprop.core.network.Trainer;
import backprop.testing.SeededNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Under the engine's own method ({@link Method#standard}), the textbook loops and the fast engine (Network,
 * GradientDescent, Trainer) are two computations of the same numbers. Seeded 3-4-2 networks, 5 examples.
 *
 * <p>Bound: 1e-12 absolute on values of order 1. The loops sum the same products as the engine, mostly in the
 * same order; softmax's δ is Σ_i g_i·ŷ_i(1{i=j} − ŷ_j) here and ŷ_j(g_j − Σ_i ŷ_i g_i) there, and the batch mean
 * is Σ(g/n) here, (Σg)/n there: a few roundings of 1.1e-16 per value, carried through ≤ 30 updates of rate
 * ≤ 0.5 that do not amplify them by more than ~10². Measured: every difference ≤ 1e-15; with 1e-16, 5 of the 12
 * cases fail, with exact equality 6.
 */
@DisplayName("The textbook loops agree with the engine under the engine's method")
class TextbookAgreesWithEngineTest {
    private static final double AGREE = 1e-12;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 11;
        for (UpdateOrder order : UpdateOrder.values()) {
            for (Trainer.Batching batching : Trainer.Batching.values()) {
                cases.add(Arguments.of(seed++, order, batching, 0.0, 0.0, false, Activation.SIGMOID));
                cases.add(Arguments.of(seed++, order, batching, 0.9, 0.01, false, Activation.TANH));
                cases.add(Arguments.of(seed++, order, batching, 0.5, 0.001, true, Activation.SOFTMAX));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2}, μ = {3}, λ = {4}, frozen {5}, {6} output")
    @MethodSource("cases")
    void textbookRunAgreesWithNetworkGradientDescentAndTrainer(long seed, UpdateOrder order, Trainer.Batching batching,
                                                               double momentum, double lambda, boolean freeze,
                                                               Activation output) {
        Random random = new Random(seed);
        Network net = new Network(List.of(
                SeededNetworks.layer(random, 3, 4, 1.0, 0.5, BiasLayout.PER_NEURON, Activation.TANH),
                SeededNetworks.layer(random, 4, 2, 1.0, 0.5, BiasLayout.PER_NEURON, output)),
                Conventions.DOCUMENTS);
        List<Example> data = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            double[] y = output == Activation.SOFTMAX ? (t % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1})
                    : SeededNetworks.vector(random, 2, 0.5);
            data.add(new Example(SeededNetworks.vector(random, 3, 1.0), y));
        }
        FrozenParameters frozen = freeze ? new FrozenParameters(Set.of(new Parameter(1, Kind.BIAS, FrozenParameters.WHOLE),
                new Parameter(2, Kind.WEIGHTS, 3))) : FrozenParameters.NONE;
        Loss loss = Loss.SUM_SQUARED_ERROR;
        Method method = Method.standard(loss, Conventions.DOCUMENTS).withOrder(order).withFrozen(frozen);
        int epochs = 6;
        Schedule schedule = new Schedule(0.5, momentum, lambda, epochs, 0.0, batching);

        TextbookRun run = TextbookNetwork.run(net, data, schedule, method);

        assertFirstPassesAgree(run, net, data, loss);
        assertFirstStepAgrees(run, net, data, batching, method, schedule);
        assertTrainingAgrees(run, net, data, loss, method, schedule);
    }

    private static void assertFirstPassesAgree(TextbookRun run, Network net, List<Example> data, Loss loss) {
        for (int t = 1; t <= data.size(); t++) {
            ForwardPass f = net.forward(data.get(t - 1).x());
            BackwardPass b = net.backward(f, data.get(t - 1).y(), loss);
            for (int k = 1; k <= 2; k++) {
                for (int i = 1; i <= net.layer(k).outputSize(); i++) {
                    assertThat(run.z(t, k, i)).as("z(%d)[%d] of example %d", k, i, t).isCloseTo(f.z(k)[i - 1], within(AGREE));
                    assertThat(run.a(t, k, i)).as("a(%d)[%d] of example %d", k, i, t).isCloseTo(f.a(k)[i - 1], within(AGREE));
                    assertThat(run.delta(t, k, i)).as("δ(%d)[%d] of example %d", k, i, t)
                            .isCloseTo(b.delta(k)[i - 1], within(AGREE));
                }
            }
        }
    }

    private static void assertFirstStepAgrees(TextbookRun run, Network net, List<Example> data,
                                              Trainer.Batching batching, Method method, Schedule schedule) {
        List<Example> batch = batching == Trainer.Batching.WHOLE_BATCH ? data : List.of(data.get(0));
        Gradients g = descent(method, schedule).step(net.copy(), batch, method.loss());
        for (int k = 1; k <= 2; k++) {
            for (int i = 1; i <= net.layer(k).outputSize(); i++) {
                assertThat(run.biasGradient(k, i)).as("∂L/∂b(%d)[%d]", k, i).isCloseTo(g.bias(k)[i - 1], within(AGREE));
                for (int j = 1; j <= net.layer(k).inputSize(); j++) {
                    assertThat(run.weightGradient(k, i, j)).as("∂L/∂W(%d)[%d,%d]", k, i, j)
                            .isCloseTo(g.weight(k).get(i - 1, j - 1), within(AGREE));
                }
            }
        }
    }

    private static void assertTrainingAgrees(TextbookRun run, Network net, List<Example> data, Loss loss,
                                             Method method, Schedule schedule) {
        Network trained = net.copy();
        Trainer.TrainingHistory history = new Trainer(schedule.epochs(), 0.0, schedule.batching())
                .train(trained, data, loss, descent(method, schedule));
        assertThat(run.epochsRun()).isEqualTo(history.epochsRun());
        for (int e = 0; e <= history.epochsRun(); e++) {
            assertThat(run.lossAfter(e)).as("J after %d epochs", e).isCloseTo(history.costs().get(e), within(AGREE));
        }
        int updates = schedule.epochs() * (schedule.batching() == Trainer.Batching.WHOLE_BATCH ? 1 : data.size());
        for (int k = 1; k <= 2; k++) {
            for (int i = 1; i <= trained.layer(k).outputSize(); i++) {
                assertThat(run.biasAfter(updates, k, i)).as("b(%d)[%d]", k, i)
                        .isCloseTo(trained.layer(k).bias()[i - 1], within(AGREE));
                for (int j = 1; j <= trained.layer(k).inputSize(); j++) {
                    assertThat(run.weightAfter(updates, k, i, j)).as("W(%d)[%d,%d]", k, i, j)
                            .isCloseTo(trained.layer(k).weights().get(i - 1, j - 1), within(AGREE));
                }
            }
        }
        for (int t = 1; t <= data.size(); t++) {
            double[] y = trained.forward(data.get(t - 1).x()).output();
            for (int j = 1; j <= 2; j++) {
                assertThat(run.output(t, j)).as("ŷ[%d] of example %d", j, t).isCloseTo(y[j - 1], within(AGREE));
            }
        }
    }

    private static GradientDescent descent(Method method, Schedule schedule) {
        return new GradientDescent(schedule.learningRate(), schedule.momentum(),
                new L2Regularisation(schedule.lambda()), method.order(), method.frozen());
    }
}

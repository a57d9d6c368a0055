package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.BatchReduction;
import backprop.core.method.Method;
import backprop.core.method.Schedule.Batching;
import backprop.core.method.Schedule;
import backprop.core.network.Trainer.TrainingHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Trainer: iterate over data … till satisfied (004)")
class TrainerTest {
    private static final Method METHOD = Method.documents(Loss.SUM_SQUARED_ERROR);

    private static Network neuron(Activation g, double w, double b) {
        return new Network(List.of(new DenseLayer(new double[][] {{w}}, new double[] {b}, BiasLayout.PER_NEURON, g)));
    }

    @Nested
    @DisplayName("One sigmoid neuron on one example: x = 1, y = 1, w = b = 0, C_0 = (a − y)²")
    class OneExample {
        private final List<Example> data = List.of(new Example(new double[] {1}, new double[] {1}));
        private final Method method = Method.documents(Loss.SUM_SQUARED_ERROR);

        /** ε = ½, no momentum, no penalty, one update per example. */
        private TrainingHistory train(int epochs, double stopBelow) {
            return Trainer.train(neuron(Activation.SIGMOID, 0, 0), data,
                    new Schedule(0.5, 0, 0, epochs, stopBelow, Batching.PER_EXAMPLE), method);
        }

        // J_0 = (σ(0) − 1)² = (½ − 1)² = ¼ exactly.
        // Gradient: δ = 2(a − y)·a(1 − a) = 2(−½)(¼) = −¼; ∂J/∂w = δ·x = −¼, ∂J/∂b = −¼.
        // ε = ½: w = b = 0 + ½·¼ = ⅛, so z = ⅛·1 + ⅛ = ¼ and J_1 = (σ(¼) − 1)² ≈ 0.19169.
        private final double j1 = Math.pow(1 / (1 + Math.exp(-0.25)) - 1, 2);

        @Test
        @DisplayName("the cost falls every epoch with a small learning rate")
        void cost_fallsEveryEpoch() {
            // Why ε = ½ is small: with z = w + b, the Hessian of J in (w, b) is J''(z)·[[1, 1], [1, 1]],
            // largest eigenvalue 2|J''(z)|, and J'' = 2σ'(1 − σ)(3σ − 1) has |J''| ≤ 2·¼·1·2 = 1;
            // gradient descent lowers J whenever ε < 2/2 = 1.
            TrainingHistory h = train(50, 0.0);
            List<Double> costs = h.costs();
            assertThat(costs.get(0)).isEqualTo(0.25);
            assertThat(costs.get(1)).isCloseTo(j1, within(FEW_ROUNDINGS_NEAR_ONE));
            for (int epoch = 1; epoch < costs.size(); epoch++) {
                assertThat(costs.get(epoch)).as("J after epoch " + epoch).isLessThan(costs.get(epoch - 1));
            }
        }

        @Test
        @DisplayName("stops early once J < ε (\"Continue till Loss < ε\")")
        void stopsEarly_whenCostFallsBelowTarget() {
            // ε = 0.24: J_0 = 0.25 ≥ 0.24, J_1 ≈ 0.19169 < 0.24, so exactly one of the 100 epochs runs.
            TrainingHistory h = train(100, 0.24);
            assertThat(h.reachedTarget()).isTrue();
            assertThat(h.epochsRun()).isEqualTo(1);
            assertThat(h.costs().get(1)).isCloseTo(j1, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("runs no epoch when J already is below ε")
        void runsNoEpoch_whenAlreadyBelowTarget() {
            // J_0 = 0.25 < 0.3
            TrainingHistory h = train(100, 0.3);
            assertThat(h.epochsRun()).isZero();
            assertThat(h.reachedTarget()).isTrue();
        }

        @Test
        @DisplayName("with ε = 0 runs every epoch (\"Number of epochs is reached\")")
        void runsEveryEpoch_withoutTarget() {
            TrainingHistory h = train(7, 0.0);
            assertThat(h.epochsRun()).isEqualTo(7);
            assertThat(h.reachedTarget()).isFalse();
        }
    }

    @Nested
    @DisplayName("Per example (\"t is incremented after each training example\", 003) or per batch")
    class Batches {
        // One identity neuron a = w x + b, w = 2, b = 1, ε = ⅛, C = (a − y)²; examples (1, 0) and (−1, 1).
        // J_0 = ((3 − 0)² + (−1 − 1)²)/2 = (9 + 4)/2 = 6.5. All exact.
        private final List<Example> data = List.of(new Example(new double[] {1}, new double[] {0}),
                new Example(new double[] {-1}, new double[] {1}));

        private Network trainOneEpoch(Batching batching, List<Double> costs) {
            Network net = neuron(Activation.IDENTITY, 2, 1);
            costs.addAll(Trainer.train(net, data, new Schedule(0.125, 0, 0, 1, 0.0, batching), METHOD).costs());
            return net;
        }

        @Test
        @DisplayName("WHOLE_BATCH: one step along the mean gradient")
        void wholeBatch_oneStepAlongTheMeanGradient() {
            // Mean gradient (NetworkTest): ∂C/∂w = 5, ∂C/∂b = 1; w = 2 − ⅛·5 = 1.375, b = 1 − ⅛ = 0.875.
            // J_1 = ((2.25 − 0)² + (−0.5 − 1)²)/2 = (5.0625 + 2.25)/2 = 3.65625
            List<Double> costs = new java.util.ArrayList<>();
            Network net = trainOneEpoch(Batching.WHOLE_BATCH, costs);
            assertThat(net.layer(1).weights().get(0, 0)).isEqualTo(1.375);
            assertThat(net.layer(1).bias()[0]).isEqualTo(0.875);
            assertThat(costs).containsExactly(6.5, 3.65625);
        }

        @Test
        @DisplayName("PER_EXAMPLE: one step per example, the second from the moved weights")
        void perExample_oneStepPerExample() {
            // Example 1: ∂C/∂w = ∂C/∂b = 6 → w = 1.25, b = 0.25.
            // Example 2: a = −1.25 + 0.25 = −1, δ = 2(−1 − 1) = −4, ∂C/∂w = −4·(−1) = 4, ∂C/∂b = −4
            //            → w = 1.25 − 0.5 = 0.75, b = 0.25 + 0.5 = 0.75.
            // J_1 = ((1.5 − 0)² + (0 − 1)²)/2 = (2.25 + 1)/2 = 1.625
            List<Double> costs = new java.util.ArrayList<>();
            Network net = trainOneEpoch(Batching.PER_EXAMPLE, costs);
            assertThat(net.layer(1).weights().get(0, 0)).isEqualTo(0.75);
            assertThat(net.layer(1).bias()[0]).isEqualTo(0.75);
            assertThat(costs).containsExactly(6.5, 1.625);
        }

        @Test
        @DisplayName("J = ε is not below ε: training goes on (004: \"Continue till Loss < ε\")")
        void costEqualToTarget_keepsTraining() {
            // ε = J_0 = 6.5: J_0 < ε is false, so the epoch runs; J_1 = 3.65625 (above) < 6.5.
            TrainingHistory h = Trainer.train(neuron(Activation.IDENTITY, 2, 1), data,
                    new Schedule(0.125, 0, 0, 1, 6.5, Batching.WHOLE_BATCH), METHOD);
            assertThat(h.costs()).containsExactly(6.5, 3.65625);
            assertThat(h.reachedTarget()).isTrue();
        }

        @Test
        @DisplayName("a last J equal to ε has not reached the target")
        void lastCostEqualToTarget_hasNotReachedIt() {
            // ε = J_1 = 3.65625 exactly: after the one epoch J_1 < ε is false.
            TrainingHistory h = Trainer.train(neuron(Activation.IDENTITY, 2, 1), data,
                    new Schedule(0.125, 0, 0, 1, 3.65625, Batching.WHOLE_BATCH), METHOD);
            assertThat(h.costs()).containsExactly(6.5, 3.65625);
            assertThat(h.reachedTarget()).isFalse();
        }

        @Test
        @DisplayName("J(θ) = mean loss + λ‖ω‖² (003)")
        void cost_addsThePenaltyToTheMeanLoss() {
            // mean loss 6.5 (above); λ = ¼, ω = [2]: λ‖ω‖² = ¼·4 = 1 (the bias is not penalised); J = 7.5
            assertThat(neuron(Activation.IDENTITY, 2, 1).cost(data, METHOD, 0.25)).isEqualTo(7.5);
            // summed instead: J = (9 + 4) + 1 = 14
            assertThat(neuron(Activation.IDENTITY, 2, 1).cost(data, METHOD.withReduction(BatchReduction.SUM), 0.25))
                    .isEqualTo(14.0);
        }
    }

    @Nested
    @DisplayName("Training is deterministic")
    class Deterministic {
        @Test
        @DisplayName("two runs from the same start give identical costs and weights")
        void twoRuns_areIdentical() {
            List<Example> data = List.of(new Example(new double[] {0.3, -0.7}, new double[] {1}),
                    new Example(new double[] {-1.1, 0.4}, new double[] {0}));
            Network start = new Network(List.of(
                    new DenseLayer(new double[][] {{0.2, -0.4}, {0.6, 0.1}}, new double[] {0.1, -0.1},
                            BiasLayout.PER_NEURON, Activation.TANH),
                    new DenseLayer(new double[][] {{0.5, -0.3}}, new double[] {0}, BiasLayout.PER_NEURON,
                            Activation.SIGMOID)));
            Network first = start.copy();
            Network second = start.copy();
            Schedule schedule = new Schedule(0.3, 0.9, 0.01, 20, 0.0, Batching.PER_EXAMPLE);
            Method crossEntropy = Method.documents(Loss.BINARY_CROSS_ENTROPY);
            TrainingHistory h1 = Trainer.train(first, data, schedule, crossEntropy);
            TrainingHistory h2 = Trainer.train(second, data, schedule, crossEntropy);
            assertThat(h2.costs()).isEqualTo(h1.costs());
            for (int k = 1; k <= 2; k++) {
                assertThat(second.layer(k).weights()).isEqualTo(first.layer(k).weights());
                assertThat(second.layer(k).bias()).isEqualTo(first.layer(k).bias());
            }
            assertThat(first.layer(2).weights()).as("training moved the weights").isNotEqualTo(start.layer(2).weights());
        }
    }
}

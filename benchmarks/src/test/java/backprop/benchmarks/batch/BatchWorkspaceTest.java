package backprop.benchmarks.batch;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Gradients;
import backprop.core.network.Network;
import backprop.testing.SeededNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static backprop.core.Allocations.fewestBytesOverRounds;
import static backprop.core.network.Tolerances.ENGINES_AGREE;
import static backprop.core.network.Tolerances.assertRelativelyClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("BatchWorkspace: Algorithms 1 and 2 over a batch, as matrix products, in reused buffers")
class BatchWorkspaceTest {

    static Stream<Gemm> implementations() {
        return Stream.of(Gemm.reference(), Gemm.blas());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("one identity neuron, two examples, squared error: the batch mean by hand")
    void byHand(Gemm gemm) {
        // W = [2], b = [1], C_e = (a − y)²:
        //   x = 3, y = 10: z = 7, L = 9,  δ = 2(7 − 10) = −6, ∂L/∂w = −6·3 = −18, ∂L/∂b = −6
        //   x = 1, y = 0:  z = 3, L = 9,  δ = 2(3 − 0) = 6,   ∂L/∂w = 6·1 = 6,     ∂L/∂b = 6
        // mean: C = 9, ∂C/∂w = (−18 + 6)/2 = −6, ∂C/∂b = 0. Exact in binary.
        Network net = new Network(List.of(new DenseLayer(new double[][] {{2}}, new double[] {1}, BiasLayout.PER_NEURON,
                Activation.IDENTITY)));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 2, gemm);
        double c = workspace.forwardBackward(List.of(new Example(new double[] {3}, new double[] {10}),
                new Example(new double[] {1}, new double[] {0})), Loss.SUM_SQUARED_ERROR);
        assertThat(c).isEqualTo(9);
        assertThat(workspace.output(0, 0)).isEqualTo(7);
        assertThat(workspace.output(1, 0)).isEqualTo(3);
        assertThat(workspace.weightGradient(1).data()).containsExactly(-6);
        assertThat(workspace.biasGradient(1)).containsExactly(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("two calls on the same batch give the same gradients: the buffers are overwritten, not added to")
    void secondCall_givesTheSameGradients(Gemm gemm) {
        // W = [2], b = [1], C_e = (a − y)²:
        //   x = 3, y = 10: z = 7, δ = 2(7 − 10) = −6, ∂L/∂w = −18, ∂L/∂b = −6
        //   x = 1, y = 1:  z = 3, δ = 2(3 − 1) = 4,   ∂L/∂w = 4,   ∂L/∂b = 4
        // one example: ∂C/∂w = −18, ∂C/∂b = −6; both: ∂C/∂w = (−18 + 4)/2 = −7, ∂C/∂b = (−6 + 4)/2 = −1.
        Network net = new Network(List.of(new DenseLayer(new double[][] {{2}}, new double[] {1}, BiasLayout.PER_NEURON,
                Activation.IDENTITY)));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 2, gemm);
        List<Example> one = List.of(new Example(new double[] {3}, new double[] {10}));
        List<Example> both = List.of(one.get(0), new Example(new double[] {1}, new double[] {1}));
        for (int call = 1; call <= 2; call++) {
            workspace.forwardBackward(one, Loss.SUM_SQUARED_ERROR);
            assertThat(workspace.weightGradient(1).data()).as("one example, call " + call).containsExactly(-18);
            assertThat(workspace.biasGradient(1)).as("one example, call " + call).containsExactly(-6);
        }
        for (int call = 1; call <= 2; call++) {
            workspace.forwardBackward(both, Loss.SUM_SQUARED_ERROR);
            assertThat(workspace.weightGradient(1).data()).as("two examples, call " + call).containsExactly(-7);
            assertThat(workspace.biasGradient(1)).as("two examples, call " + call).containsExactly(-1);
        }
    }

    @Test
    @DisplayName("output(e, j) is ŷ_j of example e, for every e and j of the last batch, and nothing beyond it")
    void output_readsEachExampleAndNeuron() {
        // ŷ = W x + b with W = [[1], [2]], b = [0, 10]: x = 1 gives [1, 12], x = 3 gives [3, 16]. Exact.
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1}, {2}}, new double[] {0, 10},
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 3, Gemm.reference());
        workspace.forward(List.of(new Example(new double[] {1}, new double[] {0, 0}),
                new Example(new double[] {3}, new double[] {0, 0})));
        assertThat(new double[] {workspace.output(0, 0), workspace.output(0, 1), workspace.output(1, 0),
                workspace.output(1, 1)}).containsExactly(1, 12, 3, 16);
        // the capacity is 3, but the last batch had 2 examples of 2 outputs
        for (int[] outside : new int[][] {{2, 0}, {0, 2}, {-1, 0}, {0, -1}}) {
            assertThatThrownBy(() -> workspace.output(outside[0], outside[1]))
                    .isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("the last batch has 2 examples of 2 outputs; no output (" + outside[0] + ", "
                            + outside[1] + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    @DisplayName("equals the engine's batch gradient, averaged (Network.gradients), on 100 seeded networks")
    void agreesWithTheOneExampleForm(Gemm gemm) {
        Random random = new Random(6);
        for (int trial = 0; trial < 100; trial++) {
            RandomCase c = RandomCase.draw(random);
            String seed = "trial " + trial + " (seed 6): " + c;
            BatchWorkspace workspace = new BatchWorkspace(c.network, c.conventions, c.batch.size() + random.nextInt(3), gemm);
            double mean = workspace.forwardBackward(c.batch, c.loss);
            Gradients expected = c.network.gradients(c.batch, c.method());
            // ENGINES_AGREE: the same sums of products over at most 9 neurons × 8 examples, in another order.
            assertThat(mean).as(seed + ": C").isCloseTo(expected.loss(),
                    org.assertj.core.api.Assertions.within(ENGINES_AGREE * Math.max(1, Math.abs(expected.loss()))));
            for (int k = 1; k <= c.network.depth(); k++) {
                assertRelativelyClose(seed + ": ∂C/∂W^(" + k + ")", workspace.weightGradient(k).toArray(),
                        expected.weight(k).toArray(), ENGINES_AGREE);
                // A shared bias sums δ over the layer too, and under softmax + cross-entropy Σ_j δ_j = 0:
                // the result is rounding noise, so the bound is relative to the terms summed, (1/m) Σ_e Σ_j |δ_ej|.
                double terms = 0;
                for (Example e : c.batch) {
                    for (double d : c.network.backward(e, c.method()).delta(k)) {
                        terms += Math.abs(d) / c.batch.size();
                    }
                }
                double[] actualBias = workspace.biasGradient(k);
                for (int j = 0; j < actualBias.length; j++) {
                    assertThat(actualBias[j]).as(seed + ": ∂C/∂b^(" + k + ")[" + (j + 1) + "]").isCloseTo(
                            expected.bias(k)[j], org.assertj.core.api.Assertions.within(ENGINES_AGREE * terms));
                }
            }
            for (int e = 0; e < c.batch.size(); e++) {
                assertRelativelyClose(seed + ": ŷ of example " + (e + 1), new double[] {workspace.output(e, 0)},
                        new double[] {c.network.forward(c.batch.get(e).x()).output()[0]}, ENGINES_AGREE);
            }
        }
    }

    @Test
    @DisplayName("the steady state allocates nothing: no bytes on the heap in a round of 20 calls, with either product")
    void steadyStateAllocatesNothing() {
        Random random = new Random(11);
        for (Gemm gemm : List.of(Gemm.reference(), Gemm.blas())) {
            RandomCase c = RandomCase.draw(random);
            BatchWorkspace workspace = new BatchWorkspace(c.network, c.conventions, c.batch.size(), gemm);
            for (int warm = 0; warm < 3; warm++) {
                workspace.forwardBackward(c.batch, c.loss);
            }
            assertThat(fewestBytesOverRounds(() -> {
                workspace.forwardBackward(c.batch, c.loss);
                workspace.forward(c.batch);
            })).as(gemm.description() + ", " + c).isZero();
        }
        // one example through layers large enough for BLAS (a matrix-vector product at batch 1)
        Network large = new Network(List.of(
                new DenseLayer(new double[600][300], new double[600], BiasLayout.PER_NEURON, Activation.TANH),
                new DenseLayer(new double[2][600], new double[2], BiasLayout.PER_NEURON, Activation.SOFTMAX)));
        List<Example> one = List.of(new Example(new double[300], new double[] {1, 0}));
        BatchWorkspace workspace = new BatchWorkspace(large, Conventions.DOCUMENTS, 1, Gemm.blas());
        // the steady state: past the first calls into the BLAS binding, which set up classes and caches
        for (int warm = 0; warm < 50; warm++) {
            workspace.forwardBackward(one, Loss.CATEGORICAL_CROSS_ENTROPY);
        }
        assertThat(fewestBytesOverRounds(() -> workspace.forwardBackward(one, Loss.CATEGORICAL_CROSS_ENTROPY)))
                .as("300-600-2, batch 1").isZero();
    }

    @Test
    @DisplayName("bad input: an empty or oversized batch, an x of the wrong length, NaN, an overflow, each named")
    void badInput() {
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1e200, 1}}, new double[] {0},
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 2, Gemm.reference());
        Example ok = new Example(new double[] {1, 1}, new double[] {0});
        assertThatThrownBy(() -> workspace.forward(List.of())).hasMessageContaining("1 to 2 examples; got 0");
        assertThatThrownBy(() -> workspace.forward(List.of(ok, ok, ok))).hasMessageContaining("got 3");
        assertThatThrownBy(() -> workspace.forward(List.of(ok, new Example(new double[] {1}, new double[] {0}))))
                .hasMessageContaining("x of example 2 has 1 entries; the network needs 2");
        // Example rejects NaN when built, but its arrays are live: the workspace checks again as it copies.
        Example spoilt = new Example(new double[] {1, 1}, new double[] {0});
        spoilt.x()[1] = Double.NaN;
        assertThatThrownBy(() -> workspace.forward(List.of(spoilt))).hasMessageContaining("x[2] of example 1 is NaN");
        Example spoiltTarget = new Example(new double[] {1, 1}, new double[] {0});
        spoiltTarget.y()[0] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(ok, spoiltTarget), Loss.SUM_SQUARED_ERROR))
                .hasMessageContaining("y[1] of example 2 is Infinity");
        // z = 1e200·1e200 + 1 overflows to +∞ in the first layer, first example, first neuron
        assertThatThrownBy(() -> workspace.forward(List.of(new Example(new double[] {1e200, 1}, new double[] {0}))))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("z^(1) of example 1, neuron 1 is Infinity");
        assertThatThrownBy(() -> new BatchWorkspace(net, Conventions.DOCUMENTS, 0)).hasMessageContaining("capacity 0");
    }

    /** A seeded network of depth 1–3, widths 1–9, random activations, bias layouts and a loss that fits. */
    private record RandomCase(Network network, Conventions conventions, List<Example> batch, Loss loss, String shape) {
        /** The engine's method with this case's loss and conventions. */
        Method method() {
            return Method.standard(loss, conventions);
        }

        static RandomCase draw(Random random) {
            int depth = 1 + random.nextInt(3);
            int[] widths = new int[depth + 1];
            for (int k = 0; k <= depth; k++) {
                widths[k] = 1 + random.nextInt(9);
            }
            Loss loss = Loss.values()[random.nextInt(Loss.values().length)];
            List<DenseLayer> layers = new ArrayList<>();
            StringBuilder shape = new StringBuilder().append(widths[0]);
            for (int k = 1; k <= depth; k++) {
                Activation g = k < depth ? hidden(random) : output(loss, random);
                BiasLayout layout = random.nextBoolean() ? BiasLayout.PER_NEURON : BiasLayout.SHARED_PER_LAYER;
                layers.add(SeededNetworks.layer(random, widths[k - 1], widths[k], 1.0, 0.5, layout, g));
                shape.append('-').append(widths[k]).append(' ').append(g).append('/').append(layout);
            }
            Network network = new Network(layers);
            Conventions conventions = random.nextBoolean() ? Conventions.DOCUMENTS : Conventions.LIBRARIES;
            int n = 1 + random.nextInt(8);
            List<Example> batch = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                double[] x = SeededNetworks.vector(random, widths[0], 1.0);
                double[] y = new double[widths[depth]];
                if (loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
                    y[random.nextInt(y.length)] = 1;
                } else {
                    for (int j = 0; j < y.length; j++) {
                        y[j] = random.nextDouble();
                    }
                }
                batch.add(new Example(x, y));
            }
            return new RandomCase(network, conventions, batch, loss, shape + ", " + loss + ", batch " + n);
        }

        private static Activation hidden(Random random) {
            Activation[] hidden = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU};
            return hidden[random.nextInt(hidden.length)];
        }

        /** Cross-entropies need outputs in (0, 1): sigmoid for the binary one, softmax for the categorical. */
        private static Activation output(Loss loss, Random random) {
            if (loss == Loss.BINARY_CROSS_ENTROPY) {
                return Activation.SIGMOID;
            }
            if (loss == Loss.CATEGORICAL_CROSS_ENTROPY) {
                return Activation.SOFTMAX;
            }
            return Activation.values()[random.nextInt(Activation.values().length)];
        }

        @Override
        public String toString() {
            return shape;
        }
    }
}

package backprop.benchmarks.batch;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.testing.ExtremeNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;

import static backprop.testing.ExtremeNetworks.POWERS_X;
import static backprop.testing.ExtremeNetworks.TWO_TO_23;
import static backprop.testing.ExtremeNetworks.layer;
import static backprop.testing.ExtremeNetworks.network;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch engine checks what the one-example engine checks, with either matrix product, naming layer and example. */
@DisplayName("BatchWorkspace lets no NaN or infinity through, with either product, and says where")
class BatchWorkspaceNonFiniteTest {

    static List<Gemm> products() {
        return List.of(Gemm.reference(), Gemm.blas());
    }

    @ParameterizedTest
    @MethodSource("products")
    @DisplayName("16-16 identity layer, W = 1e-147, x = 1e299: every ∂C/∂W = δ·aᵀ = 3.2e153·1e299 overflows, batch 1 and 2")
    void weightGradientOverflow_isNamed(Gemm gemm) {
        // z = 16·1e-147·1e299 = 1.6e153, L = 16·(1.6e153)² = 4.1e307, δ = 3.2e153; 2·16·16 = 512 multiply-adds reach BLAS
        double[][] w = new double[16][16];
        for (double[] row : w) {
            java.util.Arrays.fill(row, 1e-147);
        }
        Network net = network(layer(w, new double[16], Activation.IDENTITY));
        double[] x = new double[16];
        java.util.Arrays.fill(x, 1e299);
        Example e = new Example(x, new double[16]);
        for (int m = 1; m <= 2; m++) {
            BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 2, gemm);
            List<Example> batch = Collections.nCopies(m, e);
            assertThatThrownBy(() -> workspace.forwardBackward(batch, Loss.SUM_SQUARED_ERROR))
                    .as("batch of %d", m)
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("BatchWorkspace: layer 1: ∂C/∂W[1,1] = (1/m) Σ_e δ_e·a_eᵀ over m = " + m
                            + " example(s) is Infinity");
        }
    }

    @Test
    @DisplayName("only ∂C/∂W[2,3] overflows: the entry is named by row and column")
    void weightGradientOverflow_namesRowAndColumn() {
        Network net = network(layer(new double[][] {{0, 0, 0}, {0, 0, 1e-146}}, new double[2], Activation.IDENTITY));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 1, Gemm.reference());
        List<Example> one = List.of(new Example(new double[] {1, 1, 1e300}, new double[2]));
        assertThatThrownBy(() -> workspace.forwardBackward(one, Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageStartingWith("BatchWorkspace: layer 1: ∂C/∂W[2,3] = ");
    }

    @ParameterizedTest
    @MethodSource("products")
    @DisplayName("two finite ∂L/∂b^(1) = 2^1023 sum to +∞ before the mean is taken")
    void biasGradientOverflow_isNamed(Gemm gemm) {
        Example e = new Example(POWERS_X, new double[] {TWO_TO_23 - 0.5});
        BatchWorkspace workspace = new BatchWorkspace(ExtremeNetworks.powersOfTwo(), Conventions.DOCUMENTS, 2, gemm);
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(e, e), Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessage("BatchWorkspace: layer 1: ∂C/∂b[1] = (1/m) Σ_e δ_e over m = 2 example(s) is Infinity");
    }

    @ParameterizedTest
    @MethodSource("products")
    @DisplayName("G^(1) = Δ^(2)·W^(2) = 2·2^1023 overflows, named by layer, example and neuron")
    void upstreamOverflow_isNamed(Gemm gemm) {
        Example fine = new Example(POWERS_X, new double[] {TWO_TO_23 - 0.5});
        Example spoilt = new Example(POWERS_X, new double[] {TWO_TO_23 - 1});
        BatchWorkspace workspace = new BatchWorkspace(ExtremeNetworks.powersOfTwo(), Conventions.DOCUMENTS, 2, gemm);
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(fine, spoilt), Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessage("BatchWorkspace: ∂L/∂a^(1) of example 2, neuron 1 is Infinity");
    }

    @Test
    @DisplayName("softmax's δ overflowing is named with its layer and example")
    void softmaxDeltaOverflow_isNamed() {
        BatchWorkspace workspace = new BatchWorkspace(ExtremeNetworks.softmaxUnderHugeUpstream(), Conventions.DOCUMENTS, 1, Gemm.reference());
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(new Example(new double[] {0}, new double[] {-0.5})),
                Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageStartingWith("BatchWorkspace: layer 1, example 1: softmax: δ[4] = ");
    }

    @Test
    @DisplayName("a loss that overflows, or a prediction outside BCE's domain, is named with its example")
    void lossErrors_nameTheExample() {
        Network identity = network(layer(new double[][] {{1}}, new double[] {0}, Activation.IDENTITY));
        BatchWorkspace workspace = new BatchWorkspace(identity, Conventions.DOCUMENTS, 2, Gemm.reference());
        Example fine = new Example(new double[] {0.5}, new double[] {1});
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(fine, new Example(new double[] {1e200},
                new double[] {0})), Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageStartingWith("BatchWorkspace: example 2: sum_squared_error: L(a, y) is Infinity");
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(fine, new Example(new double[] {-0.5},
                new double[] {1})), Loss.BINARY_CROSS_ENTROPY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("BatchWorkspace: example 2: binary_cross_entropy: a[1] = -0.5 is outside [0, 1]");
    }

    @Test
    @DisplayName("two finite losses of 1.21e308 (W = 1e77, x = 1.1e77) sum to +∞: the mean loss is named")
    void meanLossOverflow_isNamed() {
        Network steep = network(layer(new double[][] {{1e77}}, new double[] {0}, Activation.IDENTITY));
        Example e = new Example(new double[] {1.1e77}, new double[] {0});
        BatchWorkspace workspace = new BatchWorkspace(steep, Conventions.DOCUMENTS, 2, Gemm.reference());
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(e, e), Loss.SUM_SQUARED_ERROR))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessage("BatchWorkspace: the mean loss is Infinity");
    }


    @Test
    @DisplayName("z overflowing in example 2, neuron 2 of a 2-neuron layer is named by both")
    void preActivationOverflow_namesExampleAndNeuron() {
        Network net = network(layer(new double[][] {{1}, {1e200}}, new double[2], Activation.IDENTITY));
        BatchWorkspace workspace = new BatchWorkspace(net, Conventions.DOCUMENTS, 2, Gemm.reference());
        List<Example> batch = List.of(new Example(new double[] {1}, new double[2]),
                new Example(new double[] {1e200}, new double[2]));
        assertThatThrownBy(() -> workspace.forward(batch))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessage("BatchWorkspace: z^(1) of example 2, neuron 2 is Infinity");
    }
}

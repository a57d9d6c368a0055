package backprop.benchmarks.batch;

import backprop.core.function.Activation;
import backprop.core.graph.Conventions;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("BatchWorkspace refuses a missing part or a buffer past one array's size, naming it")
class BatchWorkspaceArgumentsTest {
    private final Network neuron = new Network(List.of(new DenseLayer(new double[][] {{2}}, new double[] {0},
            BiasLayout.PER_NEURON, Activation.IDENTITY)));
    private final Example example = new Example(new double[] {1}, new double[] {0});

    @Test
    @DisplayName("a BatchWorkspace whose buffers would pass that size is refused naming capacity and layer")
    void hugeWorkspace_isRefusedNamingCapacityAndLayer() {
        // 1 input, 3 outputs: the input buffer (1e9 entries) fits, the output layer's (3e9) does not
        Network net = new Network(List.of(new DenseLayer(new double[][] {{1}, {1}, {1}}, new double[3],
                BiasLayout.PER_NEURON, Activation.IDENTITY)));
        assertThatThrownBy(() -> new BatchWorkspace(net, Conventions.DOCUMENTS, 1_000_000_000, Gemm.reference()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BatchWorkspace: capacity 1000000000 × 3 neurons of layer 1 is 3000000000 entries; "
                        + "one buffer holds at most 2147483639");
    }

    @Test
    @DisplayName("a batch workspace needs a network, conventions and a product; a batch needs examples; forwardBackward a loss")
    void batchWorkspace_refusesMissingParts() {
        assertThatThrownBy(() -> new BatchWorkspace(null, Conventions.DOCUMENTS, 1, Gemm.reference()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a network, conventions and a matrix");
        assertThatThrownBy(() -> new BatchWorkspace(neuron, null, 1, Gemm.reference()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a network, conventions and a matrix");
        assertThatThrownBy(() -> new BatchWorkspace(neuron, Conventions.DOCUMENTS, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a network, conventions and a matrix");
        BatchWorkspace workspace = new BatchWorkspace(neuron, Conventions.DOCUMENTS, 1, Gemm.reference());
        assertThat(workspace.gemm()).isSameAs(Gemm.reference());
        assertThatThrownBy(() -> workspace.forward(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 1 examples; got none");
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(example), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no loss given");
    }
}

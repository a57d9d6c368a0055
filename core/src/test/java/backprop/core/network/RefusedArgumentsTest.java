package backprop.core.network;

import backprop.core.graph.Conventions;
import backprop.core.network.GradientDescent.UpdateOrder;
import backprop.core.network.Trainer.Batching;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every constructor and entry point of the layer-wise engine refuses a missing, empty, mis-sized or
 * out-of-range argument with an IllegalArgumentException that names it, instead of a NullPointerException
 * or a stray index further in.
 */
@DisplayName("Refused arguments: a missing, empty or out-of-range argument is named, not met later as a stray error")
class RefusedArgumentsTest {
    private static final Loss LOSS = Loss.SUM_SQUARED_ERROR;

    private static DenseLayer identity(double w) {
        return new DenseLayer(new double[][] {{w}}, new double[] {0}, BiasLayout.PER_NEURON, Activation.IDENTITY);
    }

    private final Network neuron = new Network(List.of(identity(2)), Conventions.DOCUMENTS);
    private final Example example = new Example(new double[] {1}, new double[] {0});

    @Test
    @DisplayName("a network needs its conventions; a layer needs W, b, its bias layout and its activation")
    void networkAndLayer_needEveryPart() {
        assertThatThrownBy(() -> new Network(List.of(identity(1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conventions must be given");
        double[][] w = {{1}};
        double[] b = {0};
        assertThatThrownBy(() -> new DenseLayer((Matrix) null, b, BiasLayout.PER_NEURON, Activation.TANH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        assertThatThrownBy(() -> new DenseLayer(w, null, BiasLayout.PER_NEURON, Activation.TANH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        assertThatThrownBy(() -> new DenseLayer(w, b, null, Activation.TANH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        assertThatThrownBy(() -> new DenseLayer(w, b, BiasLayout.PER_NEURON, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
    }

    @Test
    @DisplayName("a bias entry that is not a number is refused, naming the entry")
    void layer_refusesANonFiniteBiasNamingTheEntry() {
        assertThatThrownBy(() -> new DenseLayer(new double[][] {{1}, {1}}, new double[] {0, Double.NaN},
                BiasLayout.PER_NEURON, Activation.TANH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b[2] is NaN");
    }

    @Test
    @DisplayName("an example needs entries in x and in y, all of them numbers")
    void example_needsFiniteEntries() {
        double[] one = {1};
        for (double[][] xy : new double[][][] {{null, one}, {one, null}, {{}, one}, {one, {}}}) {
            assertThatThrownBy(() -> new Example(xy[0], xy[1]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x and y must have entries");
        }
        assertThatThrownBy(() -> new Example(new double[] {1, Double.NaN}, one))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Example: x[2] is NaN");
        assertThatThrownBy(() -> new Example(one, new double[] {Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Example: y[1] is Infinity");
    }

    @Test
    @DisplayName("forward, loss, backward and averageGradients name the argument that is missing or the wrong size")
    void networkEntryPoints_nameTheBadArgument() {
        assertThatThrownBy(() -> neuron.forward(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x has no entries; the network needs 1");
        assertThatThrownBy(() -> neuron.loss(new double[] {1}, new double[] {0, 0}, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss: y has 2 entries");
        ForwardPass pass = neuron.forward(new double[] {1});
        assertThatThrownBy(() -> neuron.backward(pass, new double[] {0, 0}, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backward: y has 2 entries");
        assertThatThrownBy(() -> neuron.backward(pass, new double[] {Double.NaN}, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum_squared_error: y[1] is NaN");
        Network deeper = new Network(List.of(identity(1), identity(1)), Conventions.DOCUMENTS);
        assertThatThrownBy(() -> neuron.backward(deeper.forward(new double[] {1}), new double[] {0}, LOSS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the forward pass has 2 layers, the network 1");
        assertThatThrownBy(() -> neuron.averageGradients(null, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
        assertThatThrownBy(() -> neuron.averageGradients(List.of(), LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
    }

    @Test
    @DisplayName("gradient descent: ε > 0 and finite, μ in [0, 1), λ ≥ 0 and finite; the edges 0 of μ and λ are allowed")
    void gradientDescent_refusesRatesOutsideTheirRanges() {
        assertThatThrownBy(() -> GradientDescent.plain(0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learning rate must be > 0, is 0.0");
        assertThatThrownBy(() -> GradientDescent.plain(-0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is -0.5");
        assertThatThrownBy(() -> GradientDescent.plain(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is Infinity");
        for (double momentum : new double[] {-0.25, 1.0}) {
            assertThatThrownBy(() -> new GradientDescent(0.1, momentum, L2Regularisation.NONE,
                    UpdateOrder.ALL_GRADIENTS_FIRST))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("momentum must be in [0, 1), is " + momentum);
        }
        assertThatThrownBy(() -> new GradientDescent(0.1, 0.5, null, UpdateOrder.ALL_GRADIENTS_FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        assertThatThrownBy(() -> new GradientDescent(0.1, 0.5, L2Regularisation.NONE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be given");
        L2Regularisation zero = new L2Regularisation(0.0);
        assertThat(zero.penalty(neuron)).isZero();
        assertThatThrownBy(() -> new L2Regularisation(-0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("λ must be finite and ≥ 0, is -0.5");
        assertThatThrownBy(() -> new L2Regularisation(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is Infinity");
        GradientDescent descent = new GradientDescent(0.125, 0.0, zero, UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY);
        assertThat(descent.learningRate()).isEqualTo(0.125);
        assertThat(descent.regularisation()).isSameAs(zero);
        assertThat(descent.order()).isEqualTo(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY);
        assertThatThrownBy(() -> descent.step(neuron, null, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty batch");
        assertThatThrownBy(() -> descent.step(neuron, List.of(), LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty batch");
    }

    @Test
    @DisplayName("a trainer needs at least one epoch, ε ≥ 0, a batching, and examples to train on")
    void trainer_refusesNoEpochsNegativeTargetNoBatchingNoExamples() {
        assertThatThrownBy(() -> new Trainer(0, 0.0, Batching.PER_EXAMPLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs must be ≥ 1, is 0");
        assertThatThrownBy(() -> new Trainer(1, -0.5, Batching.PER_EXAMPLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ε must be ≥ 0");
        assertThatThrownBy(() -> new Trainer(1, 0.0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batching given");
        Trainer trainer = new Trainer(1, 0.0, Batching.PER_EXAMPLE);
        assertThatThrownBy(() -> trainer.train(neuron, null, LOSS, GradientDescent.plain(0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
        assertThatThrownBy(() -> trainer.train(neuron, List.of(), LOSS, GradientDescent.plain(0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
    }

    @Test
    @DisplayName("a batch workspace needs a network and a product; a batch needs examples; forwardBackward needs a loss")
    void batchWorkspace_refusesMissingParts() {
        assertThatThrownBy(() -> new BatchWorkspace(null, 1, Gemm.reference()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a network and a matrix product");
        assertThatThrownBy(() -> new BatchWorkspace(neuron, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a network and a matrix product");
        BatchWorkspace workspace = new BatchWorkspace(neuron, 1, Gemm.reference());
        assertThat(workspace.gemm()).isSameAs(Gemm.reference());
        assertThatThrownBy(() -> workspace.forward(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 1 examples; got none");
        assertThatThrownBy(() -> workspace.forwardBackward(List.of(example), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no loss given");
    }
}

package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
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

    private final Network neuron = new Network(List.of(identity(2)));
    private final Example example = new Example(new double[] {1}, new double[] {0});

    @Test
    @DisplayName("a network needs a layer; a layer needs W, b, its bias layout and its activation")
    void networkAndLayer_needEveryPart() {
        assertThatThrownBy(() -> new Network(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one layer");
        assertThatThrownBy(() -> new Network(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one layer");
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
    @DisplayName("forward, loss, backward and gradients name the argument that is missing or the wrong size")
    void networkEntryPoints_nameTheBadArgument() {
        assertThatThrownBy(() -> neuron.forward(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x has no entries; the network needs 1");
        assertThatThrownBy(() -> neuron.loss(new double[] {1}, new double[] {0, 0}, LOSS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss: y has 2 entries");
        ForwardPass pass = neuron.forward(new double[] {1});
        assertThatThrownBy(() -> neuron.backward(pass, new double[] {0, 0}, Method.documents(LOSS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backward: y has 2 entries");
        assertThatThrownBy(() -> neuron.backward(pass, new double[] {Double.NaN}, Method.documents(LOSS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum_squared_error: y[1] is NaN");
        Network deeper = new Network(List.of(identity(1), identity(1)));
        assertThatThrownBy(() -> neuron.backward(deeper.forward(new double[] {1}), new double[] {0}, Method.documents(LOSS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the forward pass has 2 layers, the network 1");
        assertThatThrownBy(() -> neuron.gradients(null, Method.documents(LOSS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
        assertThatThrownBy(() -> neuron.gradients(List.of(), Method.documents(LOSS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
    }

    @Test
    @DisplayName("gradient descent keeps its schedule and method, and refuses a missing or empty batch (ε, μ, λ: Schedule)")
    void gradientDescent_refusesAnEmptyBatch() {
        Method layerByLayer = Method.documents(LOSS)
                .withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY);
        GradientDescent descent = new GradientDescent(Schedule.descent(0.125, 0.0, 0.0), layerByLayer);
        assertThat(descent.schedule().learningRate()).isEqualTo(0.125);
        assertThat(descent.method()).isSameAs(layerByLayer);
        assertThatThrownBy(() -> descent.step(neuron, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty batch");
        assertThatThrownBy(() -> descent.step(neuron, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty batch");
        // a target of the wrong length is refused before any loss reads it, naming the length
        assertThatThrownBy(() -> descent.step(neuron, List.of(new Example(new double[] {1}, new double[] {0, 0}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("backward: y has 2 entries; the network needs 1");
        assertThat(neuron.penalty(0.0)).isZero();
    }

    @Test
    @DisplayName("a trainer needs examples to train on, and a cost needs examples to sum (epochs and ε: Schedule)")
    void trainer_refusesNoExamples() {
        Schedule schedule = Schedule.plain(0.1, 1);
        Method method = Method.documents(LOSS);
        assertThatThrownBy(() -> Trainer.train(neuron, null, schedule, method))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no examples");
        assertThatThrownBy(() -> Trainer.train(neuron, List.of(), schedule, method))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("train: no examples");
        assertThatThrownBy(() -> neuron.cost(List.of(), method, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost: no examples");
        assertThatThrownBy(() -> neuron.cost(List.of(new Example(new double[] {1}, new double[] {0, 0})), method, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss: y has 2 entries");
    }
}

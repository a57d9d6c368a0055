package backprop.core.network;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.method.UpdateOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Frozen parameters, checked against Matt Mazur's public worked example, "A Step by Step Backpropagation Example"
 * (mattmazur.com, 2015): x = (0.05, 0.10), y = (0.01, 0.99), w1…w4 = 0.15, 0.20, 0.25, 0.30, b1 = 0.35 shared,
 * w5…w8 = 0.40, 0.45, 0.50, 0.55, b2 = 0.60 shared, sigmoid both layers, E = ½Σ(y − out)², η = 0.5, every
 * gradient computed before any weight changes ("we use the original weights"), biases never updated. The
 * expected values are his printed numbers, each checked to half a unit of its last printed digit.
 */
@DisplayName("FrozenParameters: a frozen parameter keeps its value; Mazur's worked example with its biases fixed")
class FrozenParametersTest {
    private static final List<Example> MAZUR = List.of(new Example(new double[] {0.05, 0.10}, new double[] {0.01, 0.99}));
    private static final FrozenParameters BIASES = new FrozenParameters(Set.of(new Parameter(1, Kind.BIAS,
            FrozenParameters.WHOLE), new Parameter(2, Kind.BIAS, FrozenParameters.WHOLE)));

    private static Network mazur() {
        return new Network(List.of(
                new DenseLayer(new double[][] {{0.15, 0.20}, {0.25, 0.30}}, new double[] {0.35},
                        BiasLayout.SHARED_PER_LAYER, Activation.SIGMOID),
                new DenseLayer(new double[][] {{0.40, 0.45}, {0.50, 0.55}}, new double[] {0.60},
                        BiasLayout.SHARED_PER_LAYER, Activation.SIGMOID)));
    }

    /** E = ½Σ(y − out)², every gradient before any weight changes. */
    private static final Method MAZUR_METHOD = Method.documents(Loss.HALF_SUM_SQUARED_ERROR);

    private static GradientDescent descent(FrozenParameters frozen, double momentum, double lambda) {
        return new GradientDescent(Schedule.descent(0.5, momentum, lambda), MAZUR_METHOD.withFrozen(frozen));
    }

    /** |actual − printed| ≤ half a unit in the printed value's last decimal. */
    private static void printed(double actual, String printed) {
        int decimals = printed.length() - printed.indexOf('.') - 1;
        assertThat(actual).as(printed).isCloseTo(Double.parseDouble(printed), within(0.5 * Math.pow(10, -decimals)));
    }

    @Test
    @DisplayName("one update reproduces Mazur's E_total and w1⁺…w8⁺ at their printed precision; b1, b2 unchanged")
    void mazurFirstUpdate() {
        Network net = mazur();
        Gradients used = descent(BIASES, 0, 0).step(net, MAZUR);
        printed(used.loss(), "0.298371109");
        Matrix w1 = net.layer(1).weights();
        Matrix w2 = net.layer(2).weights();
        printed(w2.get(0, 0), "0.35891648");
        printed(w2.get(0, 1), "0.408666186");
        printed(w2.get(1, 0), "0.511301270");
        printed(w2.get(1, 1), "0.561370121");
        printed(w1.get(0, 0), "0.149780716");
        printed(w1.get(0, 1), "0.19956143");
        printed(w1.get(1, 0), "0.24975114");
        printed(w1.get(1, 1), "0.29950229");
        assertThat(net.layer(1).bias()).containsExactly(0.35);
        assertThat(net.layer(2).bias()).containsExactly(0.60);
        assertThat(used.bias(2)[0]).as("the gradient of a frozen bias is still computed").isNotZero();
    }

    @Test
    @DisplayName("after 2 epochs with momentum and λ the frozen biases are still 0.35 and 0.60; the weights differ from an unfrozen run")
    void twoEpochs() {
        Network frozen = mazur();
        Network free = mazur();
        Schedule twoEpochs = new Schedule(0.5, 0.5, 0.01, 2, 0.0, Schedule.Batching.PER_EXAMPLE);
        Trainer.train(frozen, MAZUR, twoEpochs, MAZUR_METHOD.withFrozen(BIASES));
        Trainer.train(free, MAZUR, twoEpochs, MAZUR_METHOD);
        assertThat(frozen.layer(1).bias()).containsExactly(0.35);
        assertThat(frozen.layer(2).bias()).containsExactly(0.60);
        assertThat(free.layer(2).bias()[0]).isNotEqualTo(0.60);
        assertThat(frozen.layer(1).weights().get(0, 0)).isNotEqualTo(free.layer(1).weights().get(0, 0));
        assertThat(frozen.layer(1).weights().get(0, 0)).isNotEqualTo(0.15);
    }

    @Test
    @DisplayName("a single frozen entry: W1[1,2] stays, its neighbours move")
    void singleEntry() {
        Network net = mazur();
        FrozenParameters one = new FrozenParameters(Set.of(new Parameter(1, Kind.WEIGHTS, 1)));
        descent(one, 0, 0.1).step(net, MAZUR);
        assertThat(net.layer(1).weights().get(0, 1)).isEqualTo(0.20);
        assertThat(net.layer(1).weights().get(0, 0)).isNotEqualTo(0.15);
        assertThat(net.layer(1).bias()[0]).isNotEqualTo(0.35);
    }

    @Test
    @DisplayName("the layer-by-layer order leaves a frozen parameter unchanged too")
    void layerByLayer() {
        Network net = mazur();
        new GradientDescent(Schedule.descent(0.5, 0, 0),
                MAZUR_METHOD.withFrozen(BIASES).withOrder(UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY))
                .step(net, MAZUR);
        assertThat(net.layer(1).bias()).containsExactly(0.35);
        assertThat(net.layer(2).bias()).containsExactly(0.60);
    }

    @Test
    @DisplayName("a parameter names a layer from 1, a kind, and an entry from 0 or WHOLE: anything else is refused")
    void parameter_refusesLayerZeroNoKindAndAnIndexBelowWhole() {
        assertThatThrownBy(() -> new Parameter(0,
                Kind.BIAS, FrozenParameters.WHOLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameter(1, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameter(1,
                Kind.WEIGHTS, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Parameter(1, Kind.WEIGHTS,
                FrozenParameters.WHOLE).index()).isEqualTo(-1);
    }

    @Test
    @DisplayName("any() says whether something is frozen; a descent hands back the method it was given, and refuses none")
    void any_andTheDescentsMethod() {
        FrozenParameters biases = new FrozenParameters(Set.of(
                new Parameter(1, Kind.BIAS, FrozenParameters.WHOLE)));
        assertThat(FrozenParameters.NONE.any()).isFalse();
        assertThat(biases.any()).isTrue();
        GradientDescent descent = descent(biases, 0.0, 0.0);
        assertThat(descent.method().frozen()).isEqualTo(biases);
        assertThat(descent.schedule().learningRate()).isEqualTo(0.5);
        assertThatThrownBy(() -> new GradientDescent(Schedule.descent(0.5, 0.0, 0.0), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a schedule and a method");
        assertThatThrownBy(() -> new GradientDescent(null, MAZUR_METHOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a schedule and a method");
    }
}

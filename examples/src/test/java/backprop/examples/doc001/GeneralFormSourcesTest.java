package backprop.examples.doc001;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.examples.work.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 1.1.4's ∂C0/∂a_j: at the output, eq. (2), it is where the backward pass starts, ∂L/∂ŷ_j, and has that
 * source; below it, eq. (11), it is no step of the questions and has none.
 */
@DisplayName("001's general form: only the output layer's ∂C0/∂a_j (eq. 2) has the source ∂L/∂ŷ_j")
class GeneralFormSourcesTest {
    private final ScenarioResult result = new WeightsBetweenLayers().compute();
    private final Map<String, Source> sources = result.sources();

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).mapToDouble(Derived::value)
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("eq. (2), ∂C0/∂a_j^(L) for j = 1, 2: the loss gradient of output j, whose value is 2(a_j^(L) − y_j)")
    void outputLayer_hasTheLossGradientOfItsOutput() {
        for (int j = 1; j <= 2; j++) {
            String name = WeightsBetweenLayers.PREFIX + "eq2.dC0_da(L)_" + j;
            assertThat(sources.get(name)).as(name).isInstanceOf(Source.LossGradient.class);
            Source.LossGradient s = (Source.LossGradient) sources.get(name);
            assertThat(s.i()).as(name).isEqualTo(j - 1);
            // the row's value is eq. (2) by hand; the engine's ∂L/∂ŷ_j must be the same number
            assertThat(s.value()).as(name).isEqualTo(value(name));
        }
    }

    @Test
    @DisplayName("eq. (11), ∂C0/∂a_j of the hidden layers (L−1), (L−2): no source")
    void hiddenLayers_haveNone() {
        for (String layer : new String[] {"(L-1)", "(L-2)"}) {
            for (int j = 1; j <= 2; j++) {
                String name = WeightsBetweenLayers.PREFIX + "eq11.dC0_da" + layer + "_" + j;
                assertThat(result.derived()).extracting(Derived::name).as(name).contains(name);
                assertThat(sources).as(name).doesNotContainKey(name);
            }
        }
    }
}

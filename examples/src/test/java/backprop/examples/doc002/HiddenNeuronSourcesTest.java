package backprop.examples.doc002;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.examples.work.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 002's δ_k^[i] and ∂L/∂b_k^[i] are steps of the questions: each row has the engine's δ or ∂L/∂b of its own layer
 * and neuron as its source, and that source's value is the row's (computed by 002's formulas, not by the engine).
 */
@DisplayName("002: every δ_k^[i] and ∂L/∂b_k^[i] has the engine's δ / ∂L/∂b of its layer and neuron as source")
class HiddenNeuronSourcesTest {
    private final ScenarioResult result = new HiddenNeuronGradients().compute();
    private final Map<String, Source> sources = result.sources();

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).mapToDouble(Derived::value)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    @Test
    @DisplayName("δ_k^[i] = ∂L/∂z_k^[i] for i = 3 (the output, 2 neurons), 2 (3 neurons), 1 (4 neurons)")
    void deltas() {
        int[] neurons = {0, 4, 3, 2}; // 002's 3-4-3-2 network: layer i has neurons[i]
        for (int i = 1; i <= 3; i++) {
            for (int k = 1; k <= neurons[i]; k++) {
                String name = HiddenNeuronGradients.PREFIX + "delta[" + i + "]_" + k;
                assertThat(sources.get(name)).as(name).isInstanceOf(Source.Delta.class);
                Source.Delta s = (Source.Delta) sources.get(name);
                assertThat(s.layer()).as(name).isEqualTo(i);
                assertThat(s.i()).as(name).isEqualTo(k - 1);
                assertThat(s.value()).as(name).isCloseTo(value(name), within(1e-15));
            }
        }
    }

    @Test
    @DisplayName("∂L/∂b_k^[i] for i = 3, 2, 1: the engine's bias gradient of that layer and neuron")
    void biasGradients() {
        int[] neurons = {0, 4, 3, 2};
        for (int i = 1; i <= 3; i++) {
            for (int k = 1; k <= neurons[i]; k++) {
                String name = HiddenNeuronGradients.PREFIX + "dL_db[" + i + "]_" + k;
                assertThat(sources.get(name)).as(name).isInstanceOf(Source.BiasGradient.class);
                Source.BiasGradient s = (Source.BiasGradient) sources.get(name);
                assertThat(s.layer()).as(name).isEqualTo(i);
                assertThat(s.i()).as(name).isEqualTo(k - 1);
                assertThat(s.value()).as(name).isCloseTo(value(name), within(1e-15));
            }
        }
    }

    @Test
    @DisplayName("∂L/∂a_k^[i] = Σ_ℓ δ_ℓ^[i+1] W_kℓ^[i+1] is no step of the questions: no source")
    void activationGradients_haveNone() {
        for (String name : new String[] {"dL_da[2]_1", "dL_da[2]_3", "dL_da[1]_1", "dL_da[1]_4"}) {
            String id = HiddenNeuronGradients.PREFIX + name;
            value(id);
            assertThat(sources).as(id).doesNotContainKey(id);
        }
    }
}

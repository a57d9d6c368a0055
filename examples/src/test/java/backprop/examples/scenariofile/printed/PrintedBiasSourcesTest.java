package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A printed bias gradient or bias after one update has the source of the bias it names: dL/db2[1] the engine's
 * ∂L/∂b of layer 2, neuron 1; a shared bias, named without its index (dL/db2), its layer's one bias. The network is
 * Mazur's 2-2-2 example with its biases trained; the printed numbers are a hand computation of his formulas
 * (δ_o1 = (out_o1 − target_o1) out_o1 (1 − out_o1), b_new = b − 0.5 ∂E/∂b), as a file's author would print them.
 */
@DisplayName("A printed bias gradient or bias after 1 update has its bias's source")
class PrintedBiasSourcesTest {

    private static Map<String, Source> sources(String biasLayout, String b1, String b2, String published) {
        String file = "title = \"p\"\nkind = \"network\"\nprecision = 9\n"
                + "[network]\nlayers = [2, 2, 2]\nactivations = [\"sigmoid\", \"sigmoid\"]\nbias_layout = \"" + biasLayout
                + "\"\nconventions = \"documents\"\n"
                + "[[network.layer]]\nweights = [[0.15, 0.20], [0.25, 0.30]]\nbiases = " + b1 + "\n"
                + "[[network.layer]]\nweights = [[0.40, 0.45], [0.50, 0.55]]\nbiases = " + b2 + "\n"
                + "[example]\nx = [0.05, 0.10]\ny = [0.01, 0.99]\n"
                + "[training]\nloss = \"half_sum_squared_error\"\nlearning_rate = 0.5\n"
                + "update_order = \"all_gradients_first\"\nepochs = 1\n" + published;
        return ExamFile.read("p.toml", file).scenario().compute().sources();
    }

    private static String entry(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    @Test
    @DisplayName("a bias per neuron: dL/db2[1], b2[1] after 1 update, dL/db1[2], b1[2] after 1 update")
    void perNeuron() {
        // δ_o1 = 0.138498562, δ_h2 = 0.009954255; 0.6 − 0.5·δ_o1 = 0.530750719, 0.35 − 0.5·δ_h2 = 0.345022873
        Map<String, Source> s = sources("per_neuron", "[0.35, 0.35]", "[0.60, 0.60]",
                entry("dL/db2[1]", "0.138498562") + entry("b2[1] after 1 update", "0.530750719")
                        + entry("dL/db1[2]", "0.009954255") + entry("b1[2] after 1 update", "0.345022873"));
        String p = "variant.p.";
        assertThat(s.get(p + "printed1")).isInstanceOf(Source.BiasGradient.class).isEqualTo(s.get(p + "dL_db2[1]"));
        assertThat(s.get(p + "printed2")).isInstanceOf(Source.BiasAfter.class).isEqualTo(s.get(p + "b2[1]_new"));
        assertThat(s.get(p + "printed3")).isInstanceOf(Source.BiasGradient.class).isEqualTo(s.get(p + "dL_db1[2]"));
        assertThat(s.get(p + "printed4")).isInstanceOf(Source.BiasAfter.class).isEqualTo(s.get(p + "b1[2]_new"));
        // the printed numbers are the sources' to the printed digits: the right bias, not merely a bias
        assertThat(s.get(p + "printed1").value()).isCloseTo(0.138498562, within(5e-10));
        assertThat(s.get(p + "printed2").value()).isCloseTo(0.530750719, within(5e-10));
        assertThat(s.get(p + "printed3").value()).isCloseTo(0.009954255, within(5e-10));
        assertThat(s.get(p + "printed4").value()).isCloseTo(0.345022873, within(5e-10));
    }

    @Test
    @DisplayName("a bias shared by its layer, named without its index: dL/db2, b2 after 1 update, dL/db1, b1 after 1 update")
    void sharedPerLayer() {
        // ∂E/∂b2 = δ_o1 + δ_o2 = 0.100400325, ∂E/∂b1 = δ_h1 + δ_h2 = 0.018725609; b − 0.5·∂E/∂b
        Map<String, Source> s = sources("shared_per_layer", "[0.35]", "[0.60]",
                entry("dL/db2", "0.100400325") + entry("b2 after 1 update", "0.549799837")
                        + entry("dL/db1", "0.018725609") + entry("b1 after 1 update", "0.340637195"));
        String p = "variant.p.";
        assertThat(s.get(p + "printed1")).isInstanceOf(Source.BiasGradient.class).isEqualTo(s.get(p + "dL_db2"));
        assertThat(s.get(p + "printed2")).isInstanceOf(Source.BiasAfter.class).isEqualTo(s.get(p + "b2_new"));
        assertThat(s.get(p + "printed3")).isInstanceOf(Source.BiasGradient.class).isEqualTo(s.get(p + "dL_db1"));
        assertThat(s.get(p + "printed4")).isInstanceOf(Source.BiasAfter.class).isEqualTo(s.get(p + "b1_new"));
        assertThat(s.get(p + "printed1").value()).isCloseTo(0.100400325, within(5e-10));
        assertThat(s.get(p + "printed2").value()).isCloseTo(0.549799837, within(5e-10));
        assertThat(s.get(p + "printed3").value()).isCloseTo(0.018725609, within(5e-10));
        assertThat(s.get(p + "printed4").value()).isCloseTo(0.340637195, within(5e-10));
    }
}

package backprop.examples.scenariofile.printed;

import backprop.examples.ScenarioResult;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A printed value of a scenario file names a quantity the variant computes itself: its source is that quantity's,
 * by the file's own names (Mazur's net_h1 is z1[1], w5 is W2[1,1]); a loss, a trained value or a cost has none.
 */
@DisplayName("A scenario file's printed value has the source of the quantity it names")
class PrintedSourcesTest {

    private static ScenarioResult compute(String file) {
        return ExamFile.read(Path.of("..", "variants", file)).scenario().compute();
    }

    @Test
    @DisplayName("exam-frozen: net, out, dE/dw and w after 1 update have their quantity's source; E_total and the epoch's loss none")
    void networkPrints() {
        ScenarioResult r = compute("exam-frozen.toml");
        Map<String, Source> s = r.sources();
        String p = "variant.exam-frozen.";
        Map<Integer, String> named = Map.ofEntries(Map.entry(1, "z1_1"), Map.entry(2, "a1_1"), Map.entry(3, "a1_2"),
                Map.entry(4, "z2_1"), Map.entry(5, "a2_1"), Map.entry(6, "a2_2"), Map.entry(8, "dL_dW2[1,1]"),
                Map.entry(9, "W2[1,1]_new"), Map.entry(10, "W2[1,2]_new"), Map.entry(11, "W2[2,1]_new"),
                Map.entry(12, "W2[2,2]_new"), Map.entry(13, "dL_dW1[1,1]"), Map.entry(14, "W1[1,1]_new"),
                Map.entry(17, "W1[2,2]_new"));
        named.forEach((n, id) -> assertThat(s.get(p + "printed" + n)).as("printed" + n + " = " + id)
                .isNotNull().isEqualTo(s.get(p + id)));
        assertThat(s.get(p + "z1_1")).isInstanceOf(Source.Z.class);
        assertThat(s).doesNotContainKey(p + "printed7").doesNotContainKey(p + "printed18");
    }

    @Test
    @DisplayName("exam-kink: f and ∂f/∂a as printed are the expression's f and ∂f/∂a")
    void expressionPrints() {
        Map<String, Source> s = compute("exam-kink.toml").sources();
        String p = "variant.exam-kink.";
        assertThat(s.get(p + "printed1")).isNotNull().isEqualTo(s.get(p + "f"));
        assertThat(s.get(p + "printed2")).isNotNull().isEqualTo(s.get(p + "df_da"));
        assertThat(s.get(p + "printed3")).isNotNull().isEqualTo(s.get(p + "df_db"));
    }

    @Test
    @DisplayName("cs231n-circuit: q and ∂f/∂q are the node x + y's value and gradient; ∂q/∂x and ∂f/∂f have none")
    void nodePrints() {
        Map<String, Source> s = compute("cs231n-circuit.toml").sources();
        String p = "variant.cs231n-circuit.";
        // nodes in creation order: x, y, z (inputs 0–2), x + y (3), (x + y)*z (4)
        assertThat(s.get(p + "node3")).isInstanceOf(Source.NodeValue.class);
        assertThat(s.get(p + "printed1")).as("q").isNotNull().isEqualTo(s.get(p + "node3"));
        assertThat(s.get(p + "printed14")).as("x + y").isNotNull().isEqualTo(s.get(p + "node3"));
        assertThat(s.get(p + "printed4")).as("df/dq").isNotNull().isEqualTo(s.get(p + "df_dnode3"));
        assertThat(s.get(p + "printed18")).as("df/d(x + y)").isNotNull().isEqualTo(s.get(p + "df_dnode3"));
        assertThat(s).as("dq/dx, a local gradient; df/df").doesNotContainKey(p + "printed5")
                .doesNotContainKey(p + "printed13");
    }

    @Test
    @DisplayName("exam-sigmoid-frozen: w_1 and v_11 after 1 update are W2[1,1] and W1[1,1]; E, the 200 epochs' loss and output none")
    void sigmoidFrozenPrints() {
        Map<String, Source> s = compute("exam-sigmoid-frozen.toml").sources();
        String p = "variant.exam-sigmoid-frozen.";
        assertThat(s.get(p + "printed6")).isNotNull().isEqualTo(s.get(p + "W2[1,1]_new"));
        assertThat(s.get(p + "printed7")).isNotNull().isEqualTo(s.get(p + "W1[1,1]_new"));
        assertThat(s.get(p + "printed5")).isNotNull().isEqualTo(s.get(p + "dL_dW2[1,1]"));
        assertThat(s).doesNotContainKey(p + "printed8").doesNotContainKey(p + "printed9").doesNotContainKey(p + "printed4");
    }
}

package backprop.examples.scenariofile;

import backprop.examples.Derived;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * variants/exam-frozen.toml is Matt Mazur's public worked example, "A Step by Step Backpropagation Example"
 * (mattmazur.com, 2015), whose biases are never updated. The expected values are his printed numbers, each
 * checked to half a unit of its last printed digit; W1 = [[w1, w2], [w3, w4]], W2 = [[w5, w6], [w7, w8]].
 */
@DisplayName("training.frozen: Mazur's example read from variants/exam-frozen.toml")
class FrozenFileTest {
    private static Map<String, Double> derived() {
        ScenarioFile file = ExamFile.read(Path.of("../variants/exam-frozen.toml"));
        return file.scenario().compute().derived().stream()
                .collect(Collectors.toMap(Derived::name, Derived::value));
    }

    private static void printed(Map<String, Double> rows, String name, String printed) {
        int decimals = printed.length() - printed.indexOf('.') - 1;
        assertThat(rows.get("variant.exam-frozen." + name)).as(name)
                .isCloseTo(Double.parseDouble(printed), within(0.5 * Math.pow(10, -decimals)));
    }

    @Test
    @DisplayName("E_total and w1⁺…w8⁺ are Mazur's printed values; b1 and b2 after the update are 0.35 and 0.60")
    void mazurValues() {
        Map<String, Double> rows = derived();
        printed(rows, "L", "0.298371109");
        printed(rows, "W2[1,1]_new", "0.35891648");
        printed(rows, "W2[1,2]_new", "0.408666186");
        printed(rows, "W2[2,1]_new", "0.511301270");
        printed(rows, "W2[2,2]_new", "0.561370121");
        printed(rows, "W1[1,1]_new", "0.149780716");
        printed(rows, "W1[1,2]_new", "0.19956143");
        printed(rows, "W1[2,1]_new", "0.24975114");
        printed(rows, "W1[2,2]_new", "0.29950229");
        assertThat(rows.get("variant.exam-frozen.b1_new")).isEqualTo(0.35);
        assertThat(rows.get("variant.exam-frozen.b2_new")).isEqualTo(0.60);
        assertThat(rows.get("variant.exam-frozen.dL_db2")).as("a frozen bias's gradient is still shown").isNotZero();
    }

    @Test
    @DisplayName("a single entry W1[1,2] and a per-neuron b2[1] can be frozen; a misspelt name is refused with a hint")
    void entries() {
        String text = """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [1, 2, 2]
                activations = ["sigmoid", "identity"]
                [[network.layer]]
                weights = [[0.5], [-0.5]]
                biases = [0.1, 0.2]
                [[network.layer]]
                weights = [[0.3, 0.4], [0.5, 0.6]]
                biases = [0.7, 0.8]
                [example]
                x = [1]
                y = [0, 1]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """;
        Map<String, Double> rows = ExamFile.read("t.toml", text + "frozen = [\"W1[2,1]\", \"b2[1]\"]\n")
                .scenario().compute().derived().stream().collect(Collectors.toMap(Derived::name, Derived::value));
        assertThat(rows.get("variant.t.W1[2,1]_new")).isEqualTo(-0.5);
        assertThat(rows.get("variant.t.W1[1,1]_new")).isNotEqualTo(0.5);
        assertThat(rows.get("variant.t.b2[1]_new")).isEqualTo(0.7);
        assertThat(rows.get("variant.t.b2[2]_new")).isNotEqualTo(0.8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExamFile.read("t.toml", text + "frozen = [\"w1\"]\n"))
                .hasMessage("t.toml:19: training.frozen: unknown parameter 'w1'; did you mean W1?");
    }
}

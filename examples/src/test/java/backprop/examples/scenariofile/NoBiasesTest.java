package backprop.examples.scenariofile;

import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.Classification;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code biases = "none"} (issue 21) on a linear neuron z = w·x, w = 0.5, x = 3, y = 1, L = ½(z − y)², η = 0.1.
 * By hand, without a bias: w₁ = 0.5 − 0.1·(1.5 − 1)·3 = 0.35, w₂ = 0.35 − 0.1·(1.05 − 1)·3 = 0.335,
 * w₃ = 0.335 − 0.1·(1.005 − 1)·3 = 0.3335. Had a bias b = 0 been trained: b₁ = −0.05, then z = 0.35·3 − 0.05 = 1
 * and nothing moves again, w₃ = 0.35.
 */
@DisplayName("A layer without biases: biases = \"none\"")
class NoBiasesTest {
    private static final String NONE = """
            title = "no bias"
            kind = "network"
            precision = 6
            [network]
            layers = [1, 1]
            activations = ["identity"]
            [[network.layer]]
            weights = [[0.5]]
            biases = "none"
            [example]
            x = [3.0]
            y = [1.0]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.1
            epochs = 3
            """;

    private static String printed(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    private static List<Status> statuses(String text) {
        Scenario s = ExamFile.read("t.toml", text).scenario();
        ScenarioResult r = s.compute();
        return s.published().stream().map(p -> Classification.classify(p, r.computed(p.id()))).toList();
    }

    @Test
    @DisplayName("misspelt \"nonе\" (a Cyrillic е), a number, or another word: one line at the biases key")
    void misspelt() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", NONE.replace("\"none\"", "\"nonе\"")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("t.toml:9: layer 1: biases must be a list of numbers or \"none\" (a layer without"
                        + " biases), is \"nonе\" (its characters outside ASCII: \\u0435)");
        assertThatThrownBy(() -> ExamFile.read("t.toml", NONE.replace("\"none\"", "\"zero\"")))
                .hasMessageStartingWith("t.toml:9: layer 1: biases must be a list of numbers or \"none\"");
    }

    @Test
    @DisplayName("b of a layer without biases is refused, in every form")
    void noB() {
        for (String q : new String[] {"b1", "b1[1]", "dL/db1", "b1 after 1 update", "dz1[1]/db1"}) {
            assertThatThrownBy(() -> ExamFile.read("t.toml", NONE + printed(q, "0")))
                    .as(q).isInstanceOf(ScenarioFileException.class)
                    .hasMessageStartingWith("t.toml:18: published[1].quantity:")
                    .hasMessageContaining("layer 1 has no biases: biases = \"none\"");
        }
    }

    @Test
    @DisplayName("no b and no ∂L/∂b in the answer key; the weights train as by hand")
    void trains() {
        Scenario s = ExamFile.read("t.toml", NONE + printed("W1[1,1] after 1 update", "0.35")
                + printed("W1[1,1] after 3 updates", "0.3335") + printed("z1[1]", "1.5")).scenario();
        ScenarioResult r = s.compute();
        assertThat(s.inputs()).extracting(i -> i.symbol()).doesNotContain("b1").contains("W1");
        assertThat(r.derived()).extracting(backprop.examples.Derived::name)
                .noneMatch(id -> id.contains("_db") || id.contains(".b1")).anyMatch(id -> id.contains("dL_dW1"));
        assertThat(statuses(NONE + printed("W1[1,1] after 1 update", "0.35")
                + printed("W1[1,1] after 3 updates", "0.3335"))).containsOnly(Status.REPRODUCED);
    }

    @Test
    @DisplayName("a one-unit layer's names without their index: da1/dz1 = 1 (identity), dL/da1 = z − y = 0.5, dz1/dW1 = x = 3")
    void oneUnitNames() {
        Scenario s = ExamFile.read("t.toml", NONE + printed("da1/dz1", "1") + printed("dL/da1", "0.5")
                + printed("dz1/dW1", "3")).scenario();
        assertThat(s.published()).extracting(p -> p.quantity()).containsExactly("da1/dz1 (∂a1[1]/∂z1[1])",
                "dL/da1 (∂L/∂a1[1])", "dz1/dW1 (∂z1[1]/∂W1[1,1])");
        assertThat(statuses(NONE + printed("da1/dz1", "1") + printed("dL/da1", "0.5") + printed("dz1/dW1", "3")))
                .containsOnly(Status.REPRODUCED);
    }

    @Test
    @DisplayName("no catalogued variation frees the missing bias: w₃ = 0.35 is an erratum; with b = 0 frozen, a variation")
    void noVariationAboutBiases() {
        assertThat(statuses(NONE + printed("W1[1,1] after 3 updates", "0.35"))).containsExactly(Status.ERRATUM);
        String frozenZero = NONE.replace("biases = \"none\"", "biases = [0.0]")
                .replace("epochs = 3", "epochs = 3\nfrozen = [\"b1\"]");
        assertThat(statuses(frozenZero + printed("W1[1,1] after 3 updates", "0.35")))
                .containsExactly(Status.DOCUMENT_METHOD_DIFFERS);
    }
}

package backprop.examples.scenariofile;

import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.Classification;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21's network forms of [[published]] on M. Mazur's "A Step by Step Backpropagation Example" (2015), whose
 * printed chain-rule factors are the oracle: a 2-2-2 sigmoid network, one bias per layer, E = ½Σ(t − o)².
 */
@DisplayName("Issue 21's network forms: chain-rule factors, one output's term, whole vectors, refusals at their line")
class NetworkFormsTest {
    private static final String MAZUR = """
            title = "Mazur"
            kind = "network"
            precision = 9
            [network]
            layers = [2, 2, 2]
            activations = ["sigmoid", "sigmoid"]
            bias_layout = "shared_per_layer"
            [[network.layer]]
            weights = [[0.15, 0.20], [0.25, 0.30]]
            biases = [0.35]
            [[network.layer]]
            weights = [[0.40, 0.45], [0.50, 0.55]]
            biases = [0.60]
            [example]
            x = [0.05, 0.10]
            y = [0.01, 0.99]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.5
            [names]
            E_o1 = "L[1]"
            out_h = "a1"
            """;
    /** The line of the first [[published]] entry's quantity appended to MAZUR. */
    private static final int QUANTITY_LINE = (int) MAZUR.lines().count() + 2;

    private static String printed(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    private static List<Status> statuses(String text) {
        Scenario s = ExamFile.read("t.toml", text).scenario();
        ScenarioResult r = s.compute();
        return s.published().stream().map(p -> Classification.classify(p, r.computed(p.id()))).toList();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            E_o1                 | 0.274811083
            L[2]                 | 0.023560026
            dL/da2[1]            | 0.74136507
            da2[1]/dz2[1]        | 0.186815602
            dz2[1]/dW2[1,1]      | 0.593269992
            dE_o1/dz2[1]         | 0.138498562
            dL[1]/da1[1]         | 0.055399425
            dL/da1[1]            | 0.036350306
            ∂a1[1]/∂z1[1]        | 0.241300709
            dz1[1]/dW1[1,1]      | 0.05
            dL/dL                | 1
            dL/dW1[1,1]          | 0.000438568
            e[1]                 | -0.74136507
            x[2]                 | 0.10
            """)
    @DisplayName("Mazur's printed chain-rule factors are reproduced (his numbers, not ours, are the expected values)")
    void mazurReproduced(String quantity, String value) {
        assertThat(statuses(MAZUR + printed(quantity, value))).containsExactly(Status.REPRODUCED);
    }

    @Test
    @DisplayName("∂E/∂out_o1 printed under ½Σ(t − o)² while the file states Σ(t − o)²: the loss's constant explains it")
    void underAnotherLossConstant() {
        String file = MAZUR.replace("\"half_sum_squared_error\"", "\"sum_squared_error\"");
        assertThat(statuses(file + printed("dL/da2[1]", "0.74136507") + printed("dL[1]/da1[1]", "0.055399425")))
                .containsExactly(Status.DOCUMENT_METHOD_DIFFERS, Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(statuses(file + printed("dL/da2[1]", "1.48273014"))).containsExactly(Status.REPRODUCED);
    }

    @Test
    @DisplayName("Mazur's ∂E_o2/∂out_h1 = −0.019049119 is off in its 9th decimal (his rounded −0.038098236 × 0.5)")
    void mazurOneOutputsContribution() {
        // By hand: ∂E_o2/∂out_h1 = (out_o2 − 0.99)·out_o2·(1 − out_o2)·w7 = −0.0190491183 (out_o2 = 0.772928465)
        assertThat(statuses(MAZUR + printed("dL[2]/da1[1]", "-0.019049119"))).containsExactly(Status.ERRATUM);
        assertThat(statuses(MAZUR + printed("dL[2]/da1[1]", "-0.01904912"))).containsExactly(Status.REPRODUCED);
    }

    @Test
    @DisplayName("a whole vector, a matrix and a source's name for a vector: one classified entry each")
    void wholeVectors() {
        // Mazur: out_h1 = 0.593269992, out_h2 = 0.596884378; W2 as given; z2 = [1.105905967; 1.224921404]
        Scenario s = ExamFile.read("t.toml", MAZUR + printed("out_h", "[0.593269992; 0.596884378]")
                + printed("dL/dW2", "[0.082167041 0.082667628; -0.022602540 -0.022740242]")
                + printed("z2", "[1.105905967; 1.224921404]")).scenario();
        assertThat(s.published()).extracting(PublishedValue::quantity).containsExactly("out_h[1] (a1[1])",
                "out_h[2] (a1[2])", "∂L/∂W2[1,1]", "∂L/∂W2[1,2]", "∂L/∂W2[2,1]", "∂L/∂W2[2,2]", "z2[1]", "z2[2]");
        assertThat(s.published()).extracting(PublishedValue::printed).containsExactly("0.593269992", "0.596884378",
                "0.082167041", "0.082667628", "-0.022602540", "-0.022740242", "1.105905967", "1.224921404");
        assertThatThrownBy(() -> ExamFile.read("t.toml", MAZUR + printed("W2", "[0.40 0.45; 0.50 0.55]")))
                .as("a whole W is a parameter the file states, as W2[1,1] is").hasMessageContaining("is a parameter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            da1[1]/da2[1]      | a1[1] does not depend on a2[1] (layer 2 comes after it)
            da2[1]/dz2[2]      | a2[1] does not depend on z2[2] (it is computed from unit 1 of layer 2, not from unit 2 (an element-wise activation))
            dL[1]/da2[2]       | L[1] does not depend on a2[2] (output 1's term uses a2[1] alone)
            dL[1]/dW2[2,1]     | L[1] does not depend on W2[2,1]
            dL[1]/dL           | L[1] does not depend on L (L is computed from it)
            dL/dL[1]           | L does not depend on L[1] (L[k] is a term of L, not an input of it; print dL/da2[1])
            dz2[1]/da2[1]      | z2[1] does not depend on a2[1] (a2 comes after z2)
            dz2[1]/dz2[2]      | each unit's z is its own
            da1[1]/da1[2]      | each unit's a is its own
            dW1[1,1]/dL        | W1[1,1] is given, not computed
            dL/ddelta1[1]      | a derivative is of L, L[k], z or a entries
            L[3]               | L[3] is outside 1…2
            x[3]               | x[3] is outside 1…2
            F'(z1)[3,1]        | F'(z1) is 2×2, it has no [3,1]
            W2^T delta1[1]     | W2ᵀ multiplies δ2, of its own layer
            W2^T delta2[3]     | W2ᵀδ2 has 2 entries, not 3
            dL/dww             | ww names nothing in this file
            """)
    @DisplayName("hostile quantities are refused at their line, with the reason")
    void refused(String quantity, String words) {
        assertThatThrownBy(() -> ExamFile.read("t.toml", MAZUR + printed(quantity, "0.1")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("t.toml:" + QUANTITY_LINE + ": published[1].quantity: quantity '" + quantity + "'")
                .hasMessageContaining(words);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a1          | [0.5; 0.25; 0.1]         | printed is 3×1, but a1 is 2×1 (a column: [0.5; 0.25])
            a1          | [0.5 0.25]               | printed is 1×2, but a1 is 2×1 (a column
            a1          | 0.5                      | printed is 1×1, but a1 is 2×1
            W1          | [0.1 NaN; 0.2 0.3]       | printed "NaN" is not a decimal number
            W1          | [0.1 0.2; 0.3]           | with rows of unequal lengths
            W1          | [0.1 0.2; 0.3 0.4        | is not a vector or matrix
            a1[1]       | [0.5]                    | names one number; name the whole quantity
            """)
    @DisplayName("a printed vector or matrix of the wrong shape, with a NaN, or for one number: one line at printed")
    void badVectors(String quantity, String printed, String words) {
        assertThatThrownBy(() -> ExamFile.read("t.toml", MAZUR + printed(quantity, printed)))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("t.toml:" + (QUANTITY_LINE + 1) + ": published[1].")
                .hasMessageContaining(words)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    @DisplayName("a whole vector with an expression beside it is refused at the expression's line")
    void expressionBesideAVector() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", MAZUR + printed("a1", "[0.59; 0.60]")
                + "expression = \"0.5 + 0.09\"\n"))
                .hasMessageStartingWith("t.toml:" + (QUANTITY_LINE + 3) + ": published[1].expression:");
    }

    @Test
    @DisplayName("a shared bias feeds every unit of its layer: dz1[2]/db1 = 1, and dL[1]/db2 = ∂E_o1/∂net_o1")
    void sharedBias() {
        assertThat(statuses(MAZUR + printed("dz1[2]/db1", "1") + printed("dL[1]/db2", "0.138498562")))
                .containsExactly(Status.REPRODUCED, Status.REPRODUCED);
    }
}

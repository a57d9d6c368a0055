package backprop.examples.scenariofile;

import backprop.examples.PublishedValue;
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
import static org.assertj.core.api.Assertions.within;

/**
 * [[published]] classified by computation, one status at a time, on tiny files whose numbers are derived by hand
 * in the comments: a linear neuron z = w·x + b (w = 0.5, b = 0.5, x = 3, y = 1, L = ½(z − y)², η = 0.1) and a
 * sigmoid neuron a = σ(w·x) (w = 0.5, b = 0, x = 1, y = 1).
 */
@DisplayName("Printed values in a scenario file, classified by the method catalogue")
class PrintedValuesTest {
    private static final String LINEAR = """
            title = "linear"
            kind = "network"
            precision = 6
            [network]
            layers = [1, 1]
            activations = ["identity"]
            [[network.layer]]
            weights = [[0.5]]
            biases = [0.5]
            [example]
            x = [3.0]
            y = [1.0]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.1
            [names]
            w = "W1[1,1]"
            z = "z1[1]"
            """;

    private static final String SIGMOID = LINEAR.replace("identity", "sigmoid").replace("[[0.5]]\nbiases = [0.5]",
            "[[0.5]]\nbiases = [0.0]").replace("x = [3.0]", "x = [1.0]");

    private static String printed(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    /** The one printed value of {@code text}: its computed status and its reason. */
    private static PublishedValue only(String text) {
        Scenario s = ExamFile.read("t.toml", text).scenario();
        assertThat(s.published()).hasSize(1);
        return s.published().get(0);
    }

    private static Status status(String text) {
        Scenario s = ExamFile.read("t.toml", text).scenario();
        ScenarioResult r = s.compute();
        return Classification.classify(s.published().get(0), r.computed(s.published().get(0).id()));
    }

    @Test
    @DisplayName("reproduced: z = 0.5·3 + 0.5 = 2 and w after one update 0.5 − 0.1·(2 − 1)·3 = 0.2")
    void reproduced() {
        assertThat(status(LINEAR + printed("z", "2.00"))).isEqualTo(Status.REPRODUCED);
        assertThat(status(LINEAR + printed("w after 1 update", "0.2"))).isEqualTo(Status.REPRODUCED);
        assertThat(only(LINEAR + printed("w after 1 update", "0.2")).reason())
                .isEqualTo("the file's stated method gives it at its printed precision");
    }

    @Test
    @DisplayName("reproduced-with-document-rounding: ∂L/∂w from the printed a = 0.62: (0.62 − 1)·0.62·0.38 = −0.089528")
    void rounding() {
        // Exact: a = σ(0.5) = 0.6224593, σ'(0.5) = a(1 − a) = 0.2350037, ∂L/∂w = (a − 1)·σ'(0.5)·x = −0.0887235.
        // Printed −0.0895 (±0.00005) comes only from a rounded to its printed 0.62, as a hand computation uses it:
        // in ∂L/∂a = a − y and in σ' = a(1 − a): (0.62 − 1)·0.62·0.38 = −0.089528.
        String text = SIGMOID + printed("a1[1]", "0.62") + printed("dL/dw", "-0.0895");
        Scenario s = ExamFile.read("t.toml", text).scenario();
        ScenarioResult r = s.compute();
        PublishedValue v = s.published().get(1);
        assertThat(Classification.classify(v, r.computed(v.id()))).isEqualTo(Status.REPRODUCED_WITH_DOCUMENT_ROUNDING);
        assertThat(r.computed(v.id()).exact()).isCloseTo(-0.0887235, within(5e-7));
        assertThat(r.computed(v.id()).documentRounding()).isCloseTo(-0.089528, within(5e-8));
        assertThat(v.reason()).contains("rounded as the source prints them (a(1)[1] to 2 decimals)");
    }

    @Test
    @DisplayName("document-method-differs: w after one update with L = Σ(z − y)²: 0.5 − 0.1·2·(2 − 1)·3 = −0.1")
    void methodDiffers() {
        PublishedValue v = only(LINEAR + printed("w after 1 update", "-0.1"));
        assertThat(status(LINEAR + printed("w after 1 update", "-0.1"))).isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(v.reason()).startsWith("comes out only when the loss is Σ(ŷ − y)²")
                .contains("; the file states the loss is ½Σ(ŷ − y)²");
    }

    @Test
    @DisplayName("document-method-differs for an expression: ∂max(a, b)/∂b at a tie split evenly is 0.5")
    void expressionMethod() {
        String text = """
                title = "t"
                kind = "expression"
                precision = 4
                expression = "max(a, b)"
                [inputs]
                a = 1
                b = 1
                """ + printed("df/db", "0.5");
        assertThat(status(text)).isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(only(text).reason()).contains("splits its gradient evenly");
        assertThat(status(text.replace("\"0.5\"", "\"0\""))).isEqualTo(Status.REPRODUCED);
    }

    @Test
    @DisplayName("erratum: z printed 1.25, where every catalogued method gives 2, 1.5 (bias left out) or nothing")
    void erratum() {
        String text = LINEAR + printed("z", "1.25");
        assertThat(status(text)).isEqualTo(Status.ERRATUM);
        assertThat(only(text).reason()).startsWith("no catalogued method reproduces the print");
        Scenario s = ExamFile.read("t.toml", text).scenario();
        assertThat(s.compute().computed(s.published().get(0).id()).exact()).as("the corrected value").isEqualTo(2.0);
    }

    @Test
    @DisplayName("status = \"…\" is the instructor's expectation: kept beside the computed status, never used instead")
    void statusKey() {
        String text = LINEAR + printed("z", "1.25") + "status = \"reproduced\"\n";
        Scenario s = ExamFile.read("t.toml", text).scenario();
        PublishedValue v = s.published().get(0);
        assertThat(v.expected()).isEqualTo(Status.REPRODUCED);
        assertThat(Classification.classify(v, s.compute().computed(v.id()))).isEqualTo(Status.ERRATUM);
    }

    @Test
    @DisplayName("the quantity shows the file's words beside ours; [names] are listed with the inputs")
    void shownNames() {
        Scenario s = ExamFile.read("t.toml", LINEAR + printed("dL/dw", "3")).scenario();
        assertThat(s.published().get(0).quantity()).isEqualTo("dL/dw (∂L/∂W1[1,1])");
        assertThat(s.inputs()).anySatisfy(i -> assertThat(List.of(i.symbol(), i.value()))
                .containsExactly("w", "W1[1,1]"));
        assertThat(s.document()).isNull();
        // written as we write it, with ∂ or with d: our label alone, not "∂L/∂W1[1,1] (∂L/∂W1[1,1])"
        for (String same : new String[] {"∂L/∂W1[1,1]", "dL/dW1[1,1]"}) {
            assertThat(ExamFile.read("t.toml", LINEAR + printed(same, "3")).scenario().published().get(0).quantity())
                    .as(same).isEqualTo("∂L/∂W1[1,1]");
        }
    }

    @Test
    @DisplayName("a printed expression is evaluated with its printed numbers: (2 − 1)·3 = 3, 0.5·3 + 0.5 = 2 ≠ 1.25")
    void expressions() {
        String text = LINEAR + printed("dL/dw", "3.0") + "expression = \"(2 - 1) * 3\"\n"
                + printed("z", "1.25") + "expression = \"0.5 * 3 + 0.5\"\n";
        Scenario s = ExamFile.read("t.toml", text).scenario();
        assertThat(s.expressions()).hasSize(2);
        assertThat(s.expressions().get(0).asPrinted().getAsDouble()).isEqualTo(3.0);
        assertThat(s.expressions().get(0).consistent()).isTrue();
        assertThat(s.expressions().get(1).asPrinted().getAsDouble()).isEqualTo(2.0);
        assertThat(s.expressions().get(1).consistent()).isFalse();
        assertThat(s.expressions().get(1).valueId()).isEqualTo(s.published().get(1).id());
    }

    @Test
    @DisplayName("a quantity that names nothing is refused at its line, with the names that exist")
    void namesNothingAtItsLine() {
        assertThatThrownBy(() -> ExamFile.read("t.toml", LINEAR + printed("dL/dww", "3")))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("t.toml:20: published[1].quantity: quantity 'dL/dww': ww names nothing in"
                        + " this file; did you mean w?; the names are L, z1[1..1], a1[1..1], delta1[1..1], W1[1..1,1..1],"
                        + " b1, output[1..1][1..1]; from [names]: w, z");
    }
}

package backprop.examples.scenariofile;

import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.Classification;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An expression file's printed nodes and derivatives of one node with respect to another, on CS231n's circuit
 * f(x, y, z) = (x + y)·z at x = −2, y = 5, z = −4 ("Backpropagation, Intuitions"), by hand: the add gate
 * q = x + y = 3, f = q·z = −12; ∂f/∂q = z = −4, ∂f/∂z = q = 3, ∂q/∂x = ∂q/∂y = 1, ∂f/∂x = ∂f/∂q·∂q/∂x = −4,
 * ∂f/∂f = 1.
 */
@DisplayName("An expression's nodes and their derivatives, printed: CS231n's (x + y)·z at x = −2, y = 5, z = −4")
class PrintedNodesTest {
    /** Lines 1–9; the first [[published]] entry's quantity is on line 11. */
    private static final String CIRCUIT = """
            title = "circuit"
            kind = "expression"
            precision = 4
            expression = "(x + y)*z"
            [inputs]
            x = -2
            y = 5
            z = -4
            [names]
            q = "x + y"
            """;

    private static String printed(String quantity, String printed) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = \"" + printed + "\"\nwhere = \"p. 1\"\n";
    }

    private static List<Status> statuses(String text) {
        Scenario s = ExamFile.read("t.toml", text).scenario();
        ScenarioResult r = s.compute();
        return s.published().stream().map(v -> Classification.classify(v, r.computed(v.id()))).toList();
    }

    private static List<String> quantities(String text) {
        return ExamFile.read("t.toml", text).scenario().published().stream().map(PublishedValue::quantity).toList();
    }

    @Nested
    @DisplayName("refused, one line at the quantity's line")
    class Refused {
        @Test
        @DisplayName("a label that names nothing, with the nearest label: x + z is one edit from x + y")
        void namesNothing() {
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("x + z", "3")))
                    .isInstanceOf(ScenarioFileException.class)
                    .hasMessage("t.toml:12: published[1].quantity: quantity 'x + z': x + z names nothing in this"
                            + " file; did you mean x + y?; the names are f, x, y, z, x + y; from [names]: q");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/d(x+z)", "3")))
                    .hasMessageStartingWith("t.toml:12: published[1].quantity: quantity 'df/d(x+z)': x+z names"
                            + " nothing in this file; did you mean x + y?");
        }

        @Test
        @DisplayName("P not depending on Q: q = x + y does not depend on z, nor x on f")
        void notDepending() {
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("dq/dz", "0")))
                    .hasMessage("t.toml:12: published[1].quantity: quantity 'dq/dz': x + y does not depend on z"
                            + " (no chain of arcs leads from z up to x + y), so there is no derivative to print");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("dx/df", "0")))
                    .hasMessageContaining("x does not depend on f");
        }

        @Test
        @DisplayName("an unbalanced parenthesis: df/d(x + y opens one at column 5 and never closes it")
        void unbalanced() {
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/d(x + y", "-4")))
                    .hasMessage("t.toml:12: published[1].quantity: quantity 'df/d(x + y': the '(' at column 5 is"
                            + " never closed");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/dx + y)", "-4")))
                    .hasMessage("t.toml:12: published[1].quantity: quantity 'df/dx + y)': the ')' at column 10"
                            + " closes no '('");
        }

        @Test
        @DisplayName("a label with an operator unparenthesised in a derivative, an input as a value, d missing")
        void otherForms() {
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("d(x + y)*z/dx", "-4")))
                    .hasMessageContaining("quantity 'd(x + y)*z/dx': expected '/' after dx + y; a label with an"
                            + " operator is written in parentheses, d((x + y)*z)/dx");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/d(x + y)z", "-4")))
                    .hasMessageContaining("unexpected 'z' after dx + y");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/q", "-4")))
                    .hasMessageContaining("a derivative is dP/dQ, with d before Q");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("z", "-4")))
                    .hasMessageContaining("z is an input, given in [inputs]; print f or df/dz");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("dq", "-4")))
                    .hasMessageContaining("dq names nothing");
            // a '/' but no d in front: not a derivative, and no label either
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("f/dx", "-4")))
                    .hasMessageContaining("quantity 'f/dx': f/dx names nothing");
            // the numerator's parentheses hold the only '/': nothing follows them
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("d(x/y)", "-4")))
                    .hasMessageContaining("quantity 'd(x/y)': expected '/' after dx/y");
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT + printed("df/", "-4")))
                    .hasMessageContaining("quantity 'df/': a derivative is dP/dQ, with d before Q");
        }

        @Test
        @DisplayName("a derivative that overflows: d((1/x)^2)/dx = −2/x³ at x = 1e-110, though ∂f/∂x is finite")
        void notFinite() {
            // f = 1e-300·(1/x)² = 1e-80; ∂f/∂x = −2e-300/x³ = −2e30, but ∂((1/x)²)/∂x = −2/x³ = −2e330 overflows
            String tiny = """
                    title = "tiny"
                    kind = "expression"
                    precision = 4
                    expression = "1e-300*(1/x)^2"
                    [inputs]
                    x = 1e-110
                    """;
            assertThat(ExamFile.read("t.toml", tiny).scenario().title()).isEqualTo("tiny");
            assertThatThrownBy(() -> ExamFile.read("t.toml", tiny + printed("d((1/x)^2)/dx", "0")))
                    .hasMessageStartingWith("t.toml:8: published[1].quantity: quantity 'd((1/x)^2)/dx': the derivative"
                            + " is not finite at these inputs: ");
        }

        @Test
        @DisplayName("[names] may map a source's name to a label, not to a label that does not exist")
        void aliasToNothing() {
            assertThatThrownBy(() -> ExamFile.read("t.toml", CIRCUIT.replace("q = \"x + y\"", "q = \"x * y\"")))
                    .hasMessageStartingWith("t.toml:10: names.q: quantity 'x * y': x * y names nothing in this file");
        }
    }

    @Test
    @DisplayName("every number the circuit prints, each reproduced: q = 3, f = −12, ∂f/∂q = −4, ∂f/∂z = 3, ∂q/∂x = 1, …")
    void circuit() {
        String text = CIRCUIT + printed("q", "3") + printed("x+y", "3") + printed("(x + y)*z", "-12")
                + printed("df/dq", "-4") + printed("df/d(x + y)", "-4") + printed("df/dz", "3")
                + printed("dq/dx", "1") + printed("d(x + y)/dy", "1") + printed("df/df", "1")
                + printed("df/dx", "-4") + printed("dq/dq", "1") + printed("df / d( x + y )", "-4");
        assertThat(statuses(text)).containsOnly(Status.REPRODUCED).hasSize(12);
        assertThat(quantities(text)).containsExactly("q (x + y)", "x+y (x + y)", "(x + y)*z (f)", "df/dq (∂f/∂(x + y))",
                "∂f/∂(x + y)", "∂f/∂z", "dq/dx (∂(x + y)/∂x)", "∂(x + y)/∂y", "∂f/∂f", "∂f/∂x",
                "dq/dq (∂(x + y)/∂(x + y))", "df / d( x + y ) (∂f/∂(x + y))");
    }

    @Test
    @DisplayName("a wrong print is an erratum: q is 3, not 4; ∂f/∂q is z = −4, not the q = 3 that ∂f/∂z is")
    void erratum() {
        assertThat(statuses(CIRCUIT + printed("q", "4") + printed("df/dq", "3") + printed("dq/dx", "-4")))
                .containsExactly(Status.ERRATUM, Status.ERRATUM, Status.ERRATUM);
    }

    @Test
    @DisplayName("the one-sided choices of the catalogue: at a tie max(x, y)'s ∂/∂y is 0 (first) or ½ (split evenly)")
    void maxTie() {
        // g = max(x, y)·z at x = y = 1, z = 2: the tie gives the first argument the whole gradient under the file's
        // rule (libraries: first), so ∂max/∂y = 0; split evenly, ∂max/∂y = ½ and ∂g/∂y = ½·z = 1.
        String tie = """
                title = "tie"
                kind = "expression"
                precision = 4
                expression = "max(x, y)*z"
                [inputs]
                x = 1
                y = 1
                z = 2
                """;
        assertThat(statuses(tie + printed("max(x, y)", "1") + printed("d(max(x,y))/dy", "0")
                + printed("d(max(x, y))/dy", "0.5") + printed("df/d(max(x, y))", "2") + printed("dmax(x, y)/dx", "7")))
                .containsExactly(Status.REPRODUCED, Status.REPRODUCED, Status.DOCUMENT_METHOD_DIFFERS,
                        Status.REPRODUCED, Status.ERRATUM);
    }

    @Test
    @DisplayName("a ReLU at 0: d(relu(x - y))/d(x - y) is 0 by the libraries' rule, 1 by the documents'")
    void reluAtZero() {
        String kink = """
                title = "kink"
                kind = "expression"
                precision = 4
                expression = "relu(x - y)"
                [inputs]
                x = 2
                y = 2
                """;
        assertThat(statuses(kink + printed("d(relu(x - y))/d(x - y)", "0") + printed("df/d(x - y)", "1")
                + printed("x - y", "0")))
                .containsExactly(Status.REPRODUCED, Status.DOCUMENT_METHOD_DIFFERS, Status.REPRODUCED);
    }

    @Test
    @DisplayName("a node named u1 (its label over 32 characters) by its u-name: u1 = alpha + beta + … = 15")
    void uName() {
        String longSum = """
                title = "long"
                kind = "expression"
                precision = 4
                expression = "(alpha + beta + gamma + delta + epsilon)*2"
                [inputs]
                alpha = 1
                beta = 2
                gamma = 3
                delta = 4
                epsilon = 5
                """;
        // alpha + beta + gamma + delta (28 characters) keeps its label; + epsilon makes 38, named u1: 1+2+3+4+5 = 15
        assertThat(statuses(longSum + printed("u1", "15") + printed("df/du1", "2") + printed("du1/dalpha", "1")
                + printed("alpha + beta + gamma + delta", "10")))
                .containsExactly(Status.REPRODUCED, Status.REPRODUCED, Status.REPRODUCED, Status.REPRODUCED);
    }
}

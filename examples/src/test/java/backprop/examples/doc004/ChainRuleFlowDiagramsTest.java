package backprop.examples.doc004;

import backprop.core.graph.Node;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("004, Revisiting Basic Calculus: the chain rule by flow diagrams h1 → h2 → y")
class ChainRuleFlowDiagramsTest {
    /** Relative: exp and a few products, each one rounding of ≤ 1.1e-16. */
    private static final double FEW_ROUNDINGS = 1e-14;

    private final ChainRuleFlowDiagrams scenario = new ChainRuleFlowDiagrams();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the section prints no value; its graphs are labelled h, h1, h2, y as the flow diagrams are")
    void labels() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
        assertThat(result.graphs()).hasSize(6).allSatisfy(g -> {
            assertThat(g.output().label()).isEqualTo("y");
            assertThat(g.wrt()).extracting(Node::label).startsWith("x").containsAnyOf("h", "h1");
        });
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("de^x/dx = e^x, dx²/dx = 2x, d(1/x)/dx = −1/x²")
    void simpleDerivatives(double x) {
        String name = "004.chain-rule.simple." + at(x) + ".";
        assertClose(name + "exp.graph", Math.exp(x));
        assertClose(name + "square.graph", 2 * x);
        assertClose(name + "reciprocal.graph", -1 / (x * x));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("de^(x²)/dx = dy/dh · dh/dx = (e^h)(2x) = 2x e^(x²)")
    void exponentialOfSquare(double x) {
        String name = "004.chain-rule.exp-x2." + at(x) + ".";
        assertClose(name + "dh_dx", 2 * x);
        assertClose(name + "dy_dh", Math.exp(x * x));
        assertClose(name + "dy_dx.graph", 2 * x * Math.exp(x * x));
        assertClose(name + "dy_dx.printed", 2 * x * Math.exp(x * x));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("de^(e^(x²))/dx = dy/dh2 · dh2/dh1 · dh1/dx = (e^h2)(e^h1)(2x) = 2x e^(e^(x²)) e^(x²)")
    void doubleExponential(double x) {
        // y = exp(exp(x²)): y' = exp(exp(x²)) · exp(x²) · 2x
        double expected = Math.exp(Math.exp(x * x)) * Math.exp(x * x) * 2 * x;
        String name = "004.chain-rule.exp-exp-x2." + at(x) + ".";
        assertClose(name + "dh1_dx", 2 * x);
        assertClose(name + "dh2_dh1", Math.exp(x * x));
        assertClose(name + "dy_dh2", Math.exp(Math.exp(x * x)));
        assertClose(name + "dy_dx.graph", expected);
        assertClose(name + "dy_dx.printed", expected);
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("d(1/e^(x²))/dx = (−1/h2²)(e^h1)(2x) = −2x e^(−x²)")
    void reciprocalExponential(double x) {
        String name = "004.chain-rule.reciprocal-exp-x2." + at(x) + ".";
        assertClose(name + "dy_dh2", -Math.exp(-2 * x * x));
        assertClose(name + "dy_dx.graph", -2 * x / Math.exp(x * x));
        assertClose(name + "dy_dx.chain-rule", -2 * x / Math.exp(x * x));
    }

    private static String at(double x) {
        return "x=" + new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    private void assertClose(String name, double expected) {
        double actual = result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
        assertThat(actual).as(name).isCloseTo(expected, within(FEW_ROUNDINGS * Math.abs(expected)));
    }
}

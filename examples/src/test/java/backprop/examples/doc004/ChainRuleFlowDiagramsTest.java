package backprop.examples.doc004;

import backprop.core.graph.Node;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("004, Revisiting Basic Calculus: the chain rule by flow diagrams h1 → h2 → y")
class ChainRuleFlowDiagramsTest {

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
        assertClose(name + "exp.graph", derivative(x, DerivativeStructure::exp));
        assertClose(name + "exp.printed", derivative(x, DerivativeStructure::exp));
        assertClose(name + "square.graph", derivative(x, u -> u.multiply(u)));
        assertClose(name + "square.printed", derivative(x, u -> u.multiply(u)));
        assertClose(name + "reciprocal.graph", derivative(x, DerivativeStructure::reciprocal));
        assertClose(name + "reciprocal.printed", derivative(x, DerivativeStructure::reciprocal));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("de^(x²)/dx = dy/dh · dh/dx = (e^h)(2x) = 2x e^(x²)")
    void exponentialOfSquare(double x) {
        String name = "004.chain-rule.exp-x2." + at(x) + ".";
        // the factors by forward-mode AD of each piece: dh/dx at x, dy/dh at h = x²
        assertClose(name + "dh_dx", derivative(x, u -> u.multiply(u)));
        assertClose(name + "dy_dh", derivative(x * x, DerivativeStructure::exp));
        // the whole by forward-mode AD of y(x) = e^(x²), no chain rule written by hand
        double whole = derivative(x, u -> u.multiply(u).exp());
        assertClose(name + "dy_dx.graph", whole);
        assertClose(name + "dy_dx.printed", whole);
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("de^(e^(x²))/dx = dy/dh2 · dh2/dh1 · dh1/dx = (e^h2)(e^h1)(2x) = 2x e^(e^(x²)) e^(x²)")
    void doubleExponential(double x) {
        String name = "004.chain-rule.exp-exp-x2." + at(x) + ".";
        assertClose(name + "dh1_dx", derivative(x, u -> u.multiply(u)));
        assertClose(name + "dh2_dh1", derivative(x * x, DerivativeStructure::exp));
        assertClose(name + "dy_dh2", derivative(Math.exp(x * x), DerivativeStructure::exp));
        double whole = derivative(x, u -> u.multiply(u).exp().exp());
        assertClose(name + "dy_dx.graph", whole);
        assertClose(name + "dy_dx.printed", whole);
    }

    @Test
    @DisplayName("at x = 1 the printed 2x e^(e^(x²)) e^(x²) is 2·e·e^e = 82.3871113… (e = 2.718281828459045…,"
            + " e^e = 15.154262241479264…, by hand from the two constants)")
    void doubleExponentialAtOne() {
        // y'(1) = 2 · 1 · e^(e^1) · e^1; e and e^e to 16 digits from their decimal expansions
        double e = 2.718281828459045;
        double eToTheE = 15.154262241479264;
        assertClose("004.chain-rule.exp-exp-x2.x=1.dy_dx.printed", 2 * eToTheE * e);
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1})
    @DisplayName("d(1/e^(x²))/dx = (−1/h2²)(e^h1)(2x) = −2x e^(−x²)")
    void reciprocalExponential(double x) {
        String name = "004.chain-rule.reciprocal-exp-x2." + at(x) + ".";
        assertClose(name + "dy_dh2", derivative(Math.exp(x * x), DerivativeStructure::reciprocal));
        double whole = derivative(x, u -> u.multiply(u).exp().reciprocal());
        assertClose(name + "dy_dx.graph", whole);
        assertClose(name + "dy_dx.chain-rule", whole);
    }

    /**
     * The independent oracle: forward-mode AD (commons-math's DerivativeStructure) of the function as a whole,
     * sharing no code with the graph's backward or with the formulas the scenario prints.
     */
    private static double derivative(double at, UnaryOperator<DerivativeStructure> f) {
        return f.apply(new DerivativeStructure(1, 1, 0, at)).getPartialDerivative(1);
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

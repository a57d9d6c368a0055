package backprop.examples.doc000;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.examples.work.GraphWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("000, Chain Rule: d/dx [f(g(x))] = f'[g(x)] * g'(x)")
class ChainRuleExamplesTest {
    /**
     * Relative: pow, sqrt and the graph's products and sums each round once (≤ 1.1e-16); a handful of
     * them separate the graph from the hand formula.
     */

    private final ChainRuleExamples scenario = new ChainRuleExamples();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the document prints no value for these examples, and each function at each point is one graph")
    void noPublishedValues() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.values()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
        assertThat(result.graphs()).hasSize(12).allSatisfy(g -> assertThat(g.output().label()).startsWith("f = "));
    }

    @Test
    @DisplayName("the graph is built inside function first, then outside function, as the remark reads")
    void insideThenOutside() {
        GraphWork first = result.graphs().get(0);
        assertThat(first.output().arguments()).singleElement()
                .satisfies(u -> assertThat(u.label()).isEqualTo("u = x²+1"));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1, 3})
    @DisplayName("f(x) = (x² + 1)³ has f'(x) = 6x((x² + 1)²), and each printed line of eq. (5) comes to it")
    void equation5(double x) {
        // f'(x) = 3(x² + 1)² · 2x = 6x(x² + 1)²
        double expected = 6 * x * Math.pow(x * x + 1, 2);
        String name = "000.chain-rule.eq5." + ChainRuleExamples.at(x) + ".";
        for (String line : new String[] {"df_dx", "chain", "closed_form", "eq5.line1", "eq5.line2", "eq5.line3"}) {
            assertClose(name + line, expected);
        }
        assertClose(name + "du_dx", 2 * x);
        assertClose(name + "df_du", 3 * Math.pow(x * x + 1, 2));
        assertClose(name + "f", Math.pow(x * x + 1, 3));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1, 3})
    @DisplayName("d/dx (5x − 4)⁶ = 6(5x − 4)⁵ · 5 = 30(5x − 4)⁵")
    void fiveXMinusFour(double x) {
        String name = "000.chain-rule.5x-4." + ChainRuleExamples.at(x) + ".";
        assertClose(name + "du_dx", 5);
        assertClose(name + "df_du", 6 * Math.pow(5 * x - 4, 5));
        assertClose(name + "df_dx", 30 * Math.pow(5 * x - 4, 5));
        assertClose(name + "closed_form", 30 * Math.pow(5 * x - 4, 5));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {1.5, 2, 3})
    @DisplayName("d/dx √(x² − 1) = (1/2)(x² − 1)^(−1/2) · 2x = x/√(x² − 1), for x > 1")
    void squareRoot(double x) {
        String name = "000.chain-rule.sqrt." + ChainRuleExamples.at(x) + ".";
        assertClose(name + "du_dx", 2 * x);
        assertClose(name + "df_du", 0.5 / Math.sqrt(x * x - 1));
        assertClose(name + "df_dx", x / Math.sqrt(x * x - 1));
        assertClose(name + "closed_form", x / Math.sqrt(x * x - 1));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1, 3})
    @DisplayName("d/dx 1/(x² − 4x + 5) = −(x² − 4x + 5)^(−2) · (2x − 4)")
    void reciprocal(double x) {
        double u = x * x - 4 * x + 5;
        String name = "000.chain-rule.reciprocal." + ChainRuleExamples.at(x) + ".";
        assertClose(name + "du_dx", 2 * x - 4);
        assertClose(name + "df_du", -1 / (u * u));
        assertClose(name + "df_dx", -(2 * x - 4) / (u * u));
        assertClose(name + "closed_form", -(2 * x - 4) / (u * u));
    }

    private void assertClose(String name, double expected) {
        double actual = result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
        assertThat(actual).as(name).isCloseTo(expected, within(FEW_ROUNDINGS * Math.abs(expected)));
    }
}

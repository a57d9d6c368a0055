package backprop.examples.doc000;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("000, Derivatives of σ, ReLU, tanh and the logarithms, at chosen points")
class ActivationDerivativesTest {
    /**
     * Relative, between two printed lines of eqs. (6)–(7): measured at most 3.7e-16 (eq. 7, second line, at
     * x = 1.5, against eq. 6, third line), as the scenario's javadoc says.
     */
    private static final double BETWEEN_LINES = 1e-15;
    private static final String[] LINES = {"eq6.line1", "eq6.line2", "eq6.line3", "eq6.line4", "eq7.line1",
            "eq7.line2", "eq7.line3", "eq7.line4", "eq7.line5"};

    private final ActivationDerivatives scenario = new ActivationDerivatives();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the document prints no value for these rules")
    void noPublishedValues() {
        assertThat(scenario.published()).isEmpty();
        assertThat(result.values()).isEmpty();
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {-2, 0, 1.5})
    @DisplayName("every printed line of eqs. (6)–(7), from d/dx [1/(1 + e^−x)] to σ(x)(1 − σ(x)), gives the same number")
    void sigmoidDerivation(double x) {
        // σ'(x) = σ(x)(1 − σ(x)), σ(x) = 1/(1 + e^−x)
        double sigma = 1 / (1 + Math.exp(-x));
        double expected = sigma * (1 - sigma);
        String name = "000.activations.sigmoid." + ChainRuleExamples.at(x) + ".";
        for (String line : LINES) {
            assertThat(value(name + line)).as(line).isCloseTo(expected, within(FEW_ROUNDINGS * expected));
        }
        double line3 = value(name + "eq6.line3");
        for (String line : LINES) {
            assertThat(Math.abs(value(name + line) - line3) / line3).as(line).isLessThanOrEqualTo(BETWEEN_LINES);
        }
    }

    @ParameterizedTest(name = "z = {0}: {1}", quoteTextArguments = false)
    @CsvSource({"-1, 0", "0, 1", "2, 1"})
    @DisplayName("dReLU(z)/dz is 0 for z < 0 and 1 for z ≥ 0 (eq. 8), so 1 at z = 0 with the document's convention")
    void relu(double z, double expected) {
        String name = "000.activations.relu." + ChainRuleExamples.at("z", z) + ".";
        assertThat(value(name + "graph")).isEqualTo(expected);
        assertThat(value(name + "eq8")).isEqualTo(expected);
    }

    @Test
    @DisplayName("the libraries' convention gives dReLU/dz = 0 at z = 0, which is not the document's")
    void reluLibraries() {
        assertThat(value("000.activations.relu.z=0.libraries")).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "z = {0}")
    @ValueSource(doubles = {-2, 0, 1.5})
    @DisplayName("dtanh(z)/dz = 1 − tanh²(z) (eq. 9), which is 1/cosh²(z)")
    void tanh(double z) {
        double expected = 1 / (Math.cosh(z) * Math.cosh(z));
        String name = "000.activations.tanh." + ChainRuleExamples.at("z", z) + ".";
        assertThat(value(name + "graph")).isCloseTo(expected, within(FEW_ROUNDINGS * expected));
        assertThat(value(name + "eq9")).isCloseTo(expected, within(FEW_ROUNDINGS * expected));
    }

    @ParameterizedTest(name = "x = {0}, a = {1}", quoteTextArguments = false)
    @CsvSource({"0.5, 10", "1.5, 10", "2, 10", "0.5, 2", "1.5, 2", "2, 2"})
    @DisplayName("d/dx log_a x = 1/(x * ln(a)) (eq. 10)")
    void logBase(double x, int a) {
        double expected = 1 / (x * Math.log(a));
        String name = "000.activations.log_" + a + "." + ChainRuleExamples.at(x) + ".";
        assertThat(value(name + "graph")).isCloseTo(expected, within(FEW_ROUNDINGS * expected));
        assertThat(value(name + "eq10")).isCloseTo(expected, within(FEW_ROUNDINGS * expected));
    }

    @ParameterizedTest(name = "x = {0}")
    @ValueSource(doubles = {0.5, 1.5, 2})
    @DisplayName("d/dx ln x = 1/x (eq. 11)")
    void naturalLog(double x) {
        String name = "000.activations.ln." + ChainRuleExamples.at(x) + ".";
        assertThat(value(name + "graph")).isCloseTo(1 / x, within(FEW_ROUNDINGS / x));
        assertThat(value(name + "eq11")).isCloseTo(1 / x, within(FEW_ROUNDINGS / x));
    }

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
    }
}

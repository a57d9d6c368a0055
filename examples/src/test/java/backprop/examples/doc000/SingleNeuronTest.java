package backprop.examples.doc000;

import backprop.core.function.Loss;
import backprop.examples.Derived;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static backprop.testing.Tolerance.FEW_ROUNDINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("000, Gradient: the single-neuron link a(L−1) = 0.48 → a(L) = 0.66, y = 1.00")
class SingleNeuronTest {
    /** Absolute: the research note quotes its figures to 6 decimals. */
    private static final double SIX_DECIMALS = 5e-7;

    private static final double W = 0.9132515;
    private static final double B = 0.2178208;

    private final SingleNeuron scenario = new SingleNeuron();
    private final ScenarioResult result = scenario.compute();

    @Test
    @DisplayName("the figure's 0.66 and 0.48: a(L) = σ(0.6598345) = 0.6592232 from the recovered w(L), b(L) and"
            + " a(L−1) (notes/published-values-inventory.md, 000), which prints as 0.66")
    void publishedValues() {
        assertThat(scenario.published()).extracting(PublishedValue::printed).containsExactly("0.66", "0.48");
        // the research note's 7 decimals: tolerance half a unit of the 7th
        assertThat(result.computed("000.single-neuron.a_L").exact()).isCloseTo(0.6592232, within(5e-8));
        assertThat(result.computed("000.single-neuron.a_L").exact()).isCloseTo(0.66, within(0.005));
        assertThat(result.computed("000.single-neuron.a_L-1").exact()).isCloseTo(0.48, within(0.005));
        assertThat(result.derived()).extracting(Derived::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "a(L−1) = {0}")
    @ValueSource(doubles = {0.475, 0.48, 0.484, 0.485})
    @DisplayName("every a(L−1) printed as 0.48 gives an a(L) printed as 0.66")
    void printedPrecision(double aPrevious) {
        assertThat(SingleNeuron.chain(aPrevious, 1.0).a().value()).isBetween(0.655, 0.665);
    }

    @Test
    @DisplayName("∂C0/∂w(L) = a(L−1) σ'(z(L)) 2(a(L) − y), by the graph, by the formula and by Network.backward")
    void weight() {
        // ∂C0/∂w = a(L−1) · e^−z/(1 + e^−z)² · 2(a − y)
        double expected = 0.484 * sigmoidDerivative(z()) * 2 * (a() - 1);
        for (String how : new String[] {"graph", "formula", "network"}) {
            assertClose("000.single-neuron.dC0_dw_L." + how, expected);
        }
        assertThat(value("000.single-neuron.dC0_dw_L.graph")).isCloseTo(-0.074105, within(SIX_DECIMALS));
    }

    @Test
    @DisplayName("Derivative of Bias: ∂C0/∂b(L) = σ'(z(L)) 2(a(L) − y)")
    void bias() {
        double expected = sigmoidDerivative(z()) * 2 * (a() - 1);
        for (String how : new String[] {"graph", "formula", "network"}) {
            assertClose("000.single-neuron.dC0_db_L." + how, expected);
        }
        assertThat(value("000.single-neuron.dC0_db_L.graph")).isCloseTo(-0.153110, within(SIX_DECIMALS));
    }

    @Test
    @DisplayName("Adding Layers: ∂C0/∂a(L−1) = w(L) σ'(z(L)) 2(a(L) − y)")
    void previousActivation() {
        double expected = W * sigmoidDerivative(z()) * 2 * (a() - 1);
        for (String how : new String[] {"graph", "formula", "network"}) {
            assertClose("000.single-neuron.dC0_da_L-1." + how, expected);
        }
        assertThat(value("000.single-neuron.dC0_da_L-1.graph")).isCloseTo(-0.139828, within(SIX_DECIMALS));
    }

    @Test
    @DisplayName("Computing Relevant Derivatives: C0, ∂C0/∂a(L) = 2(a(L) − y), ∂a(L)/∂z(L) = σ'(z(L)),"
            + " ∂z(L)/∂w(L) = a(L−1)")
    void factors() {
        assertClose("000.single-neuron.C0", Math.pow(a() - 1, 2));
        assertClose("000.single-neuron.dC0_da_L", 2 * (a() - 1));
        assertClose("000.single-neuron.da_L_dz_L", sigmoidDerivative(z()));
        // ∂z/∂w = a(L−1), printed as 0.48 in the figure: half a unit of the 2nd decimal
        assertThat(value("000.single-neuron.dz_L_dw_L")).isCloseTo(0.48, within(0.005));
        // ∂C0/∂w = (∂z/∂w)(∂C0/∂z) and ∂C0/∂b = 1·(∂C0/∂z): the ratio of two backward results is ∂z/∂w
        assertClose("000.single-neuron.dz_L_dw_L",
                value("000.single-neuron.dC0_dw_L.graph") / value("000.single-neuron.dC0_db_L.graph"));
        assertThat(value("000.single-neuron.C0")).isCloseTo(0.116129, within(SIX_DECIMALS));
        assertThat(value("000.single-neuron.dC0_da_L")).isCloseTo(-0.681554, within(SIX_DECIMALS));
        assertThat(value("000.single-neuron.da_L_dz_L")).isCloseTo(0.224648, within(SIX_DECIMALS));
    }

    @Test
    @DisplayName("Average of All Training Examples: ∂C/∂w(L) = (1/n) Σ_k ∂C_k/∂w(L), by the graphs and by"
            + " Network.gradients (the mean)")
    void average() {
        double[][] examples = {{0.484, 1}, {0.2, 0}, {0.7, 1}, {0.9, 0}};
        double sumW = 0;
        double sumB = 0;
        for (int k = 0; k < examples.length; k++) {
            double[] e = examples[k];
            double z = W * e[0] + B;
            // ∂C_k/∂w = a_k(L−1) σ'(z_k) 2(a_k − y_k);  ∂C_k/∂b = σ'(z_k) 2(a_k − y_k)
            double dCdw = e[0] * sigmoidDerivative(z) * 2 * (sigmoid(z) - e[1]);
            assertClose("000.single-neuron.average.k=" + k + ".dC_dw_L.graph", dCdw);
            sumW += dCdw;
            sumB += sigmoidDerivative(z) * 2 * (sigmoid(z) - e[1]);
        }
        assertClose("000.single-neuron.average.dC_dw_L.graph-mean", sumW / 4);
        assertClose("000.single-neuron.average.dC_dw_L.network", sumW / 4);
        assertClose("000.single-neuron.average.dC_db_L.network", sumB / 4);
        // k = 0 is the figure's example: the research note's −0.074105 (6 decimals)
        assertThat(value("000.single-neuron.average.k=0.dC_dw_L.graph")).isCloseTo(-0.074105, within(SIX_DECIMALS));
    }

    @Test
    @DisplayName("keeps the graph and the 1-1 network it evaluated, with C0 = (a − y)² without ½")
    void work() {
        assertThat(result.graphs()).singleElement().satisfies(g -> assertThat(g.output().label()).isEqualTo("C0"));
        assertThat(result.networks()).singleElement()
                .satisfies(n -> assertThat(n.loss()).isEqualTo(Loss.SUM_SQUARED_ERROR));
    }

    private static double z() {
        return W * 0.484 + B;
    }

    private static double a() {
        return sigmoid(z());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** σ'(z) = e^−z/(1 + e^−z)², eq. (6), written independently of the σ(1 − σ) the code uses. */
    private static double sigmoidDerivative(double z) {
        double e = Math.exp(-z);
        return e / ((1 + e) * (1 + e));
    }

    private void assertClose(String name, double expected) {
        assertThat(value(name)).as(name).isCloseTo(expected, within(FEW_ROUNDINGS * Math.abs(expected)));
    }

    private double value(String name) {
        return result.derived().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived quantity " + name)).value();
    }
}

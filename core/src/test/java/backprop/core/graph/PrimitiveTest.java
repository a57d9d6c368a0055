package backprop.core.graph;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;

@DisplayName("Each primitive's local derivative, beside its forward rule")
class PrimitiveTest {


    /** ∂u/∂a of a unary node u = op(a) at a, by backward from u. */
    private static double derivative(java.util.function.BiFunction<Graph, Node, Node> op, double at,
                                     Conventions conventions) {
        Graph g = new Graph(conventions);
        Node a = g.input("a", at);
        Node u = op.apply(g, a);
        g.backward(u);
        return a.gradient();
    }

    @ParameterizedTest(name = "a^{1} at a = {0}: p·a^(p−1) = {2}", quoteTextArguments = false)
    @CsvSource({"3, 2, 6", "2, 3, 12", "2, -1, -0.25", "4, 0.5, 0.25", "-2, 2, -4"})
    @DisplayName("power: ∂(a^p)/∂a = p·a^(p−1); p = −1 is 003's 1/x → −1/x²")
    void power(double a, double p, double expected) {
        assertThat(derivative((g, x) -> g.power("u", x, p), a, Conventions.LIBRARIES)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "at a = {0}", quoteTextArguments = false)
    @CsvSource({"-1", "0", "0.5", "2"})
    @DisplayName("exp: ∂e^a/∂a = e^a")
    void exp(double a) {
        assertThat(derivative((g, x) -> g.exp("u", x), a, Conventions.LIBRARIES)).isCloseTo(Math.exp(a), within(FEW_ROUNDINGS_NEAR_ONE * Math.exp(a)));
    }

    @ParameterizedTest(name = "at a = {0}", quoteTextArguments = false)
    @CsvSource({"0.25, 4", "1, 1", "2, 0.5"})
    @DisplayName("log: ∂ ln a/∂a = 1/a (000, eq. 11)")
    void log(double a, double expected) {
        assertThat(derivative((g, x) -> g.log("u", x), a, Conventions.LIBRARIES)).isEqualTo(expected);
    }

    @Test
    @DisplayName("sigmoid at 0: σ = 1/2, σ' = σ(1 − σ) = 1/4 exactly (000, eq. 7)")
    void sigmoidAtZero() {
        Graph g = new Graph();
        Node a = g.input("a", 0);
        Node s = g.sigmoid("σ", a);
        g.backward(s);
        assertThat(s.value()).isEqualTo(0.5);
        assertThat(a.gradient()).isEqualTo(0.25);
    }

    @ParameterizedTest(name = "at a = {0}", quoteTextArguments = false)
    @CsvSource({"-2", "1.5", "40", "-800"})
    @DisplayName("sigmoid: σ'(a) = e^−a/(1 + e^−a)², the first line of 000's eq. (6), also where σ rounds to 1")
    void sigmoid(double a) {
        // e^−a/(1 + e^−a)² written as e^a/(1 + e^a)² for negative a, the same number without overflow.
        double e = Math.exp(-Math.abs(a));
        double expected = e / ((1 + e) * (1 + e));
        assertThat(derivative((g, x) -> g.sigmoid("u", x), a, Conventions.LIBRARIES))
                .isCloseTo(expected, within(1e-14 * Math.max(expected, Double.MIN_NORMAL)));
    }

    @ParameterizedTest(name = "at a = {0}", quoteTextArguments = false)
    @CsvSource({"0", "-1", "4", "20"})
    @DisplayName("tanh: ∂ tanh a/∂a = 1 − tanh²(a) (000, eq. 9)")
    void tanh(double a) {
        // 1 − tanh²(a) = 4/(e^a + e^−a)²: no cancellation at a = 20, where tanh(a) rounds to 1.
        double expected = 4 / Math.pow(Math.exp(a) + Math.exp(-a), 2);
        assertThat(derivative((g, x) -> g.tanh("u", x), a, Conventions.LIBRARIES))
                .isCloseTo(expected, within(1e-14 * expected));
    }

    @Test
    @DisplayName("ReLU: 1 for a > 0, 0 for a < 0; at 0 the named convention (000 writes 1 for z ≥ 0)")
    void relu() {
        assertThat(derivative((g, x) -> g.relu("u", x), 2, Conventions.LIBRARIES)).isEqualTo(1.0);
        assertThat(derivative((g, x) -> g.relu("u", x), -3, Conventions.DOCUMENTS)).isZero();
        assertThat(derivative((g, x) -> g.relu("u", x), 0, Conventions.DOCUMENTS)).isEqualTo(1.0);
        assertThat(derivative((g, x) -> g.relu("u", x), 0, Conventions.LIBRARIES)).isZero();
    }

    @Test
    @DisplayName("max at a tie: FIRST routes all of it to the first, SPLIT_EVENLY gives 1/2 to each")
    void maxTie() {
        for (Conventions.MaxTie tie : Conventions.MaxTie.values()) {
            Graph g = new Graph(new Conventions(Conventions.ReluAtZero.ZERO, tie));
            Node a = g.input("a", 2);
            Node b = g.input("b", 2);
            g.backward(g.max("m", a, b));
            if (tie == Conventions.MaxTie.FIRST) {
                assertThat(a.gradient()).isEqualTo(1.0);
                assertThat(b.gradient()).isZero();
            } else {
                assertThat(a.gradient()).isEqualTo(0.5);
                assertThat(b.gradient()).isEqualTo(0.5);
            }
        }
    }

    @Test
    @DisplayName("max without a tie routes everything to the larger argument under either tie convention")
    void maxWithoutTie() {
        // max(1, 3) = 3: ∂/∂a = 0, ∂/∂b = 1, whatever a tie would do.
        for (Conventions.MaxTie tie : Conventions.MaxTie.values()) {
            Graph g = new Graph(new Conventions(Conventions.ReluAtZero.ZERO, tie));
            Node a = g.input("a", 1);
            Node b = g.input("b", 3);
            g.backward(g.max("m", a, b));
            assertThat(a.gradient()).as(tie.name()).isZero();
            assertThat(b.gradient()).as(tie.name()).isEqualTo(1.0);
        }
    }

    @Test
    @DisplayName("built from primitives: a − b gives +1 and −1; a/b gives 1/b and −a/b²; −a gives −1")
    void builtFromPrimitives() {
        Graph g = new Graph();
        Node a = g.input("a", 3);
        Node b = g.input("b", 4);
        g.backward(g.subtract("a−b", a, b));
        assertThat(a.gradient()).isEqualTo(1.0);
        assertThat(b.gradient()).isEqualTo(-1.0);
        g.backward(g.divide("a/b", a, b));
        assertThat(a.gradient()).isEqualTo(0.25);
        assertThat(b.gradient()).isEqualTo(-3.0 / 16);
        g.backward(g.negate("−a", a));
        assertThat(a.gradient()).isEqualTo(-1.0);
    }
}

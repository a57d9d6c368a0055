package backprop.examples.doc004;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("004, Part 3: σ is the plain logistic; the forward pass rounds h1 where 004 prints it")
class DocumentForwardTest {
    /** One rounding of a quotient of order 1. */
    private static final double ONE_ROUNDING = 2.3e-16;

    @Test
    @DisplayName("σ(1.4) = (1 + tanh 0.7)/2 = 0.8021838…, not the 0.80 that 004 prints for h12")
    void sigmoidDoesNotRound() {
        // σ(z) = 1/(1 + e^−z) = (1 + tanh(z/2))/2: an identity, evaluated through tanh instead of exp
        double expected = (1 + Math.tanh(0.7)) / 2;
        assertThat(FourFourTwoNetwork.sigmoid(1.4)).isCloseTo(expected, within(2 * ONE_ROUNDING))
                .isNotCloseTo(0.80, within(1e-3));
    }

    @Test
    @DisplayName("h1 as printed in 004, Part 3: \"h1 = sigmoid(a1) = [0.95 0.80 0.89 0.91]\", rounded from"
            + " σ([2.9 1.4 2.1 2.3])")
    void hiddenLayerAsPrinted() {
        DocumentForward d = DocumentForward.withoutBiases();
        // a1 = W1·x without b1, printed "a1 = W1 * x + b1 = [2.9 1.4 2.1 2.3]": half a unit of the 1st decimal
        assertThat(d.a1).containsExactly(new double[] {2.9, 1.4, 2.1, 2.3}, within(0.05));
        // h1 is the printed string itself, rounded to two decimals: equal to the nearest double
        assertThat(d.h1).containsExactly(new double[] {0.95, 0.80, 0.89, 0.91}, within(1e-15));
    }
}

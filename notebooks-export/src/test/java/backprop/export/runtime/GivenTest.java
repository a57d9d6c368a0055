package backprop.export.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The helpers a question gives, against derivatives and values worked by hand. */
class GivenTest {

    @Test
    void activate_appliesTheNamedActivation() {
        // identity: a = z; ReLU: a = max(0, z)
        assertThat(Given.activate("identity", new double[] {-2, 3})).containsExactly(-2, 3);
        assertThat(Given.activate("relu", new double[] {-2, 3})).containsExactly(0, 3);
    }

    @Test
    void derivative_isTheJacobiansDiagonal_withReluAtZeroAsGiven() {
        // ReLU′(z) = 0 for z < 0, 1 for z > 0, the given value at 0
        assertThat(Given.derivative("relu", new double[] {-1, 0, 2}, 1)).containsExactly(0, 1, 1);
        assertThat(Given.derivative("relu", new double[] {-1, 0, 2}, 0)).containsExactly(0, 0, 1);
        assertThatThrownBy(() -> Given.derivative("relu", new double[] {0}, 0.5)).hasMessageContaining("0 or 1, not 0.5");
    }

    @Test
    void localGradient_isTheNodesPartialDerivativeInItsKthArgument() {
        // ∂(a1·a2)/∂a1 = a2, ∂(a1·a2)/∂a2 = a1
        assertThat(Given.localGradient("MULTIPLY", new double[] {3, 5}, 0, 0)).isEqualTo(5);
        assertThat(Given.localGradient("MULTIPLY", new double[] {3, 5}, 0, 1)).isEqualTo(3);
        // ∂(a1²)/∂a1 = 2·a1
        assertThat(Given.localGradient("POWER", new double[] {3}, 2, 0)).isEqualTo(6);
        // ∂(a1 + a2 + a3)/∂a3 = 1
        assertThat(Given.localGradient("ADD", new double[] {1, 2, 3}, 0, 2)).isEqualTo(1);
        // the documents' conventions: ReLU′(0) = 1, a tied max routes to its first argument
        assertThat(Given.localGradient("RELU", new double[] {0}, 0, 0)).isEqualTo(1);
        assertThat(Given.localGradient("MAX", new double[] {2, 2}, 0, 0)).isEqualTo(1);
        assertThat(Given.localGradient("MAX", new double[] {2, 2}, 0, 1)).isZero();
        assertThatThrownBy(() -> Given.localGradient("SINE", new double[] {0}, 0, 0)).hasMessageContaining("no node kind 'SINE'");
    }

    @Test
    void values_isTheForwardPassOfTheNodeList() {
        // u1 = 2, u2 = 3 (leaves); u3 = u1·u2 = 6; u4 = u3² = 36; u5 = ln(u4) = 2·ln 6
        double[] values = Given.values(new String[] {"INPUT", "INPUT", "MULTIPLY", "POWER", "LOG"},
                new int[][] {{}, {}, {0, 1}, {2}, {3}}, new double[] {2, 3, 0, 0, 0}, new double[] {0, 0, 0, 2, 0});
        assertThat(values).hasSize(5);
        assertThat(values[0]).isEqualTo(2);
        assertThat(values[1]).isEqualTo(3);
        assertThat(values[2]).isEqualTo(6);
        assertThat(values[3]).isEqualTo(36);
        assertThat(values[4]).isCloseTo(2 * Math.log(6), within(1e-15));
    }

    @Test
    void aNodeThatCannotBeEvaluatedNamesItsArgumentsAsTheQuestionsDo() {
        // ln 0 = −∞: the arguments are a1, a2, … (∂u/∂a_k), a graph's nodes u1, u2, …
        assertThatThrownBy(() -> Given.localGradient("LOG", new double[] {0}, 0, 0)).hasMessageContaining("log(a1 = 0.0)");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "LOG"}, new int[][] {{}, {0}}, new double[] {0, 0},
                new double[] {0, 0})).hasMessageContaining("log(u1 = 0.0)");
    }
}

package backprop.core.function;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Conventions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loss and Activation refuse arguments outside their domain with an IllegalArgumentException that names
 * the argument and its entry, and refuse a result that overflows with a NonFiniteValueException: no NaN
 * comes back.
 */
@DisplayName("Losses and activations: arguments outside the domain are refused, results are finite")
class DomainTest {

    @Nested
    @DisplayName("Loss")
    class Losses {

        @Test
        @DisplayName("BCE(a = −0.5) is refused, naming a[1] and the interval, where it gave NaN")
        void crossEntropyOfANegativePrediction_isRefused() {
            assertThatThrownBy(() -> Loss.BINARY_CROSS_ENTROPY.value(new double[] {-0.5}, new double[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("binary_cross_entropy: a[1] = -0.5 is outside [0, 1]; a cross-entropy takes probabilities");
            assertThatThrownBy(() -> Loss.BINARY_CROSS_ENTROPY.gradient(new double[] {0.5, 1.5}, new double[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("binary_cross_entropy: a[2] = 1.5 is outside [0, 1]");
        }

        @Test
        @DisplayName("BCE with y = 2 or y = −1 is refused, naming y")
        void crossEntropyOfATargetOutsideZeroOne_isRefused() {
            assertThatThrownBy(() -> Loss.BINARY_CROSS_ENTROPY.value(new double[] {0.5, 0.5}, new double[] {2, -1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("binary_cross_entropy: y[1] = 2.0 is outside [0, 1]");
            assertThatThrownBy(() -> Loss.CATEGORICAL_CROSS_ENTROPY.value(new double[] {0.5, 0.5}, new double[] {1, -1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("categorical_cross_entropy: y[2] = -1.0 is outside [0, 1]");
        }

        @Test
        @DisplayName("the ends of [0, 1] are inside: BCE(a = 0, y = 0) = BCE(a = 1, y = 1) = 0")
        void crossEntropyAtTheEnds_isZero() {
            assertThat(Loss.BINARY_CROSS_ENTROPY.value(new double[] {0, 1}, new double[] {0, 1})).isZero();
            assertThat(Loss.CATEGORICAL_CROSS_ENTROPY.value(new double[] {0, 1}, new double[] {0, 1})).isZero();
        }

        @Test
        @DisplayName("squared errors take any finite a and y, but no NaN or infinity, naming the entry of the slice")
        void squaredErrors_refuseOnlyNonFiniteArguments() {
            assertThat(Loss.SUM_SQUARED_ERROR.value(new double[] {-5}, new double[] {2})).isEqualTo(49.0);
            assertThatThrownBy(() -> Loss.SUM_SQUARED_ERROR.value(new double[] {7, 1, Double.NaN}, new double[] {7, 1, 1},
                    1, 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("sum_squared_error: a[2] is NaN");
            assertThatThrownBy(() -> Loss.SUM_SQUARED_ERROR.value(new double[] {7, 1, 1}, new double[] {7, 1,
                    Double.NEGATIVE_INFINITY}, 1, 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("sum_squared_error: y[2] is -Infinity");
            assertThatThrownBy(() -> Loss.MEAN_SQUARED_ERROR.gradient(new double[] {1},
                    new double[] {Double.POSITIVE_INFINITY}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("mean_squared_error: y[1] is Infinity");
        }

        @Test
        @DisplayName("a loss that overflows, (1e200)², is a NonFiniteValueException naming a and y")
        void overflowingLoss_isNamed() {
            assertThatThrownBy(() -> Loss.HALF_SUM_SQUARED_ERROR.value(new double[] {1e200}, new double[] {0}))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("half_sum_squared_error: L(a, y) is Infinity at a = [1.0E200], y = [0.0]");
        }

        @Test
        @DisplayName("a gradient that overflows, 2(1e308 + 1e308), names its entry within the slice")
        void overflowingGradient_namesTheEntry() {
            double[] g = new double[3];
            assertThatThrownBy(() -> Loss.SUM_SQUARED_ERROR.gradient(new double[] {9, 0, 1e308},
                    new double[] {9, 0, -1e308}, g, 1, 2))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("sum_squared_error: ∂L/∂a[2] is Infinity at a[2] = 1.0E308, y[2] = -1.0E308");
        }

        @Test
        @DisplayName("BCE at a saturated wrong prediction: L = −ln 0 and ∂L/∂a = −1/0 are named, not returned")
        void saturatedCrossEntropy_isNamed() {
            assertThatThrownBy(() -> Loss.BINARY_CROSS_ENTROPY.value(new double[] {0}, new double[] {1}))
                    .isInstanceOf(NonFiniteValueException.class).hasMessageContaining("L(a, y) is Infinity");
            assertThatThrownBy(() -> Loss.BINARY_CROSS_ENTROPY.gradient(new double[] {0}, new double[] {1}))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessage("binary_cross_entropy: ∂L/∂a[1] is -Infinity at a[1] = 0.0, y[1] = 1.0");
        }
    }

    @Nested
    @DisplayName("Activation")
    class Activations {

        @Test
        @DisplayName("softmax(NaN, 0) is refused, naming z[1], where it gave NaN")
        void softmaxOfNaN_isRefused() {
            assertThatThrownBy(() -> Activation.SOFTMAX.forward(new double[] {Double.NaN, 0}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("softmax: z[1] is NaN");
        }

        @Test
        @DisplayName("an infinite z is refused by every activation, naming the entry of the slice")
        void infiniteZ_isRefused() {
            double[] z = {Double.NaN, 0, Double.POSITIVE_INFINITY};
            assertThatThrownBy(() -> Activation.SIGMOID.forward(z, new double[3], 1, 2))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("sigmoid: z[2] is Infinity");
        }

        @Test
        @DisplayName("backward of an element-wise activation refuses a NaN z or ∂L/∂a")
        void elementWiseBackward_refusesNonFiniteArguments() {
            assertThatThrownBy(() -> Activation.TANH.backward(new double[] {0}, new double[] {0},
                    new double[] {Double.NaN}, Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("tanh: ∂L/∂a[1] is NaN");
            assertThatThrownBy(() -> Activation.RELU.backward(new double[] {Double.NaN}, new double[] {0},
                    new double[] {1}, Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("relu: z[1] is NaN");
        }

        @Test
        @DisplayName("softmax's backward reads a and ∂L/∂a, and refuses either when not finite")
        void softmaxBackward_refusesNonFiniteArguments() {
            assertThatThrownBy(() -> Activation.SOFTMAX.backward(new double[] {0, 0}, new double[] {Double.NaN, 0.5},
                    new double[] {1, 1}, Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("softmax: a[1] is NaN");
            assertThatThrownBy(() -> Activation.SOFTMAX.backward(new double[] {0, 0}, new double[] {0.5, 0.5},
                    new double[] {1, Double.NEGATIVE_INFINITY}, Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("softmax: ∂L/∂a[2] is -Infinity");
        }

        @Test
        @DisplayName("softmax's δ_j = a_j(u_j − Σ a_i u_i) overflows for u = [1.7e308, −1.7e308], a = [0.9, 0.1]")
        void softmaxDeltaOverflow_isNamed() {
            // Σ a_i u_i = 0.9·1.7e308 − 0.1·1.7e308 = 1.36e308; u_2 − 1.36e308 = −3.06e308 = −∞
            assertThatThrownBy(() -> Activation.SOFTMAX.backward(new double[] {0, 0}, new double[] {0.9, 0.1},
                    new double[] {1.7e308, -1.7e308}, Conventions.DOCUMENTS))
                    .isInstanceOf(NonFiniteValueException.class)
                    .hasMessageStartingWith("softmax: δ[2] = a_j(∂L/∂a_j − Σ_i a_i ∂L/∂a_i) = 0.1 · (-1.7E308 − ")
                    .hasMessageEndingWith(") is -Infinity");
        }

        @Test
        @DisplayName("softmax's δ overflow in a slice names the entry within the slice")
        void softmaxDeltaOverflowInASlice_namesTheEntryOfTheSlice() {
            double[] a = {0.5, 0.5, 0.9, 0.1};
            double[] upstream = {0, 0, 1.7e308, -1.7e308};
            assertThatThrownBy(() -> Activation.SOFTMAX.backward(new double[4], a, upstream, new double[4], 2, 2,
                    Conventions.DOCUMENTS))
                    .isInstanceOf(NonFiniteValueException.class).hasMessageStartingWith("softmax: δ[2] = ");
        }

        @Test
        @DisplayName("a Jacobian is refused at a NaN z (element-wise) or a NaN a (softmax)")
        void jacobian_refusesNonFiniteArguments() {
            assertThatThrownBy(() -> Activation.SIGMOID.jacobian(new double[] {Double.NaN}, new double[] {0.5},
                    Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("sigmoid: z[1] is NaN");
            assertThatThrownBy(() -> Activation.SOFTMAX.jacobian(new double[] {0, 0}, new double[] {0.5, Double.NaN},
                    Conventions.DOCUMENTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("softmax: a[2] is NaN");
        }
    }
}

package backprop.core.function;

import backprop.core.graph.Conventions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Activation: each g with its derivative g' beside it")
class ActivationTest {
    private static final Conventions DOCUMENTS = Conventions.DOCUMENTS;

    /** g'(z) at one point: the single entry of the 1×1 Jacobian. */
    private static double derivative(Activation g, double z, Conventions conventions) {
        double[] zs = {z};
        return g.jacobian(zs, g.forward(zs), conventions)[0][0];
    }

    private static double value(Activation g, double z) {
        return g.forward(new double[] {z})[0];
    }

    @Nested
    @DisplayName("Derivative of Sigmoid Function: σ'(x) = σ(x)(1 − σ(x)) (000, eq. 7)")
    class Sigmoid {
        @Test
        @DisplayName("σ(0) = 1/2 and σ'(0) = 1/4")
        void sigmoid_atZero() {
            // σ(0) = 1/(1 + e^0) = 1/2; σ'(0) = ½·(1 − ½) = ¼; all binary fractions, exact.
            assertThat(value(Activation.SIGMOID, 0)).isEqualTo(0.5);
            assertThat(derivative(Activation.SIGMOID, 0, DOCUMENTS)).isEqualTo(0.25);
        }

        @Test
        @DisplayName("σ(ln 3) = 3/4 and σ'(ln 3) = 3/16")
        void sigmoid_atLnThree() {
            // σ(ln 3) = 1/(1 + e^−ln 3) = 1/(1 + 1/3) = 3/4; σ' = ¾·¼ = 3/16.
            // ln 3 and e^−ln 3 are rounded: a few roundings.
            double z = Math.log(3);
            assertThat(value(Activation.SIGMOID, z)).isCloseTo(0.75, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(derivative(Activation.SIGMOID, z, DOCUMENTS)).isCloseTo(3.0 / 16, within(FEW_ROUNDINGS_NEAR_ONE));
        }
    }

    @Nested
    @DisplayName("Derivatives of ReLU and tanh: dtanh(z)/dz = 1 − tanh²(z) (000, eq. 9)")
    class Tanh {
        @Test
        @DisplayName("tanh(0) = 0 and tanh'(0) = 1")
        void tanh_atZero() {
            // tanh 0 = 0; 1 − 0² = 1; exact.
            assertThat(value(Activation.TANH, 0)).isEqualTo(0.0);
            assertThat(derivative(Activation.TANH, 0, DOCUMENTS)).isEqualTo(1.0);
        }

        @Test
        @DisplayName("tanh(ln 2) = 3/5 and tanh'(ln 2) = 16/25")
        void tanh_atLnTwo() {
            // tanh(ln 2) = (2 − ½)/(2 + ½) = 3/5; 1 − (3/5)² = 16/25. ln 2 is rounded: a few roundings.
            double z = Math.log(2);
            assertThat(value(Activation.TANH, z)).isCloseTo(0.6, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(derivative(Activation.TANH, z, DOCUMENTS)).isCloseTo(16.0 / 25, within(FEW_ROUNDINGS_NEAR_ONE));
        }
    }

    @Nested
    @DisplayName("Derivatives of ReLU: 0 for z < 0, 1 for z ≥ 0 (000, eq. 8)")
    class Relu {
        @Test
        @DisplayName("ReLU(−1) = 0 with slope 0; ReLU(2) = 2 with slope 1")
        void relu_awayFromZero() {
            // max(0, −1) = 0, slope 0; max(0, 2) = 2, slope 1; the same under both conventions.
            assertThat(value(Activation.RELU, -1)).isEqualTo(0.0);
            assertThat(value(Activation.RELU, 2)).isEqualTo(2.0);
            for (Conventions c : new Conventions[] {Conventions.DOCUMENTS, Conventions.LIBRARIES}) {
                assertThat(derivative(Activation.RELU, -1, c)).as("ReLU'(−1)").isEqualTo(0.0);
                assertThat(derivative(Activation.RELU, 2, c)).as("ReLU'(2)").isEqualTo(1.0);
            }
        }

        @Test
        @DisplayName("ReLU'(0) = 1 as the documents write it (\"1 for z ≥ 0\")")
        void relu_atZero_documentsConvention() {
            // 000, eq. 8: dReLU/dz = 1 for z ≥ 0, so at z = 0 the slope is 1.
            assertThat(value(Activation.RELU, 0)).isEqualTo(0.0);
            assertThat(derivative(Activation.RELU, 0, Conventions.DOCUMENTS)).isEqualTo(1.0);
        }

        @Test
        @DisplayName("ReLU'(0) = 0 as the libraries take it")
        void relu_atZero_librariesConvention() {
            // PyTorch and TensorFlow take the left derivative at 0: 0.
            assertThat(derivative(Activation.RELU, 0, Conventions.LIBRARIES)).isEqualTo(0.0);
        }
    }

    @Nested
    @DisplayName("Identity: ŷ = b + V·h (003's output layer), g' = 1")
    class Identity {
        @Test
        @DisplayName("a = z and g'(z) = 1")
        void identity_passesThrough() {
            assertThat(value(Activation.IDENTITY, -2.5)).isEqualTo(-2.5);
            assertThat(derivative(Activation.IDENTITY, -2.5, DOCUMENTS)).isEqualTo(1.0);
        }
    }

    @Nested
    @DisplayName("Softmax: ŷ_1 = e^{a_21}/(e^{a_21} + e^{a_22}) (004), ∂a_i/∂z_j = a_i(1_{i=j} − a_j)")
    class Softmax {
        @Test
        @DisplayName("the outputs sum to 1")
        void softmax_sumsToOne() {
            // Σ_i e^{z_i}/Σ_j e^{z_j} = 1; computed, a few roundings.
            double[] a = Activation.SOFTMAX.forward(new double[] {1, 2, 3, -4});
            assertThat(a[0] + a[1] + a[2] + a[3]).isCloseTo(1.0, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("z = [0, 0]: a = [1/2, 1/2], J = [[1/4, −1/4], [−1/4, 1/4]]")
        void softmax_atEqualInputs_fullJacobian() {
            // a_i = e^0/(e^0 + e^0) = 1/2.
            // J_11 = ½(1 − ½) = ¼;  J_12 = ½(0 − ½) = −¼;  J_21 = −¼;  J_22 = ¼. Exact.
            double[] z = {0, 0};
            double[] a = Activation.SOFTMAX.forward(z);
            assertThat(a).containsExactly(0.5, 0.5);
            assertThat(Activation.SOFTMAX.jacobian(z, a, DOCUMENTS))
                    .isDeepEqualTo(new double[][] {{0.25, -0.25}, {-0.25, 0.25}});
        }

        @Test
        @DisplayName("z = [ln 1, ln 3]: a = [1/4, 3/4], J = [[3/16, −3/16], [−3/16, 3/16]]")
        void softmax_atLnOneLnThree_fullJacobian() {
            // a = [1, 3]/(1 + 3) = [1/4, 3/4].
            // J_11 = ¼·¾ = 3/16; J_12 = ¼(0 − ¾) = −3/16; J_21 = ¾(0 − ¼) = −3/16; J_22 = ¾·¼ = 3/16.
            // ln 3 and e^{z − max z} are rounded: a few roundings.
            double[] z = {Math.log(1), Math.log(3)};
            double[] a = Activation.SOFTMAX.forward(z);
            assertThat(a).containsExactly(new double[] {0.25, 0.75}, within(FEW_ROUNDINGS_NEAR_ONE));
            double[][] j = Activation.SOFTMAX.jacobian(z, a, DOCUMENTS);
            double s = 3.0 / 16;
            assertThat(j[0]).containsExactly(new double[] {s, -s}, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(j[1]).containsExactly(new double[] {-s, s}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("backward is Jᵀ·∂L/∂a, off-diagonal entries included")
        void softmax_backwardIsJacobianTransposeTimesUpstream() {
            // z = [0, ln 3], a = [¼, ¾], J as above, upstream u = [1, 2]:
            // (Jᵀu)_1 = 3/16·1 − 3/16·2 = −3/16;  (Jᵀu)_2 = −3/16·1 + 3/16·2 = 3/16.
            // Only the diagonal would give [3/16, 6/16]: the off-diagonal terms matter.
            double[] z = {0, Math.log(3)};
            double[] a = Activation.SOFTMAX.forward(z);
            double[] dz = Activation.SOFTMAX.backward(z, a, new double[] {1, 2}, DOCUMENTS);
            assertThat(dz).containsExactly(new double[] {-3.0 / 16, 3.0 / 16}, within(FEW_ROUNDINGS_NEAR_ONE));
        }

        @Test
        @DisplayName("z = [1000, 1001] does not overflow: a = [1/(1+e), e/(1+e)]")
        void softmax_largeInputs_doNotOverflow() {
            // e^1000 overflows a double, but softmax is unchanged by subtracting max z = 1001:
            // a = [e^−1, e^0]/(e^−1 + 1) = [1/(1 + e), e/(1 + e)] ≈ [0.2689, 0.7311]. A few roundings.
            double e = Math.E;
            double[] a = Activation.SOFTMAX.forward(new double[] {1000, 1001});
            assertThat(a).containsExactly(new double[] {1 / (1 + e), e / (1 + e)}, within(FEW_ROUNDINGS_NEAR_ONE));
        }
    }

    @Nested
    @DisplayName("Every activation's backward is Jᵀ·upstream (003, Algorithm 2: g ← g ⊙ f'(a^k))")
    class BackwardContract {
        @ParameterizedTest(name = "{0}")
        @EnumSource(Activation.class)
        @DisplayName("backward(z, a, u) = Jᵀu with J from jacobian(z, a)")
        void backward_equalsJacobianTransposeTimesUpstream(Activation g) {
            // (Jᵀu)_j = Σ_i J_ij u_i, summed here independently of the engine's backward.
            // Values of order 1; softmax's backward uses a_j(u_j − Σ_i a_i u_i): a few roundings.
            double[] z = {0.3, -1.2, 2.0};
            double[] u = {1.0, -2.0, 0.5};
            double[] a = g.forward(z);
            double[][] j = g.jacobian(z, a, DOCUMENTS);
            double[] expected = new double[3];
            for (int col = 0; col < 3; col++) {
                for (int row = 0; row < 3; row++) {
                    expected[col] += j[row][col] * u[row];
                }
            }
            assertThat(g.backward(z, a, u, DOCUMENTS)).containsExactly(expected, within(FEW_ROUNDINGS_NEAR_ONE));
        }
    }

    @Nested
    @DisplayName("Activations are looked up by name")
    class Named {
        @Test
        @DisplayName("\"Sigmoid\" and \" relu \" are found, ignoring case and spaces")
        void named_findsKnownNames() {
            assertThat(Activation.named("Sigmoid")).isEqualTo(Activation.SIGMOID);
            assertThat(Activation.named(" relu ")).isEqualTo(Activation.RELU);
        }

        @Test
        @DisplayName("an unknown name is an error listing the known ones")
        void named_rejectsUnknownNamesListingTheKnownOnes() {
            assertThatThrownBy(() -> Activation.named("swish"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown activation 'swish'")
                    .hasMessageContaining("identity, sigmoid, tanh, relu, softmax");
        }

        @Test
        @DisplayName("no name is an unknown name too, not a NullPointerException")
        void named_rejectsNull() {
            assertThatThrownBy(() -> Activation.named(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown activation 'null'");
        }
    }
}

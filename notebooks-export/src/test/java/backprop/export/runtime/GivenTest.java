package backprop.export.runtime;

import backprop.core.NonFiniteValueException;
import backprop.core.function.Activation;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The helpers a question gives: against values worked by hand, and against the engine (core's {@link Activation}
 * and {@link Graph}) as the oracle, which {@link Given} may not call (the runtime jar holds no engine) and so writes
 * again. Tolerance against the engine: none, equal to the last bit. Both sides do the same IEEE-754 operations in the
 * same order with the same {@code java.lang.Math} functions in one JVM, so any difference is a different formula:
 * a naive σ′ = a(1 − a), which gives 0 for 4.25e-18 at z = 40; a softmax without its shift, NaN at 1e10; a
 * different ReLU′(0).
 */
class GivenTest {
    private static final long SEED = 20_261_206L;
    /** The kinks and extremes every activation is checked at besides random z: ReLU's 0, σ's and softmax's ±1e10. */
    private static final double[] EXTREMES = {0.0, -0.0, 1e10, -1e10, 40, -40, 710, -745, 1e-300, Double.MAX_VALUE / 4};

    @Test
    void activate_appliesTheNamedActivation() {
        // identity: a = z; ReLU: a = max(0, z); σ(0) = 1/2; softmax of equal z: 1/n each
        assertThat(Given.activate("identity", new double[] {-2, 3})).containsExactly(-2, 3);
        assertThat(Given.activate("relu", new double[] {-2, 3})).containsExactly(0, 3);
        assertThat(Given.activate("sigmoid", new double[] {0})).containsExactly(0.5);
        assertThat(Given.activate("softmax", new double[] {7, 7, 7, 7})).containsExactly(0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void derivative_isTheJacobiansDiagonal_withReluAtZeroAsGiven() {
        // ReLU′(z) = 0 for z < 0, 1 for z > 0, the given value at 0
        assertThat(Given.derivative("relu", new double[] {-1, 0, 2}, 1)).containsExactly(0, 1, 1);
        assertThat(Given.derivative("relu", new double[] {-1, 0, 2}, 0)).containsExactly(0, 0, 1);
        assertThatThrownBy(() -> Given.derivative("relu", new double[] {0}, 0.5)).hasMessageContaining("0 or 1, not 0.5");
        assertThatThrownBy(() -> Given.jacobian("relu", new double[] {0}, -1)).hasMessageContaining("0 or 1, not -1");
        // σ′(0) = σ(0)(1 − σ(0)) = 1/4; tanh′(0) = 1; softmax of two equal z: ∂a_i/∂z_i = ½·½
        assertThat(Given.derivative("sigmoid", new double[] {0}, 1)).containsExactly(0.25);
        assertThat(Given.derivative("tanh", new double[] {0}, 1)).containsExactly(1);
        assertThat(Given.derivative("softmax", new double[] {3, 3}, 1)).containsExactly(0.25, 0.25);
    }

    @Test
    void jacobian_ofSoftmax_isFull() {
        // a = (½, ½): J = [[a1(1 − a1), −a1·a2], [−a2·a1, a2(1 − a2)]] = [[¼, −¼], [−¼, ¼]]
        assertThat(Given.jacobian("softmax", new double[] {1, 1}, 0)).isDeepEqualTo(new double[][] {{0.25, -0.25}, {-0.25, 0.25}});
    }

    @Test
    void everyActivationTheEngineNames_isGiven_equalToTheEnginesToTheLastBit() {
        Random random = new Random(SEED);
        List<double[]> zs = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            double[] z = new double[1 + random.nextInt(6)];
            double scale = Math.pow(10, random.nextInt(6) - 2);
            for (int i = 0; i < z.length; i++) {
                z[i] = random.nextInt(8) == 0 ? EXTREMES[random.nextInt(EXTREMES.length)] : scale * (2 * random.nextDouble() - 1);
            }
            zs.add(z);
        }
        for (double e : EXTREMES) {
            zs.add(new double[] {e});
            zs.add(new double[] {e, -e, 0});
        }
        for (Activation g : Activation.values()) {
            for (String name : List.of(g.name().toLowerCase(Locale.ROOT), g.name(), " " + g.name() + " ")) {
                for (double[] z : zs) {
                    String at = g + " at " + java.util.Arrays.toString(z);
                    assertThat(Given.activate(name, z)).as(at).isEqualTo(g.forward(z));
                    for (Conventions.ReluAtZero r : Conventions.ReluAtZero.values()) {
                        double[][] expected = g.jacobian(z, g.forward(z), new Conventions(r, Conventions.MaxTie.FIRST));
                        assertThat(Given.jacobian(name, z, r.derivative())).as(at + ", ReLU′(0) = " + r).isDeepEqualTo(expected);
                        double[] diagonal = new double[z.length];
                        for (int i = 0; i < z.length; i++) {
                            diagonal[i] = expected[i][i];
                        }
                        assertThat(Given.derivative(name, z, r.derivative())).as(at).isEqualTo(diagonal);
                    }
                }
            }
        }
    }

    @Test
    void atTheExtremes_theStableFormsKeepTheirDigits() {
        // σ(±1e10) = 1, 0 (no NaN from e^1e10); σ′(40) = σ(40)σ(−40) = 4.248e-18 (a(1 − a) would be 0);
        // softmax(1e10, 0) = (1, 0): shifted by max z, e^0 / (e^0 + e^−1e10)
        assertThat(Given.activate("sigmoid", new double[] {1e10, -1e10})).containsExactly(1, 0);
        assertThat(Given.derivative("sigmoid", new double[] {40}, 1)[0]).isCloseTo(4.248354255291589e-18, within(1e-32));
        assertThat(Given.activate("softmax", new double[] {1e10, 0})).containsExactly(1, 0);
        // tanh′(20) = 1/cosh²(20) = 4e^−40/(1 + e^−40)² = 1.6993417021166356e-17 (40-digit decimal arithmetic;
        // 1 − tanh² would be 0)
        assertThat(Given.derivative("tanh", new double[] {20}, 1)[0]).isCloseTo(1.6993417021166356e-17, within(1e-31));
    }

    @Test
    void aNameOrAnArgumentTheEngineRefuses_isRefusedToo() {
        for (String name : new String[] {"softplus", "", null}) {
            assertThatThrownBy(() -> Activation.named(name)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Given.activate(name, new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown activation").hasMessageContaining("identity, sigmoid, tanh, relu, softmax");
        }
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (Activation g : Activation.values()) {
                String name = g.name().toLowerCase(Locale.ROOT);
                assertThatThrownBy(() -> g.forward(new double[] {1, bad})).hasMessage(name + ": z[2] is " + bad);
                assertThatThrownBy(() -> Given.activate(name, new double[] {1, bad})).hasMessage(name + ": z[2] is " + bad);
                assertThatThrownBy(() -> Given.jacobian(name, new double[] {bad}, 1)).hasMessage(name + ": z[1] is " + bad);
            }
        }
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

    /** Random graphs of every kind, with kinks (ReLU at 0, max over tied and repeated arguments): the engine's values. */
    @Test
    void values_equalTheEnginesForwardPass_toTheLastBit() {
        Random random = new Random(SEED);
        String[] kinds = {"ADD", "MULTIPLY", "POWER", "EXP", "LOG", "SIGMOID", "TANH", "RELU", "MAX"};
        int compared = 0;
        int refused = 0;
        for (int n = 0; n < 400; n++) {
            RandomGraph r = new RandomGraph(random, kinds, 2 + random.nextInt(4), 1 + random.nextInt(8));
            double[] expected;
            try {
                expected = r.engineValues();
            } catch (NonFiniteValueException e) {
                assertThatThrownBy(r::givenValues).as(r.toString()).isInstanceOf(ArithmeticException.class)
                        .hasMessageContaining(" is ");
                refused++;
                continue;
            }
            assertThat(r.givenValues()).as(r.toString()).isEqualTo(expected);
            compared++;
        }
        // the seed reaches both branches: most graphs evaluate, some hit ln of a non-positive value
        assertThat(compared).isGreaterThan(250);
        assertThat(refused).isPositive();
    }

    @Test
    void aNodeThatCannotBeEvaluatedNamesItselfAndItsArguments() {
        // ln 0 = −∞: node u2 = log(u1), u1 = 0
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "LOG"}, new int[][] {{}, {0}}, new double[] {0, 0},
                new double[] {0, 0})).isInstanceOf(ArithmeticException.class).hasMessage("Given.values: u2 = log(u1 = 0.0) is -Infinity");
    }

    @Test
    void aMalformedNodeListIsRefused_namingTheNode() {
        String[] leafAndOne = {"INPUT", "SINE"};
        assertThatThrownBy(() -> Given.values(leafAndOne, new int[][] {{}, {0}}, new double[2], new double[2]))
                .hasMessageContaining("u2 has no node kind 'SINE'");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "MULTIPLY"}, new int[][] {{}, {0}}, new double[2],
                new double[2])).hasMessage("Given.values: u2 (MULTIPLY) takes 2 argument(s), not 1");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "EXP"}, new int[][] {{}, {0, 0}}, new double[2],
                new double[2])).hasMessage("Given.values: u2 (EXP) takes 1 argument(s), not 2");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "EXP"}, new int[][] {{}, {1}}, new double[2],
                new double[2])).hasMessage("Given.values: u2's argument 1 is not an earlier node (0 to 0)");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "EXP"}, new int[][] {{}, {-1}}, new double[2],
                new double[2])).hasMessageContaining("argument -1 is not an earlier node");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT"}, new int[][] {{}}, new double[] {Double.NaN},
                new double[1])).hasMessage("Given.values: leaf u1 cannot take NaN");
        assertThatThrownBy(() -> Given.values(new String[] {"INPUT", "POWER"}, new int[][] {{}, {0}}, new double[] {2, 0},
                new double[] {0, Double.POSITIVE_INFINITY})).hasMessage("Given.values: u2's exponent is Infinity");
    }

    /** A random node list and the same graph built in the engine. */
    private static final class RandomGraph {
        final String[] kinds;
        final int[][] arguments;
        final double[] leaves;
        final double[] exponents;

        RandomGraph(Random random, String[] computed, int leafCount, int nodeCount) {
            int n = leafCount + nodeCount;
            kinds = new String[n];
            arguments = new int[n][];
            leaves = new double[n];
            exponents = new double[n];
            for (int i = 0; i < leafCount; i++) {
                kinds[i] = "INPUT";
                arguments[i] = new int[0];
                // a third of the leaves at a kink (0, or tied at 1) or an extreme
                leaves[i] = switch (random.nextInt(6)) {
                    case 0 -> 0.0;
                    case 1 -> 1.0;
                    case 2 -> random.nextBoolean() ? 1e10 : -1e10;
                    default -> 4 * random.nextDouble() - 2;
                };
            }
            for (int i = leafCount; i < n; i++) {
                kinds[i] = computed[random.nextInt(computed.length)];
                int arity = switch (kinds[i]) {
                    case "MULTIPLY" -> 2;
                    case "ADD", "MAX" -> 1 + random.nextInt(3);
                    default -> 1;
                };
                arguments[i] = new int[arity];
                for (int k = 0; k < arity; k++) {
                    // repeated arguments are allowed (a + a, max(a, a)): a tie by construction
                    arguments[i][k] = random.nextInt(i);
                }
                exponents[i] = kinds[i].equals("POWER") ? new double[] {2, 3, -1, 0.5}[random.nextInt(4)] : 1;
            }
        }

        double[] givenValues() {
            return Given.values(kinds, arguments, leaves, exponents);
        }

        double[] engineValues() {
            Graph g = new Graph(Conventions.DOCUMENTS);
            Node[] u = new Node[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                Node[] a = new Node[arguments[i].length];
                for (int k = 0; k < a.length; k++) {
                    a[k] = u[arguments[i][k]];
                }
                String label = "u" + (i + 1);
                u[i] = switch (kinds[i]) {
                    case "INPUT" -> g.input(label, leaves[i]);
                    case "ADD" -> g.add(label, a);
                    case "MULTIPLY" -> g.multiply(label, a[0], a[1]);
                    case "POWER" -> g.power(label, a[0], exponents[i]);
                    case "EXP" -> g.exp(label, a[0]);
                    case "LOG" -> g.log(label, a[0]);
                    case "SIGMOID" -> g.sigmoid(label, a[0]);
                    case "TANH" -> g.tanh(label, a[0]);
                    case "RELU" -> g.relu(label, a[0]);
                    case "MAX" -> g.max(label, a);
                    default -> throw new IllegalStateException(kinds[i]);
                };
            }
            return g.nodes().stream().mapToDouble(Node::value).toArray();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < kinds.length; i++) {
                s.append("u").append(i + 1).append(" = ").append(kinds[i]).append(java.util.Arrays.toString(arguments[i]))
                        .append(arguments[i].length == 0 ? " " + leaves[i] : "").append("; ");
            }
            return s.toString();
        }
    }
}

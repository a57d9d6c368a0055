package backprop.core.graph;

import backprop.core.NonFiniteValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static backprop.core.Allocations.fewestBytesOverRounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static backprop.testing.Tolerance.FEW_ROUNDINGS_NEAR_ONE;

@DisplayName("The scalar computational graph (003, Algorithms 3 and 4)")
class GraphTest {

    /** A few roundings of doubles: e.g. σ(1.5) through five gates against Math.exp directly. */

    @Nested
    @DisplayName("Back-Propagation Example 1: f(x, y, z) = x·y + z at x = 2, y = 3, z = −2")
    class ExampleOne {
        private final Graph g = new Graph();
        private final Node x = g.input("x", 2);
        private final Node y = g.input("y", 3);
        private final Node z = g.input("z", -2);
        private final Node h = g.multiply("h", x, y);
        private final Node f = g.add("f", h, z);

        @Test
        @DisplayName("forward: h = x·y = 6, f = h + z = 4")
        void forward() {
            assertThat(h.value()).isEqualTo(6.0);
            assertThat(f.value()).isEqualTo(4.0);
        }

        @Test
        @DisplayName("backward: ∂f/∂x = y = 3, ∂f/∂y = x = 2, ∂f/∂z = 1, ∂f/∂h = 1")
        void backward() {
            g.backward(f);
            assertThat(x.gradient()).isEqualTo(3.0);
            assertThat(y.gradient()).isEqualTo(2.0);
            assertThat(z.gradient()).isEqualTo(1.0);
            assertThat(h.gradient()).isEqualTo(1.0);
            assertThat(f.gradient()).isEqualTo(1.0);
        }

        @Test
        @DisplayName("the trace lists every arc from the output down: local gradient, upstream gradient, product")
        void trace() {
            BackwardTrace t = g.backwardTraced(f);
            // f = h + z: arcs h → f and z → f, local 1, upstream ∂f/∂f = 1;
            // h = x·y: arcs x → h (local y = 3) and y → h (local x = 2), upstream ∂f/∂h = 1.
            assertThat(t.arcs()).containsExactly(
                    new ArcStep(f, h, 1, 1, 1),
                    new ArcStep(f, z, 1, 1, 1),
                    new ArcStep(h, x, 3, 1, 3),
                    new ArcStep(h, y, 2, 1, 2));
            assertThat(t.output()).isSameAs(f);
        }

        @Test
        @DisplayName("calling backward twice gives the same gradients, not doubled ones")
        void backwardTwice() {
            g.backward(f);
            g.backward(f);
            assertThat(x.gradient()).isEqualTo(3.0);
            assertThat(z.gradient()).isEqualTo(1.0);
        }

        @Test
        @DisplayName("backward from an intermediate node: ∂h/∂x = y, and z, not upstream of h, gets 0")
        void fromIntermediate() {
            g.backward(f);
            g.backward(h);
            assertThat(x.gradient()).isEqualTo(3.0);
            assertThat(y.gradient()).isEqualTo(2.0);
            assertThat(z.gradient()).isZero();
            assertThat(f.gradient()).isZero();
        }

        @Test
        @DisplayName("forward after set re-evaluates: x = 5 gives h = 15, f = 13")
        void forwardAfterSet() {
            x.set(5);
            g.forward();
            assertThat(f.value()).isEqualTo(13.0);
            g.backward(f);
            assertThat(y.gradient()).isEqualTo(5.0);
        }

        @Test
        @DisplayName("a computed node cannot be set; the message names it")
        void setComputed() {
            assertThatThrownBy(() -> h.set(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("'h'");
        }
    }

    @Nested
    @DisplayName("Gate actions on gradients (003)")
    class GateActions {

        @Test
        @DisplayName("\"Add gate\" distributes the same gradient to every input")
        void addDistributes() {
            Graph g = new Graph();
            Node a = g.input("a", 1);
            Node b = g.input("b", -4);
            Node c = g.input("c", 9);
            Node s = g.add("s", a, b, c);
            Node out = g.multiply("out", g.constant(5), s);
            g.backward(out);
            // ∂out/∂s = 5, and the add gate passes 5 to each of a, b, c.
            assertThat(List.of(a.gradient(), b.gradient(), c.gradient())).containsOnly(5.0);
        }

        @Test
        @DisplayName("\"Multiplier gate\" (cross-) switches: ∂(a·b)/∂a = b, ∂(a·b)/∂b = a")
        void multiplySwitches() {
            Graph g = new Graph();
            Node a = g.input("a", 3);
            Node b = g.input("b", -4);
            g.backward(g.multiply("p", a, b));
            assertThat(a.gradient()).isEqualTo(-4.0);
            assertThat(b.gradient()).isEqualTo(3.0);
        }

        @Test
        @DisplayName("\"Max gate\" routes the gradient to the larger input, 0 to the other")
        void maxRoutes() {
            Graph g = new Graph();
            Node z = g.input("z", 2);
            Node w = g.input("w", -1);
            Node out = g.multiply("out", g.constant(2), g.max("m", z, w));
            g.backward(out);
            assertThat(z.gradient()).isEqualTo(2.0);
            assertThat(w.gradient()).isZero();
        }

        @Test
        @DisplayName("at branches, gradients add: g = x·y + x gives ∂g/∂x = y + 1")
        void branchesAdd() {
            Graph g = new Graph();
            Node x = g.input("x", 3);
            Node y = g.input("y", -4);
            Node out = g.add("g", g.multiply("xy", x, y), x);
            g.backward(out);
            assertThat(x.gradient()).isEqualTo(-3.0);
        }
    }

    @Nested
    @DisplayName("Reuse and shared sub-expressions")
    class Reuse {

        @Test
        @DisplayName("b = a + a, c = b + b gives ∂c/∂a = 4")
        void reusedTwice() {
            Graph g = new Graph();
            Node a = g.input("a", 1.5);
            Node b = g.add("b", a, a);
            Node c = g.add("c", b, b);
            g.backward(c);
            assertThat(c.value()).isEqualTo(6.0);
            assertThat(b.gradient()).isEqualTo(2.0);
            assertThat(a.gradient()).isEqualTo(4.0);
        }

        @Test
        @DisplayName("a·a as both arguments of one multiply gives ∂/∂a = 2a")
        void squareByMultiply() {
            Graph g = new Graph();
            Node a = g.input("a", 3);
            g.backward(g.multiply("a·a", a, a));
            assertThat(a.gradient()).isEqualTo(6.0);
        }

        @Test
        @DisplayName("a diamond: b = 2a, c = a², d = b + c gives ∂d/∂a = 2 + 2a")
        void diamond() {
            Graph g = new Graph();
            Node a = g.input("a", 3);
            Node b = g.multiply("b", g.constant(2), a);
            Node c = g.square("c", a);
            Node d = g.add("d", b, c);
            g.backward(d);
            assertThat(d.value()).isEqualTo(15.0);
            assertThat(a.gradient()).isEqualTo(8.0);
        }

        @Test
        @DisplayName("a node that does not reach the output gets gradient 0")
        void unrelatedNode() {
            Graph g = new Graph();
            Node a = g.input("a", 1);
            Node b = g.input("b", 2);
            Node unrelated = g.exp("e^b", b);
            Node out = g.square("out", a);
            g.backward(out);
            assertThat(b.gradient()).isZero();
            assertThat(unrelated.gradient()).isZero();
        }
    }

    @Nested
    @DisplayName("Depth: no recursion anywhere")
    class Depth {

        @Test
        @DisplayName("a chain of 100,000 nodes, u_{i+1} = u_i + 1, runs forward and backward; ∂u_n/∂u_1 = 1")
        void longChain() {
            Graph g = new Graph();
            Node u = g.input("u1", 0);
            Node one = g.constant(1);
            Node x = u;
            for (int i = 2; i <= 100_000; i++) {
                x = g.add("u" + i, x, one);
            }
            g.forward();
            g.backward(x);
            assertThat(x.value()).isEqualTo(99_999.0);
            assertThat(u.gradient()).isEqualTo(1.0);
            // the constant 1 feeds 99,999 adds: its gradient sums them all.
            assertThat(one.gradient()).isEqualTo(99_999.0);
        }

        @Test
        @DisplayName("a chain of 100,000 multiplications by 1 keeps ∂u_n/∂u_1 = 1 and the arc count is 2 per node")
        void longProductChain() {
            Graph g = new Graph();
            Node u = g.input("u1", 2);
            Node one = g.constant(1);
            Node x = u;
            for (int i = 2; i <= 100_000; i++) {
                x = g.multiply("u" + i, x, one);
            }
            g.backward(x);
            assertThat(u.gradient()).isEqualTo(1.0);
            assertThat(g.arcCount()).isEqualTo(2 * 99_999);
        }
    }

    @Nested
    @DisplayName("Direct & indirect effects (003): u2 = u1², u3 = e^(u1 + u2)")
    class Paths {

        @Test
        @DisplayName("the total derivative is the sum over the two paths: e^(u1+u2)(1 + 2u1)")
        void sumOverPaths() {
            Graph g = new Graph();
            Node u1 = g.input("u1", 0.5);
            Node u2 = g.square("u2", u1);
            Node u3 = g.exp("u3", g.add("u1+u2", u1, u2));
            g.backward(u3);
            double expected = Math.exp(0.5 + 0.25) * (1 + 2 * 0.5);
            assertThat(u1.gradient()).isCloseTo(expected, within(FEW_ROUNDINGS_NEAR_ONE * expected));
            PathSum paths = g.paths(u1, u3);
            assertThat(paths.paths()).hasSize(2);
            // direct path u1 → u1+u2 → u3: 1 · e^(u1+u2); indirect u1 → u2 → u1+u2 → u3: 2u1 · 1 · e^(u1+u2)
            assertThat(paths.paths()).extracting(Path::product)
                    .containsExactlyInAnyOrder(Math.exp(0.75), 2 * 0.5 * Math.exp(0.75));
            assertThat(paths.total()).isCloseTo(u1.gradient(), within(FEW_ROUNDINGS_NEAR_ONE * expected));
        }
    }

    @Nested
    @DisplayName("Back-Propagation Example 2: the sigmoid gate, gate by gate")
    class SigmoidGate {

        @Test
        @DisplayName("w0 = −2, x0 = 3, b = 7.5: ∂f/∂x0 = w0·σ'(1.5), ∂f/∂w0 = x0·σ'(1.5); the arcs carry −1/x², e^x and −1")
        void gates() {
            Graph g = new Graph();
            Node w0 = g.parameter("w0", -2);
            Node x0 = g.input("x0", 3);
            Node b = g.parameter("b", 7.5);
            Node u = g.add("u", g.multiply("w0·x0", w0, x0), b);
            Node minusU = g.negate("−u", u);
            Node e = g.exp("e^−u", minusU);
            Node d = g.add("1+e^−u", e, g.constant(1));
            Node f = g.reciprocal("f", d);
            BackwardTrace t = g.backwardTraced(f);
            // σ(1.5) = 1/(1 + e^−1.5); σ'(1.5) = σ(1 − σ), written here from Math.exp, not from the engine.
            double sigma = 1 / (1 + Math.exp(-1.5));
            double sigmaPrime = sigma * (1 - sigma);
            assertThat(x0.gradient()).isCloseTo(-2 * sigmaPrime, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(w0.gradient()).isCloseTo(3 * sigmaPrime, within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(b.gradient()).isCloseTo(sigmaPrime, within(FEW_ROUNDINGS_NEAR_ONE));
            double denominator = 1 + Math.exp(-1.5);
            assertThat(arc(t, "f", "1+e^−u").localGradient())
                    .isCloseTo(-1 / (denominator * denominator), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(arc(t, "e^−u", "−u").localGradient()).isCloseTo(Math.exp(-1.5), within(FEW_ROUNDINGS_NEAR_ONE));
            assertThat(arc(t, "−u", "u").localGradient()).isEqualTo(-1.0);
            assertThat(arc(t, "1+e^−u", "e^−u").localGradient()).isEqualTo(1.0);
        }

        @Test
        @DisplayName("forward and backward allocate nothing once warm: gradients and marks live in the nodes")
        void steadyStateAllocatesNothing() {
            Graph g = new Graph();
            Node w0 = g.parameter("w0", -2);
            Node u = g.add("u", g.multiply("w0·x0", w0, g.input("x0", 3)), g.parameter("b", 7.5));
            Node f = g.reciprocal("f", g.add("1+e^−u", g.exp("e^−u", g.negate("−u", u)), g.constant(1)));
            Runnable step = () -> {
                g.forward();
                g.backward(f);
            };
            for (int warm = 0; warm < 50; warm++) {
                step.run();
            }
            assertThat(fewestBytesOverRounds(step)).isZero();
            assertThat(w0.gradient()).isCloseTo(3 / (2 + 2 * Math.cosh(1.5)), within(FEW_ROUNDINGS_NEAR_ONE));
        }

        private ArcStep arc(BackwardTrace t, String consumer, String argument) {
            return t.arcs().stream()
                    .filter(a -> a.consumer().label().equals(consumer) && a.argument().label().equals(argument))
                    .findFirst().orElseThrow();
        }
    }

    @Nested
    @DisplayName("Bad input gets an error that says what and where")
    class BadInput {

        @Test
        @DisplayName("log of 0 in forward names the node and its argument")
        void logOfZero() {
            Graph g = new Graph();
            Node a = g.input("a", 0);
            assertThatThrownBy(() -> g.log("ln a", a)).isInstanceOf(NonFiniteValueException.class)
                    .hasMessageContaining("forward: node 'ln a' = log(a = 0.0) is -Infinity");
        }

        @Test
        @DisplayName("1/x at x = 0 is refused")
        void reciprocalOfZero() {
            Graph g = new Graph();
            Node a = g.input("a", 0);
            assertThatThrownBy(() -> g.reciprocal("1/a", a)).isInstanceOf(NonFiniteValueException.class)
                    .hasMessageContaining("'1/a'");
        }

        @Test
        @DisplayName("an infinite local gradient in backward (√a at a = 0) names the arc")
        void infiniteLocalGradient() {
            Graph g = new Graph();
            Node a = g.input("a", 0);
            Node root = g.power("√a", a, 0.5);
            assertThat(root.value()).isZero();
            assertThatThrownBy(() -> g.backward(root)).isInstanceOf(NonFiniteValueException.class)
                    .hasMessageContaining("a → √a");
        }

        @Test
        @DisplayName("a value that turns NaN after set is caught by forward, naming the node")
        void nanAfterSet() {
            Graph g = new Graph();
            Node a = g.input("a", 1);
            g.log("ln a", a);
            a.set(-1);
            assertThatThrownBy(g::forward).isInstanceOf(NonFiniteValueException.class).hasMessageContaining("'ln a'");
        }

        @Test
        @DisplayName("NaN cannot be set, a node of another graph cannot be used, a node needs a label")
        void refused() {
            Graph g = new Graph();
            Node a = g.input("a", 1);
            Graph other = new Graph();
            Node foreign = other.input("q", 1);
            assertThatThrownBy(() -> a.set(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'a'");
            assertThatThrownBy(() -> g.add("s", a, foreign)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'q'").hasMessageContaining("another graph");
            assertThatThrownBy(() -> g.exp(" ", a)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("label");
            assertThatThrownBy(() -> g.input("n", Double.POSITIVE_INFINITY))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'n'");
        }
    }
}

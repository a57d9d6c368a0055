package backprop.core.graph;

import backprop.core.NonFiniteValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Graph.paths: every path once, in argument order, linear in what it returns, overflow named")
class PathsTest {

    @Test
    @DisplayName("a chain of 100,000 nodes is one path of 100,000 labels, without a StackOverflowError")
    void longChain_isOnePathThroughEveryNode() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node u = x;
        for (int i = 1; i < 100_000; i++) {
            u = g.add("u" + i, u); // u_i = u_{i−1}: every local gradient is 1
        }
        PathSum sum = g.paths(x, u);
        assertThat(sum.paths()).hasSize(1);
        Path only = sum.paths().get(0);
        assertThat(only.labels()).hasSize(100_000);
        assertThat(only.labels().get(0)).isEqualTo("x");
        assertThat(only.labels().get(1)).isEqualTo("u1");
        assertThat(only.labels().get(99_999)).isEqualTo("u99999");
        assertThat(only.localGradients()).hasSize(99_999).containsOnly(1.0);
        assertThat(sum.total()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a diamond x → {p = 2x, q = 3x} → s = p·q: two paths, in argument order, with their local gradients")
    void diamond_listsBothPathsInArgumentOrder() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node two = g.constant(2);
        Node three = g.constant(3);
        Node p = g.multiply("p", two, x);
        Node q = g.multiply("q", three, x);
        Node s = g.multiply("s", p, q);
        // ∂s/∂p = q = 3, ∂p/∂x = 2; ∂s/∂q = p = 2, ∂q/∂x = 3; ∂s/∂x = 6 + 6 = 12 = d(6x²)/dx at x = 1
        assertThat(g.paths(x, s).paths()).containsExactly(
                new Path(List.of("x", "p", "s"), List.of(2.0, 3.0)),
                new Path(List.of("x", "q", "s"), List.of(3.0, 2.0)));
        assertThat(g.paths(x, s).total()).isEqualTo(12.0);
    }

    @Test
    @DisplayName("branches that never reach the start are not listed; a start created after the output has no path")
    void deadBranchesAndLaterStart_giveNoPath() {
        Graph g = new Graph();
        Node y = g.input("y", 2);
        Node x = g.input("x", 5);
        Node yy = g.multiply("y·y", y, y);   // does not depend on x
        Node s = g.add("s", yy, x, yy);
        Node later = g.input("later", 1);
        assertThat(g.paths(x, s).paths()).containsExactly(new Path(List.of("x", "s"), List.of(1.0)));
        assertThat(g.paths(later, s).paths()).isEmpty();
        assertThat(g.paths(y, x).paths()).isEmpty();
        assertThat(g.paths(y, s).paths()).hasSize(4); // y → y·y twice (a = y and b = y), y·y twice in s
        assertThat(g.paths(s, s).paths()).containsExactly(new Path(List.of("s"), List.of()));
    }

    @Test
    @DisplayName("more than MAX_PATHS paths is refused, naming both ends (a ladder of 17 doublings has 131,072)")
    void tooManyPaths_isRefused() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node u = x;
        for (int i = 1; i <= 17; i++) {
            u = g.add("d" + i, u, u); // every rung doubles the number of paths: 2^17 > 100,000
        }
        Node top = u;
        assertThatThrownBy(() -> g.paths(x, top)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 100000 paths from 'x' to 'd17'");
        // 2^16 = 65,536 paths is within the limit
        assertThat(g.paths(x, g.nodes().get(16)).paths()).hasSize(65_536);
    }

    @Test
    @DisplayName("a path whose product overflows is named: x → x·c → u, with local gradients c = d = 1e200")
    void overflowingPathProduct_namesThePath() {
        Graph g = new Graph();
        Node x = g.input("x", 1e-300);
        Node c = g.constant(1e200);
        Node d = g.constant(1e200);
        Node xc = g.multiply("x·c", x, c);
        Node u = g.multiply("u", xc, d);
        Path path = g.paths(x, u).paths().get(0);
        assertThatThrownBy(path::product).isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("path x → x·c → u").hasMessageContaining("is Infinity");
    }

    @Test
    @DisplayName("a sum of finite path products that overflows is named: x·c + c·x at c = 1e308")
    void overflowingPathSum_namesBothEnds() {
        Graph g = new Graph();
        Node x = g.input("x", 1e-300);
        Node c = g.input("c", 1e308);
        Node out = g.add("out", g.multiply("x·c", x, c), g.multiply("c·x", c, x));
        PathSum sum = g.paths(x, out);
        // each path's product is ∂(x·c)/∂x · 1 = c = 1e308, finite; their sum 2e308 is not
        assertThat(sum.paths()).extracting(Path::product).containsExactly(1e308, 1e308);
        assertThatThrownBy(sum::total).isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("paths from 'x' to 'out': the sum of the 2 path products is Infinity");
    }

    @Test
    @DisplayName("exactly MAX_PATHS = 100,000 = 5^5·2^5 paths are all listed; 100,001 are refused")
    void exactlyMaxPaths_areListed() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node u = x;
        for (int i = 1; i <= 5; i++) {
            u = g.add("q" + i, u, u, u, u, u); // five paths through every rung of five
        }
        for (int i = 1; i <= 5; i++) {
            u = g.add("d" + i, u, u);
        }
        PathSum sum = g.paths(x, u);
        assertThat(sum.paths()).hasSize(Graph.MAX_PATHS);
        assertThat(sum.total()).isEqualTo(100_000.0); // every local gradient of add is 1
        // out = top + x adds the direct path x → out: 100,001, one past the limit, is refused.
        Node out = g.add("out", u, x);
        assertThatThrownBy(() -> g.paths(x, out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than 100000 paths from 'x' to 'out'; use backward instead");
    }

    @Test
    @DisplayName("a branch with 2^60 paths that never reaches the start is not walked: the one real path comes back")
    void exponentialDeadBranch_isNotWalked() {
        Graph g = new Graph();
        Node x = g.input("x", 1);
        Node y = g.input("y", 1);
        Node u = y;
        for (int i = 1; i <= 60; i++) {
            u = g.add("d" + i, u, u); // 2^60 paths from y, none from x
        }
        Node s = g.add("s", u, x);
        assertThat(g.paths(x, s).paths()).containsExactly(new Path(List.of("x", "s"), List.of(1.0)));
    }
}

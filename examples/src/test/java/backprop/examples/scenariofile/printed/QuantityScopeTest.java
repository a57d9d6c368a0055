package backprop.examples.scenariofile.printed;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The names a file's printed values may use: listed in an error, searched for the nearest one. */
@DisplayName("The names of a file's printed values")
class QuantityScopeTest {

    private static QuantityScope network(int[] sizes, int[] biases, Map<String, String> aliases) {
        return new QuantityScope(sizes, biases, 1, 0, Set.of(), aliases);
    }

    @Test
    @DisplayName("a 2-2-1 network's names: the aliases, L, then z, a, δ and W row by row, then b, layer by layer")
    void networkNames() {
        QuantityScope s = network(new int[] {2, 2, 1}, new int[] {0, 2, 1}, Map.of("E", "L"));
        assertThat(s.concrete()).containsExactly("E", "L",
                "z1[1]", "a1[1]", "delta1[1]", "W1[1,1]", "W1[1,2]", "z1[2]", "a1[2]", "delta1[2]", "W1[2,1]", "W1[2,2]",
                "b1[1]", "b1[2]", "z2[1]", "a2[1]", "delta2[1]", "W2[1,1]", "W2[1,2]", "b2");
        assertThat(s.summary()).isEqualTo("L, z1[1..2], a1[1..2], delta1[1..2], W1[1..2,1..2], b1[1..2], z2[1..1],"
                + " a2[1..1], delta2[1..1], W2[1..1,1..2], b2, output[1..1][1..1]; from [names]: E");
        assertThat(network(new int[] {2, 1}, new int[] {0, 1}, Map.of()).summary())
                .isEqualTo("L, z1[1..1], a1[1..1], delta1[1..1], W1[1..1,1..2], b1, output[1..1][1..1]");
    }

    @Test
    @DisplayName("an expression's names: the aliases, f, the inputs")
    void expressionNames() {
        QuantityScope s = ExpressionScopes.of("x*y", Map.of("g", "f"), "x", 1, "y", 2);
        assertThat(s.concrete()).containsExactly("g", "f", "x", "y");
        assertThat(s.summary()).isEqualTo("f, x, y; from [names]: g");
    }

    @Test
    @DisplayName("an expression's node labels: each is a name; the summary lists 12 of them, then how many in all")
    void expressionLabels() {
        QuantityScope twelve = chain(12);
        assertThat(twelve.concrete()).hasSize(2 + 12).contains("n1", "n12").doesNotContain("out");
        assertThat(twelve.summary()).isEqualTo("f, x, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12");
        assertThat(chain(13).summary()).isEqualTo("f, x, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12,"
                + " … (13 nodes in all, as the answer key labels them)");
    }

    @Test
    @DisplayName("up to 5,000 node labels are searched for the nearest; above, only f and the inputs")
    void labelsSearchedUpTo5000() {
        assertThat(chain(5_000).concrete()).hasSize(2 + 5_000);
        assertThat(chain(5_001).concrete()).containsExactly("f", "x");
    }

    @Test
    @DisplayName("an expression's scope without its graph is a programming error, refused")
    void expressionNeedsItsGraph() {
        assertThatThrownBy(() -> new QuantityScope(new int[0], new int[0], 0, 0, Set.of("x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs its graph");
    }

    /** x, then n computed nodes n1 … n(n), each n(i) = n(i−1) + x, and the output "out" = n(n)·2. */
    private static QuantityScope chain(int n) {
        backprop.core.graph.Graph g = new backprop.core.graph.Graph();
        backprop.core.graph.Node x = g.input("x", 1);
        backprop.core.graph.Node last = x;
        for (int i = 1; i <= n; i++) {
            last = g.add("n" + i, last, x);
        }
        backprop.core.graph.Node out = g.multiply("out", last, g.constant(2));
        return new QuantityScope(new int[0], new int[0], 0, 0, Set.of("x"), Map.of(), out);
    }

    @Test
    @DisplayName("up to 5,000 names of z, a, δ, W and b are searched for the nearest; above, only the aliases")
    void searchedUpTo5000() {
        // one layer of 50 neurons on 96 inputs: 3·50 + 50·96 + 50 = 5,000
        assertThat(network(new int[] {96, 50}, new int[] {0, 50}, Map.of("E", "L")).concrete()).hasSize(2 + 5_000);
        // on 97 inputs, 5,050: only the aliases
        assertThat(network(new int[] {97, 50}, new int[] {0, 50}, Map.of("E", "L")).concrete()).containsExactly("E");
        // every layer counts: 1-1 is 5 names, 1-1000 another 5,000
        assertThat(network(new int[] {1, 1, 1000}, new int[] {0, 1, 1000}, Map.of()).concrete()).isEmpty();
    }
}

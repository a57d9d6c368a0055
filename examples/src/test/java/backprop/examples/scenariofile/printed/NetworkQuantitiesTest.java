package backprop.examples.scenariofile.printed;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 21's network forms over a 3-2-2 network, its layer 2 a softmax (every a2 depends on every z2). */
@DisplayName("Issue 21's grammar: dependence in a softmax layer, whole vectors' entries, Hagan's names")
class NetworkQuantitiesTest {
    private static QuantityGrammar grammar(Set<Integer> softmax) {
        return new QuantityGrammar(new QuantityScope(new int[] {3, 2, 2}, new int[] {0, 1, 2}, 1, 0, Set.of(),
                Map.of("n1", "z1", "s", "delta2"), softmax));
    }

    @Test
    @DisplayName("a softmax's a and L[k] depend on every z, W row and b of its layer; an element-wise layer's do not")
    void softmaxCouples() {
        QuantityGrammar softmax = grammar(Set.of(2));
        QuantityGrammar sigmoid = grammar(Set.of());
        for (String q : new String[] {"da2[1]/dz2[2]", "dL[1]/dW2[2,1]", "dL[2]/db2[1]", "dL[1]/dz2[2]"}) {
            assertThat(softmax.parse(q)).as(q).isInstanceOf(PrintedQuantity.Derivative.class);
            assertThatThrownBy(() -> sigmoid.parse(q)).as(q).hasMessageContaining("does not depend on");
        }
        assertThatThrownBy(() -> softmax.parse("dz2[1]/dW2[2,1]")).as("z is before the softmax")
                .hasMessageContaining("does not depend on");
        assertThat(sigmoid.parse("dz1[2]/db1")).as("a shared bias feeds every unit")
                .isEqualTo(new PrintedQuantity.Derivative(new PrintedQuantity.Term(PrintedQuantity.Symbol.Z, 1, 2, 0),
                        new PrintedQuantity.Term(PrintedQuantity.Symbol.B, 1, 1, 0)));
        assertThatThrownBy(() -> sigmoid.parse("dz2[1]/db2")).hasMessageContaining("b2 has 2 entries; name one, b2[1]");
    }

    @Test
    @DisplayName("dL/dz is δ and dL/dW, dL/db keep their rows; s is δ; the new forms' labels")
    void forms() {
        QuantityGrammar g = grammar(Set.of());
        assertThat(g.parse("dL/dz2[1]")).isEqualTo(new PrintedQuantity.Node(PrintedQuantity.Kind.DELTA, 2, 1));
        assertThat(g.parse("s2[2]")).isEqualTo(new PrintedQuantity.Node(PrintedQuantity.Kind.DELTA, 2, 2));
        assertThat(g.parse("dL/dW1[2,3]")).isEqualTo(new PrintedQuantity.WeightGradient(1, 2, 3));
        assertThat(g.parse("F'( z1 )[2, 1]").label()).isEqualTo("F'(z1)[2,1]");
        assertThat(g.parse("W2^T s2[1]").label()).isEqualTo("W2^T delta2[1]");
        assertThat(g.parse("W2ᵀ δ2[1]".replace("ᵀ", "^T")).label()).isEqualTo("W2^T delta2[1]");
        assertThat(g.parse("e[2]").label()).isEqualTo("e[2]");
        assertThat(g.parse("L[1]").label()).isEqualTo("L[1]");
        assertThat(g.parse("x[3]").label()).isEqualTo("x[3]");
        assertThat(g.parse("dL[1]/da1[2]").label()).isEqualTo("∂L[1]/∂a1[2]");
        assertThat(g.parse("∂L/∂x[1]").label()).isEqualTo("∂L/∂x[1]");
        assertThatThrownBy(() -> g.parse("F'(z3)[1,1]")).hasMessageContaining("the layers are 1…2, not 3");
        assertThatThrownBy(() -> g.parse("dL/db2")).hasMessageContaining("b2 names nothing");
    }

    @Test
    @DisplayName("a whole name's entries, row by row, in ours and in the file's words; a number's name has none")
    void wholeEntries() {
        QuantityGrammar g = grammar(Set.of());
        assertThat(g.whole("n1")).extracting(NetworkQuantities.Entry::ours).containsExactly("z1[1]", "z1[2]");
        assertThat(g.whole("n1")).extracting(NetworkQuantities.Entry::written).containsExactly("n1[1]", "n1[2]");
        assertThat(g.whole("s")).extracting(NetworkQuantities.Entry::ours).containsExactly("delta2[1]", "delta2[2]");
        assertThat(g.whole("W1")).hasSize(6).extracting(NetworkQuantities.Entry::ours).startsWith("W1[1,1]",
                "W1[1,2]", "W1[1,3]", "W1[2,1]");
        assertThat(g.whole("W1 after 2 updates")).extracting(NetworkQuantities.Entry::ours).first()
                .isEqualTo("W1[1,1] after 2 updates");
        assertThat(g.whole("dL/dW2")).extracting(NetworkQuantities.Entry::ours).last().isEqualTo("dL/dW2[2,2]");
        assertThat(g.whole("F'(z2)")).extracting(NetworkQuantities.Entry::ours)
                .containsExactly("F'(z2)[1,1]", "F'(z2)[1,2]", "F'(z2)[2,1]", "F'(z2)[2,2]");
        assertThat(g.whole("W2^T delta2")).extracting(NetworkQuantities.Entry::ours)
                .containsExactly("W2^Tdelta2[1]", "W2^Tdelta2[2]");
        assertThat(g.whole("dL/da2")).extracting(NetworkQuantities.Entry::ours)
                .containsExactly("dL/da2[1]", "dL/da2[2]");
        assertThat(g.whole("da1/dz1")).as("a Jacobian is not a form; the grammar refuses it").isNull();
        assertThat(g.whole("da1/dz1[1]")).isNull();
        assertThat(g.whole("e")).hasSize(2);
        assertThat(g.whole("x")).hasSize(3);
        assertThat(g.whole("b2")).hasSize(2);
        assertThat(g.whole("b1")).as("a shared bias is one number already").isNull();
        assertThat(g.whole("z1[1]")).isNull();
        assertThat(g.whole("z3")).isNull();
        assertThat(g.whole("L")).isNull();
        assertThat(g.whole("loss after 1 epoch")).isNull();
        assertThat(grammar(Set.of()).isOurs("z1")).as("a whole name is ours: [names] may map to it").isTrue();
    }
}

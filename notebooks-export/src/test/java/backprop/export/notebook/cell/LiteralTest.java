package backprop.export.notebook.cell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Java source for a cell's values, as javac reads it: array initialisers, doubles as Double.toString writes them. */
class LiteralTest {

    @Test
    void arraysAreArrayCreationExpressions() {
        assertThat(Literal.of(new double[][] {{1, 0.5}, {-2, 1e-10}})).isEqualTo("new double[][] {{1.0, 0.5}, {-2.0, 1.0E-10}}");
        assertThat(Literal.of(new boolean[][] {{true, false}, {}})).isEqualTo("new boolean[][] {{true, false}, {}}");
        assertThat(Literal.of(new int[][] {{0, 1}, {}})).isEqualTo("new int[][] {{0, 1}, {}}");
        assertThat(Literal.of(new String[] {"a", "b\"\n"})).isEqualTo("new String[] {\"a\", \"b\\\"\\n\"}");
    }

    @Test
    void aGradedValueIsADoubleAVectorOrAMatrix() {
        assertThat(Literal.value(2.5)).isEqualTo("2.5");
        assertThat(Literal.value(new double[] {1})).isEqualTo("new double[] {1.0}");
        assertThat(Literal.value(new double[][] {{1}})).isEqualTo("new double[][] {{1.0}}");
        assertThat(Literal.string("x")).isEqualTo("\"x\"");
        assertThatThrownBy(() -> Literal.value("1")).hasMessage("Literal: no Java literal for 1");
    }
}

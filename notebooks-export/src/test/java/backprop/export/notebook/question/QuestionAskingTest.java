package backprop.export.notebook.question;

import backprop.export.notebook.cell.Cell;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A part whose answer is one of its own inputs is not asked, and only the instructor is told")
class QuestionAskingTest {

    private static Question.Part part(String name, Object expected, Map<String, Object> inputs) {
        return new Question.Part(name, "f()", inputs, expected, List.of());
    }

    private static List<String> names(Question q) {
        return q.parts().stream().map(Question.Part::name).toList();
    }

    @Test
    @DisplayName("W after an update by a zero gradient is the given W: left out; a part that computes something stays")
    void equalToAnInput_leftOut() {
        double[][] w = {{0.5, -1}, {2, 3}};
        Question q = Question.asking("q", "the update", 2, "", null, "", List.of(
                part("W(1)", new double[][] {{0.5, -1}, {2, 3}}, Map.of("W", w, "dW", new double[][] {{0, 0}, {0, 0}})),
                part("W(2)", new double[][] {{0.4, -1}, {2, 3}}, Map.of("W", w)),
                part("z(1)", new double[] {1, 2}, Map.of("b", new double[] {1, 2})),
                part("up", 3.0, Map.of("upstream", 3.0)),
                part("local", 2.0, Map.of("args", new double[] {2}))));
        assertThat(names(q)).containsExactly("W(2)", "local");
        assertThat(q.grading()).contains("// not asked: W(1) equals its input W, nothing to compute",
                "// not asked: z(1) equals its input b", "// not asked: up equals its input upstream");
        assertThat(q.key().parts()).containsOnlyKeys("W(2)", "local");
        Cell grade = q.cells().get(q.cells().size() - 1);
        assertThat(grade.student()).doesNotContain("not asked");
    }

    @Test
    @DisplayName("equal within Grade.TOLERANCE·max(1, |v|), and not a hair beyond; another shape or length is never equal")
    void toleranceAndShape() {
        assertThat(Question.equalInput(part("p", 1000.0, Map.of("x", 1000.0 + 0.9e-6)))).isEqualTo("x");
        assertThat(Question.equalInput(part("p", 1000.0, Map.of("x", 1000.0 + 1.1e-6)))).isNull();
        assertThat(Question.equalInput(part("p", 0.0, Map.of("x", 0.9e-9)))).isEqualTo("x");
        assertThat(Question.equalInput(part("p", 0.0, Map.of("x", 1.1e-9)))).isNull();
        assertThat(Question.equalInput(part("p", new double[] {0, 0}, Map.of("x", new double[][] {{0, 0}})))).isNull();
        assertThat(Question.equalInput(part("p", new double[] {0, 0}, Map.of("x", new double[] {0, 0, 0})))).isNull();
        assertThat(Question.equalInput(part("p", new double[] {0, 1}, Map.of("x", new double[] {0, 2})))).isNull();
        assertThat(Question.equalInput(part("p", new double[][] {{1}, {2}}, Map.of("x", new double[][] {{1}})))).isNull();
        assertThat(Question.equalInput(part("p", new double[][] {{1}, {2}}, Map.of("x", new double[][] {{1}, {3}})))).isNull();
        assertThat(Question.equalInput(part("p", 0.0, Map.of("x", new double[] {0})))).isNull();
    }

    @Test
    @DisplayName("a part at a kink (a range) is asked; if every part would go, all stay: the method is still graded")
    void kinkAndAllEqual_stay() {
        Question.Part kink = new Question.Part("∂f/∂z", "f()", Map.of("upstream", 0.0), 0.0, 1.0, List.of());
        Question.Part same = part("b(1)", new double[] {1}, Map.of("b", new double[] {1}));
        assertThat(names(Question.asking("q", "t", 1, "", null, "", List.of(kink, same)))).containsExactly("∂f/∂z");
        Question all = Question.asking("q", "t", 1, "", null, "", List.of(same));
        assertThat(names(all)).containsExactly("b(1)");
        assertThat(all.grading()).doesNotContain("not asked");
    }
}

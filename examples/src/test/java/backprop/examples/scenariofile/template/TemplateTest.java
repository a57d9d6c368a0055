package backprop.examples.scenariofile.template;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Templates: each student's numbers drawn from one file")
class TemplateTest {
    /** String.format in the root locale: the build forbids the default locale's. */
    private static String fill(String text, Object... values) {
        return String.format(java.util.Locale.ROOT, text, values);
    }

    private static final Function<ScenarioFile, Optional<String>> ANY = f -> Optional.empty();
    private static final Path NETWORK_TEMPLATE = Path.of("../variants/templates/exam-network-template.toml");
    private static final Path EXPRESSION_TEMPLATE = Path.of("../variants/templates/exam-expression-template.toml");

    /**
     * A 2-1 sigmoid network whose W1[1,2] is drawn from 0, 0.1, …, 1.6 (17 values), its number {@code w12} written
     * between a comment and an odd layout that a substitution must keep.
     */
    private static String sigmoidTemplate(String w12) {
        return fill("""
                title = "t"
                kind = "network"
                precision = 4

                [template]
                assignment = "a"   # the test vector's assignment

                [draw]
                "W1[1,2]" = { uniform = [0, 1.6], step = 0.1 }

                [network]
                layers = [2, 1]
                activations = ["sigmoid"]

                [[network.layer]]
                weights = [[0.25,   %s],   # W1[1,2] is drawn
                           ]
                biases = [0]

                [example]
                x = [1, 0.5]
                y = [1]

                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """, w12);
    }

    /** A 1-1-1 ReLU network whose input x[1] is drawn from {@code draw}: z1 = x, so x = 0 puts the ReLU at its kink. */
    private static String reluTemplate(String draw, String settings) {
        return fill("""
                title = "t"
                kind = "network"
                precision = 4

                [template]
                assignment = "k"
                %s
                [draw]
                "x[1]" = %s

                [network]
                layers = [1, 1, 1]
                activations = ["relu", "identity"]

                [[network.layer]]
                weights = [[1]]
                biases = [0]

                [[network.layer]]
                weights = [[1]]
                biases = [0]

                [example]
                x = [1]
                y = [1]

                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                """, settings, draw);
    }

    /** An expression template over a and b (1 and 2 in its master), also ExamChecksTest's. */
    static String expressionTemplate(String expression, String draw, String settings) {
        return fill("""
                title = "t"
                kind = "expression"
                precision = 4
                expression = "%s"

                [template]
                assignment = "e"
                %s
                [draw]
                %s

                [inputs]
                a = 1
                b = 2
                """, expression, settings, draw);
    }

    /** Each input as "symbol = value": what a file's numbers are, whatever file they are from. */
    private static List<String> values(ScenarioFile file) {
        return file.scenario().inputs().stream().map(i -> i.symbol() + " = " + i.value()).toList();
    }

    @Nested
    @DisplayName("a student's file")
    class StudentsFile {
        @Test
        @DisplayName("student s1 of assignment a gets W1[1,2] = 0.9: index 9 of 17 by the test vector (sha256sum)")
        void valueByTheTestVector() {
            // the test vector of DrawHashTest: index("a", "s1", 0, "W1[1,2]", 17) = 9; grid point 9 is 0 + 9·0.1
            Drawn drawn = Template.read("t.toml", sigmoidTemplate("-0.2")).draw("s1", ANY);

            assertThat(drawn.values()).containsExactly(java.util.Map.entry("W1[1,2]", "0.9"));
            assertThat(drawn.attempts()).isEqualTo(1);
            assertThat(drawn.rejections()).isEmpty();
        }

        @Test
        @DisplayName("is the template's text with the number replaced, comments and layout kept, under a first line")
        void substitutionKeepsCommentsAndLayout() {
            Drawn drawn = Template.read("folder/t.toml", sigmoidTemplate("-0.2")).draw("s1", ANY);

            assertThat(drawn.text()).isEqualTo("# drawn for student s1 (assignment a, draw 1): from t.toml\n"
                    + sigmoidTemplate("0.9"));
        }

        @Test
        @DisplayName("numbers written any TOML way are found and replaced: +1.5, 1_0, a dotted key, an inline table over lines")
        void numbersWrittenAnyWay() {
            String template = """
                    title = "t"
                    kind = "expression"
                    precision = 4
                    expression = "a*b + c"
                    inputs = {
                      a = +1.5,   # a's comment
                      # a comment line between
                      c = 3, b = 1_0,
                    }

                    [template]
                    assignment = "a"

                    [draw]
                    a = { set = [7] }
                    b = { set = [8] }
                    c = { set = [-9] }
                    """;
            String dotted = template.replace("inputs = {\n  a = +1.5,   # a's comment\n  # a comment line between\n"
                    + "  c = 3, b = 1_0,\n}\n", "").replace("[template]",
                    "inputs.a = +1.5 # kept\ninputs.b=1_0\ninputs.c = 0x10\n\n[template]");

            assertThat(Template.read("t.toml", template).draw("s1", ANY).text())
                    .contains("inputs = {\n  a = 7,   # a's comment\n  # a comment line between\n  c = -9, b = 8,\n}\n");
            assertThat(Template.read("t.toml", dotted).draw("s1", ANY).text())
                    .contains("inputs.a = 7 # kept\ninputs.b=8\ninputs.c = -9\n");
        }

        @Test
        @DisplayName("reads as any file, with the template's id and the drawn number in its network")
        void readsAsAnyFile() {
            Template template = Template.read("t.toml", sigmoidTemplate("-0.2"));
            Drawn drawn = template.draw("s1", ANY);

            assertThat(drawn.file().id()).isEqualTo(template.master().id()).isEqualTo("t");
            assertThat(ExamFile.read("t.toml", drawn.text()).text()).isEqualTo(drawn.text());
            assertThat(drawn.file().scenario().inputs().toString()).contains("0.9");
            assertThat(template.master().scenario().inputs().toString()).contains("-0.2");
        }

        @Test
        @DisplayName("is the same on every draw: same template and student, same text")
        void deterministic() {
            String first = Template.read(NETWORK_TEMPLATE).draw("s-17", ANY).text();
            String again = Template.read(NETWORK_TEMPLATE).draw("s-17", ANY).text();

            assertThat(again).isEqualTo(first);
        }

        @Test
        @DisplayName("does not change when other students are drawn, and differs from theirs")
        void otherStudentsChangeNothing() {
            Template template = Template.read(NETWORK_TEMPLATE);
            String alone = template.draw("s1", ANY).text();
            String other = template.draw("s2", ANY).text();

            assertThat(template.draw("s1", ANY).text()).isEqualTo(alone);
            assertThat(other.substring(other.indexOf('\n'))).isNotEqualTo(alone.substring(alone.indexOf('\n')));
        }

        @Test
        @DisplayName("an entry added to [draw] changes no other entry's value")
        void anAddedDrawChangesNoOtherEntry() {
            String one = sigmoidTemplate("-0.2");
            String two = one.replace("step = 0.1 }\n", "step = 0.1 }\n\"x[2]\" = { set = [0.5, 1.5] }\n");
            Drawn before = Template.read("t.toml", one).draw("s1", ANY);
            Drawn after = Template.read("t.toml", two).draw("s1", ANY);

            assertThat(after.values()).containsKey("x[2]");
            assertThat(after.values().get("W1[1,2]")).isEqualTo(before.values().get("W1[1,2]"));
        }
    }

    @Nested
    @DisplayName("the template")
    class TheTemplate {
        @Test
        @DisplayName("names every drawn entry, a whole W row by row, in the [draw] table's order")
        void entries() {
            assertThat(Template.read(NETWORK_TEMPLATE).entries()).containsExactly("W1[1,1]", "W1[1,2]", "W1[2,1]",
                    "W1[2,2]", "W2[1,1]", "W2[1,2]", "W2[2,1]", "W2[2,2]", "W2[3,1]", "W2[3,2]", "b1[1]", "b2[1]", "x[1]",
                    "x[2]");
            assertThat(Template.read(EXPRESSION_TEMPLATE).entries()).containsExactly("w0", "x0", "b");
        }

        @Test
        @DisplayName("an entry written with a space, \"W1[1, 2]\", is the entry W1[1,2]")
        void entryNameWithASpace() {
            String spaced = sigmoidTemplate("-0.2").replace("\"W1[1,2]\" =", "\"W1[1, 2]\" =");
            assertThat(Template.read("t.toml", spaced).entries()).containsExactly("W1[1,2]");
            assertThat(Template.read("t.toml", spaced).draw("s1", ANY).values()).containsEntry("W1[1,2]", "0.9");
        }

        @Test
        @DisplayName("reads its master with the numbers it writes, as the main command's --variant does")
        void master() throws java.io.IOException {
            Template template = Template.read(NETWORK_TEMPLATE);
            // exam-network.toml with a third output (the template's header says why): its row of W2 and its target
            ScenarioFile plain = ExamFile.read("exam-network.toml", Files.readString(Path.of("../variants/exam-network.toml"),
                    StandardCharsets.UTF_8).replace("layers = [2, 2, 2]", "layers = [2, 2, 3]")
                    .replace("[[0.7, -0.5],", "[[0.7, -0.5], [0.1, -0.3],").replace("y = [0, 1]", "y = [0, 1, 0]"));

            assertThat(template.assignment()).isEqualTo("exam-network-2026");
            assertThat(values(template.master())).isEqualTo(values(plain)).contains("x = [1, 2]", "y = [0, 1, 0]");
            assertThat(ExamFile.read(NETWORK_TEMPLATE).id()).isEqualTo("exam-network-template");
        }

        @Test
        @DisplayName("a file without [template] and [draw] is no template")
        void notATemplate() {
            assertThatThrownBy(() -> Template.read(Path.of("../variants/exam-network.toml")))
                    .isInstanceOf(ScenarioFileException.class)
                    .hasMessage("../variants/exam-network.toml:1: not a template: it has no [template] and [draw]"
                            + " tables (see variants/README.md, \"Templates\")");
        }

        @Test
        @DisplayName("a student id with a control character (a NUL would split the hashed message) is refused")
        void studentIds() {
            Template template = Template.read("t.toml", sigmoidTemplate("-0.2"));

            assertThatThrownBy(() -> template.draw("s\0" + "1", ANY)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> template.draw("s\n1", ANY)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> template.draw(" ", ANY)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("a draw that makes a bad exam is drawn again")
    class Checks {
        @Test
        @DisplayName("a ReLU at z = 0 for some draws: those are drawn again, and no student keeps x = 0")
        void kinkRedrawn() {
            Template template = Template.read("t.toml", reluTemplate("{ set = [-1, 0, 1] }", ""));
            int redrawn = 0;
            for (int s = 0; s < 30; s++) {
                Drawn drawn = template.draw("s" + s, ANY);
                assertThat(drawn.values().get("x[1]")).isNotEqualTo("0");
                assertThat(drawn.attempts()).isEqualTo(drawn.rejections().size() + 1);
                for (int i = 0; i < drawn.rejections().size(); i++) {
                    assertThat(drawn.rejections().get(i))
                            .isEqualTo("draw " + (i + 1) + ": ReLU unit 1 of layer 1 at z = 0 (a kink)");
                    redrawn++;
                }
            }
            // a third of 30 students' first draws hit 0, unless SHA-256 is far from uniform
            assertThat(redrawn).isPositive();
        }

        @Test
        @DisplayName("a template whose every draw puts a ReLU at its kink is refused at [draw], naming the student")
        void alwaysAtTheKink() {
            Template template = Template.read("t.toml", reluTemplate("{ set = [0, 0.005] }", "max_draws = 5\n"));

            assertThatThrownBy(() -> template.draw("s1", ANY)).isInstanceOf(ScenarioFileException.class)
                    .hasMessage("t.toml:9: student s1: all 5 draws were refused; the commonest reason (5 of 5): ReLU"
                            + " unit 1 of layer 1 at its kink; widen the ranges, exclude the values that cause it, or"
                            + " raise template.max_draws");
        }

        @Test
        @DisplayName("|z| below kink_margin is refused, |z| equal to it is kept")
        void kinkMargin() {
            Drawn near = null;
            Template template = Template.read("t.toml", reluTemplate("{ set = [0.005, 0.01] }",
                    "kink_margin = 0.01\n"));
            for (int s = 0; s < 20 && (near == null || near.rejections().isEmpty()); s++) {
                near = template.draw("s" + s, ANY);
                assertThat(near.values().get("x[1]")).isEqualTo("0.01");
            }
            assertThat(near.rejections()).first().asString()
                    .isEqualTo("draw 1: ReLU unit 1 of layer 1 at z = 0.005, within kink_margin 0.01 of its kink");
            assertThat(Template.read("t.toml", reluTemplate("{ set = [0.005] }", "kink_margin = 0.005\n"))
                    .draw("s1", ANY).attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("a saturated sigmoid (g'(10) = 4.5e-5) is refused; g'(2) = 0.105 is kept")
        void saturation() {
            // z = 0.25·x: x = 40 gives z = 10, x = 8 gives z = 2. σ(10) = 0.9999546, σ'(10) = σ(1 − σ) = 4.54e-5 < 0.01; σ'(2) = 0.8808·0.1192 = 0.105 (by hand)
            String saturated = sigmoidTemplate("0").replace("\"W1[1,2]\" = { uniform = [0, 1.6], step = 0.1 }",
                    "\"x[1]\" = { set = [40] }");
            String template = saturated.replace("assignment = \"a\"", "assignment = \"a\"\nmax_draws = 3");
            assertThatThrownBy(() -> Template.read("t.toml", template).draw("s1", ANY))
                    .hasMessageContaining("the commonest reason (3 of 3): sigmoid unit 1 of layer 1 saturated");
            String fine = template.replace("set = [40]", "set = [8]");
            assertThat(Template.read("t.toml", fine).draw("s1", ANY).attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("min_slope 0 keeps even a slope of exactly 0 (σ(40) is 1.0 in doubles): the bound is 'at least'")
        void slopeBoundIsInclusive() {
            String template = fill(sigmoidTemplate("0").replace("\"W1[1,2]\" = { uniform = [0, 1.6], step = 0.1 }",
                    "\"x[1]\" = { set = [160] }").replace("assignment = \"a\"", "assignment = \"a\"%nmin_slope = 0"));
            assertThat(Template.read("t.toml", template).draw("s1", ANY).attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("each activation's own slope: at 1.5, tanh' = 0.181 is kept and σ' = 0.149 refused at min_slope 0.15")
        void eachActivationsSlope() {
            // by hand: tanh(1.5) = 0.9051, 1 − 0.9051² = 0.1807; σ(1.5) = 0.8176, 0.8176·0.1824 = 0.1491
            assertThat(Template.read("t.toml", expressionTemplate("tanh(a) + b", "a = { set = [1.5] }",
                    "min_slope = 0.15\n")).draw("s1", ANY).attempts()).isEqualTo(1);
            assertThatThrownBy(() -> Template.read("t.toml", expressionTemplate("sigmoid(a) + b", "a = { set = [1.5] }",
                    "min_slope = 0.15\nmax_draws = 1\n")).draw("s1", ANY))
                    .hasMessageContaining("(1 of 1): sigmoid(a) saturated");
        }

        @Test
        @DisplayName("max's two largest arguments 0.5 apart are kept at kink_margin 0.5, refused at 0.6")
        void maxGapBound() {
            String draw = "a = { set = [2.5] }";
            assertThat(Template.read("t.toml", expressionTemplate("max(a, b, 0)", draw, "kink_margin = 0.5\n"))
                    .draw("s1", ANY).attempts()).isEqualTo(1);
            assertThatThrownBy(() -> Template.read("t.toml", expressionTemplate("max(a, b, 0)", draw,
                    "kink_margin = 0.6\nmax_draws = 1\n")).draw("s1", ANY))
                    .hasMessageContaining("(1 of 1): max(a, b, 0) at a tie");
        }

        @Test
        @DisplayName("every example is checked: a ReLU at its kink on the second example is refused, naming it")
        void everyExample() {
            // z = 1·x + b with b = 1: x = 1 gives z = 2, x = −1 gives z = 0
            String template = reluTemplate("{ set = [1] }", "max_draws = 2\n")
                    .replace("\"x[1]\" = { set = [1] }", "b1 = { set = [1] }")
                    .replace("[example]\nx = [1]\ny = [1]", "[[example]]\nx = [1]\ny = [1]\n\n[[example]]\nx = [-1]\ny = [0]");
            assertThatThrownBy(() -> Template.read("t.toml", template).draw("s1", ANY))
                    .hasMessageContaining("(2 of 2): example 2: ReLU unit 1 of layer 1 at its kink");
        }

        @Test
        @DisplayName("of two reasons as common, the refusal names the one met first")
        void commonestTieGoesToTheFirst() {
            // a = 2: max(2, 2) is a tie; a = 3: relu(3 − 3) is at its kink. Each draw meets one of them.
            String expression = "max(a, b) + relu(a - 3)";
            int split = 0;
            for (int s = 0; s < 30; s++) {
                String student = "s" + s;
                String first = refusal(expression, "max_draws = 1\n", student);
                String both = refusal(expression, "max_draws = 2\n", student);
                if (both.contains("(1 of 2)")) {
                    split++;
                    assertThat(reason(both)).isEqualTo(reason(first));
                }
            }
            assertThat(split).as("students whose two draws met different reasons").isPositive();
        }

        private String refusal(String expression, String settings, String student) {
            Template template = Template.read("t.toml", expressionTemplate(expression, "a = { set = [2, 3] }",
                    settings));
            return org.assertj.core.api.Assertions.catchThrowable(() -> template.draw(student, ANY)).getMessage();
        }

        /** The reason a refusal names, after "(k of n): ". */
        private String reason(String refusal) {
            String after = refusal.substring(refusal.indexOf("): ") + 3);
            return after.substring(0, after.indexOf(';'));
        }

        @Test
        @DisplayName("the caller's check: refused twice, the third draw is kept, and the reasons are listed")
        void callersCheck() {
            AtomicInteger calls = new AtomicInteger();
            Drawn drawn = Template.read(NETWORK_TEMPLATE).draw("s1", f -> calls.incrementAndGet() <= 2
                    ? Optional.of("slips LOSS_CONSTANT and SIGN_FLIPPED give one answer") : Optional.empty());

            assertThat(drawn.attempts()).isEqualTo(3);
            assertThat(drawn.rejections()).containsExactly(
                    "draw 1: slips LOSS_CONSTANT and SIGN_FLIPPED give one answer",
                    "draw 2: slips LOSS_CONSTANT and SIGN_FLIPPED give one answer");
            assertThat(drawn.text()).startsWith("# drawn for student s1 (assignment exam-network-2026, draw 3): from"
                    + " exam-network-template.toml\n");
        }

        @Test
        @DisplayName("a draw its file's reader refuses (η = 0) is a rejection with the reader's reason")
        void unreadableDraw() {
            String template = sigmoidTemplate("-0.2").replace("\"W1[1,2]\" = { uniform = [0, 1.6], step = 0.1 }",
                    "learning_rate = { set = [0, 0.5] }");
            Drawn drawn = null;
            for (int s = 0; s < 20 && (drawn == null || drawn.rejections().isEmpty()); s++) {
                drawn = Template.read("t.toml", template).draw("s" + s, ANY);
                assertThat(drawn.values().get("learning_rate")).isEqualTo("0.5");
            }
            assertThat(drawn.rejections()).first().asString()
                    .startsWith("draw 1: the drawn file is refused at line 27: training.learning_rate");
        }

        @Test
        @DisplayName("an expression: max(a, b) at a tie and relu(a) at 0 are refused")
        void expressionKinks() {
            assertThatThrownBy(() -> Template.read("t.toml", expressionTemplate("max(a, b)", "a = { set = [2] }",
                    "max_draws = 2\n")).draw("s1", ANY)).hasMessageContaining("(2 of 2): max(a, b) at a tie");
            assertThatThrownBy(() -> Template.read("t.toml", expressionTemplate("relu(a) + b", "a = { set = [0] }",
                    "max_draws = 2\n")).draw("s1", ANY)).hasMessageContaining("(2 of 2): relu(a) at its kink");
            assertThatThrownBy(() -> Template.read("t.toml", expressionTemplate("tanh(a) + b", "a = { set = [9] }",
                    "max_draws = 2\n")).draw("s1", ANY)).hasMessageContaining("(2 of 2): tanh(a) saturated");
            assertThat(Template.read("t.toml", expressionTemplate("max(a, b) + relu(a) + tanh(a)",
                    "a = { set = [1.5] }", "")).draw("s1", ANY).attempts()).isEqualTo(1);
        }

        @Test
        @DisplayName("the example templates draw 40 students each, every kept draw free of kinks and saturation")
        void exampleTemplates() {
            for (Path file : List.of(NETWORK_TEMPLATE, EXPRESSION_TEMPLATE)) {
                Template template = Template.read(file);
                for (int s = 0; s < 40; s++) {
                    Drawn drawn = template.draw("student-" + s, ANY);
                    assertThat(drawn.values().keySet()).containsExactlyElementsOf(template.entries());
                    assertThat(drawn.attempts()).isLessThanOrEqualTo(100);
                }
            }
        }
    }
}

package backprop.examples.scenariofile;

import backprop.core.function.Activation;
import backprop.core.function.Loss;
import backprop.core.graph.Conventions;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DisplayName("Exam-variant scenario files")
class ExamFileTest {

    private static final String NETWORK = ScenarioTexts.NETWORK;

    private static Map<String, Double> derived(ScenarioResult r) {
        return r.derived().stream().collect(Collectors.toMap(Derived::name, Derived::value));
    }

    @Nested
    @DisplayName("read and computed")
    class Reading {

        @Test
        @DisplayName("the example files in variants/ read and compute")
        void exampleFiles() {
            for (String f : new String[] {"../variants/exam-network.toml", "../variants/exam-expression.toml"}) {
                ScenarioFile c = ExamFile.read(Path.of(f));
                assertThat(c.scenario().compute().derived()).isNotEmpty();
            }
        }

        @Test
        @DisplayName("a network variant's gradients are core's Network.backward on the same network built by hand")
        void networkMatchesCore() {
            ScenarioFile c = ExamFile.read("n.toml", NETWORK);
            assertThat(c.id()).isEqualTo("n");
            Map<String, Double> d = derived(c.scenario().compute());
            Network byHand = new Network(List.of(
                    new DenseLayer(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[] {0.5, -0.5},
                            BiasLayout.PER_NEURON, Activation.SIGMOID),
                    new DenseLayer(new double[][] {{0.7, -0.6}}, new double[] {0.05}, BiasLayout.PER_NEURON,
                            Activation.IDENTITY)));
            BackwardPass b = byHand.backward(new Example(new double[] {1, 2}, new double[] {0.5}),
                    Method.standard(Loss.HALF_SUM_SQUARED_ERROR, Conventions.LIBRARIES));
            // The same engine on the same numbers: equal to the bit.
            assertThat(d.get("variant.n.dL_dW1[2,1]")).isEqualTo(b.gradients().weight(1).get(1, 0));
            assertThat(d.get("variant.n.dL_db2")).isEqualTo(b.gradients().bias(2)[0]);
            assertThat(d.get("variant.n.L")).isEqualTo(b.gradients().loss());
            // one update: W ← W − 0.1·∂L/∂W
            assertThat(d.get("variant.n.W2[1,1]_new")).isEqualTo(0.7 - 0.1 * b.gradients().weight(2).get(0, 0));
        }

        @Test
        @DisplayName("decimals = N prints N digits after the point; precision = N, N significant digits")
        void decimalsOrPrecision() {
            assertThat(ExamFile.read("n.toml", NETWORK).precision()).isEqualTo(Precision.significant(4));
            assertThat(ExamFile.read("n.toml", NETWORK.replace("precision = 4", "decimals = 3")).precision())
                    .isEqualTo(Precision.decimals(3));
        }

        @Test
        @DisplayName("x*y + z: ∂f/∂x = y, ∂f/∂y = x, ∂f/∂z = 1 (003, Example 1)")
        void expressionExampleOne() {
            Map<String, Double> d = derived(ExamFile.read("e.toml", """
                    title = "e"
                    kind = "expression"
                    precision = 2
                    expression = "x*y + z"
                    [inputs]
                    x = 2
                    y = 3
                    z = -2
                    """).scenario().compute());
            assertThat(d).containsEntry("variant.e.f", 4.0).containsEntry("variant.e.df_dx", 3.0)
                    .containsEntry("variant.e.df_dy", 2.0).containsEntry("variant.e.df_dz", 1.0);
        }

        @Test
        @DisplayName("TOML 1.1: an inline table over several lines, with a trailing comma, reads as on one line")
        void tomlOnePointOne() {
            String oneLine = """
                    title = "e"
                    kind = "expression"
                    precision = 2
                    expression = "x*y + z"
                    inputs = { x = 2, y = 3, z = -2 }
                    """;
            String severalLines = """
                    title = "e"
                    kind = "expression"
                    precision = 2
                    expression = "x*y + z"
                    inputs = {
                        x = 2,  # 003, Example 1
                        y = 3,
                        z = -2,
                    }
                    """;
            assertThat(derived(ExamFile.read("e.toml", severalLines).scenario().compute()))
                    .isEqualTo(derived(ExamFile.read("e.toml", oneLine).scenario().compute()))
                    .containsEntry("variant.e.df_dx", 3.0);
        }

        @Test
        @DisplayName("003's sigmoid gate at w0 = −2, x0 = 3, b = 7.5: ∂f/∂w0 = x0·σ'(1.5)")
        void sigmoidGate() {
            Map<String, Double> d = derived(ExamFile.read("s.toml", """
                    title = "s"
                    kind = "expression"
                    precision = 2
                    expression = "1/(1+exp(-(w0*x0+b)))"
                    parameters = ["w0", "b"]
                    [inputs]
                    w0 = -2
                    x0 = 3
                    b = 7.5
                    """).scenario().compute());
            double sigma = 1 / (1 + Math.exp(-1.5));
            assertThat(d.get("variant.s.df_dw0")).isCloseTo(3 * sigma * (1 - sigma), within(1e-15));
        }

        @ParameterizedTest(name = "{0} = {1}", quoteTextArguments = false)
        @CsvSource(delimiter = ';', value = {"2+3*4^2; 50", "-2^2; -4", "(-2)^2; 4", "2^-1; 0.5", "-x + 1; -2",
                "max(x, 1, 2*x); 6", "sqrt(x^2 + 7); 4", "x*x + x*x; 18", "8/4/2; 1", "2-3-4; -5"})
        @DisplayName("precedence: ^ binds tighter than unary minus, * and / left to right")
        void precedence(String expression, double expected) {
            Map<String, Double> d = derived(ExamFile.read("p.toml", "title = \"p\"\nkind = \"expression\"\nprecision = 2\n"
                    + "expression = \"" + expression + "\"\n[inputs]\n" + (expression.contains("x") ? "x = 3\n" : ""))
                    .scenario().compute());
            assertThat(d.get("variant.p.f")).isCloseTo(expected, within(1e-12));
        }
    }

    @Nested
    @DisplayName("a malformed file gets an error naming the file, the line and what is wrong")
    class Errors {

        private void fails(String text, int line, String... problem) {
            fails(text, Integer.toString(line), problem);
        }

        /** {@code place} is LINE or LINE:COLUMN, the column counted in the file's line. */
        private void fails(String text, String place, String... problem) {
            assertThatThrownBy(() -> ExamFile.read("bad.toml", text)).isInstanceOf(ScenarioFileException.class)
                    .hasMessageStartingWith("bad.toml:" + place + ": ").hasMessageContainingAll(problem);
        }

        private static String replace(String from, String to) {
            assertThat(NETWORK).contains(from);
            return NETWORK.replace(from, to);
        }

        @Test
        @DisplayName("unknown activation, with the known ones")
        void unknownActivation() {
            fails(replace("\"identity\"", "\"swish\""), 7, "layer 2", "unknown activation 'swish'", "sigmoid");
        }

        @Test
        @DisplayName("a weight matrix of the wrong shape")
        void wrongShape() {
            fails(replace("[[0.7, -0.6]]", "[[0.7, -0.6, 0.1]]"), 15, "layer 2: weights are 1×3",
                    "need 1×2");
        }

        @Test
        @DisplayName("ragged rows")
        void ragged() {
            fails(replace("[[0.1, 0.2], [0.3, 0.4]]", "[[0.1, 0.2], [0.3]]"), 11, "row 2 has 1 entries, row 1 has 2");
        }

        @Test
        @DisplayName("biases of the wrong length for the layout")
        void biases() {
            fails(replace("biases = [0.5, -0.5]", "biases = [0.5]"), 12, "layer 1: biases have 1 entries",
                    "per_neuron needs 2");
        }

        @Test
        @DisplayName("a missing target")
        void missingTarget() {
            fails(replace("y = [0.5]\n", ""), 18, "missing target", "y");
        }

        @Test
        @DisplayName("x of the wrong length")
        void wrongInput() {
            fails(replace("x = [1, 2]", "x = [1, 2, 3]"), 19, "example.x has 3 entries", "input layer has 2");
        }

        @Test
        @DisplayName("a value that is not a number")
        void notANumber() {
            fails(replace("learning_rate = 0.1", "learning_rate = \"fast\""), 24, "learning_rate must be a number",
                    "\"fast\"");
            fails(replace("[[0.1, 0.2], [0.3, 0.4]]", "[[0.1, \"a\"], [0.3, 0.4]]"), 11, "weights[1][2] must be a number");
        }

        @Test
        @DisplayName("NaN and infinity")
        void nonFinite() {
            fails(replace("x = [1, 2]", "x = [nan, 2]"), 19, "example.x[1] is NaN");
            fails(replace("y = [0.5]", "y = [inf]"), 20, "example.y[1] is Infinity");
        }

        @Test
        @DisplayName("unknown loss, and precision out of range")
        void lossAndPrecision() {
            fails(replace("\"half_sum_squared_error\"", "\"hinge\""), 23, "unknown loss 'hinge'");
            fails(replace("precision = 4", "precision = 30"), 3, "precision must be 1 to 17");
        }

        @Test
        @DisplayName("a TOML syntax error, at its line")
        void syntax() {
            fails(replace("[example]", "[example"), "18:9", "not valid TOML");
        }

        @Test
        @DisplayName("an unknown kind")
        void kind() {
            fails(replace("kind = \"network\"", "kind = \"tree\""), 2, "unknown kind 'tree'", "network, expression");
        }

        @Test
        @DisplayName("an expression syntax error, an unknown name and an unknown function, each with its column")
        void expression() {
            // 'expression = "' is 14 characters: the expression's column c is the line's column 14 + c.
            String head = "title = \"e\"\nkind = \"expression\"\nprecision = 2\n";
            fails(head + "expression = \"x * (y + \"\n[inputs]\nx = 1\ny = 2\n", "4:24", "a value is expected");
            fails(head + "expression = \"x * q\"\n[inputs]\nx = 1\n", "4:19", "unknown name 'q'");
            fails(head + "expression = \"cosh(x)\"\n[inputs]\nx = 1\n", "4:15", "unknown function 'cosh'");
        }

        @Test
        @DisplayName("precision and decimals together, at the line of decimals")
        void precisionAndDecimals() {
            fails(replace("precision = 4", "precision = 4\ndecimals = 2"), 4,
                    "precision and decimals are alternatives; give one");
        }

        @Test
        @DisplayName("a title of 200 characters is read, one of 201 is refused")
        void titleLength() {
            String title = "t".repeat(Limits.MAX_TITLE_LENGTH);
            assertThat(ExamFile.read("n.toml", replace("title = \"t\"", "title = \"" + title + "\"")).title())
                    .isEqualTo(title);
            fails(replace("title = \"t\"", "title = \"" + title + "x\""), 1,
                    "title has 201 characters; the limit is 200");
        }

        @Test
        @DisplayName("an id: 1 to 64 letters, digits, '.', '_', '-', no '..' and no '.' at the end")
        void idRules() {
            assertThat(ExamFile.idProblem("a".repeat(Limits.MAX_ID_LENGTH))).isNull();
            assertThat(ExamFile.idProblem("v1.2_b-c")).isNull();
            assertThat(ExamFile.idProblem("a".repeat(Limits.MAX_ID_LENGTH + 1))).isEqualTo("must have 1 to 64 characters");
            assertThat(ExamFile.idProblem("")).isEqualTo("must have 1 to 64 characters");
            for (String id : new String[] {"a..b", "a.", "-a", "a/b"}) {
                assertThat(ExamFile.idProblem(id)).as(id).startsWith("must be letters, digits");
            }
            assertThat(ExamFile.idProblem("Nul.txt")).isEqualTo("is a device name on Windows");
        }

        @Test
        @DisplayName("a bad id says whether the file gave it or its name did")
        void idSource() {
            // the file's own id: the message starts with it ("the file name gives the id 'a..b'" contains it too)
            assertThatThrownBy(() -> ExamFile.read("bad.toml", replace("precision = 4", "precision = 4\nid = \"a..b\"")))
                    .hasMessageStartingWith("bad.toml:4: id 'a..b', which must be letters");
            assertThatThrownBy(() -> ExamFile.read("a..b.toml", NETWORK)).hasMessageStartingWith("a..b.toml:1: the file"
                    + " name gives the id 'a..b', which must be letters").hasMessageEndingWith("at the end; rename the"
                    + " file or give id = \"…\"");
            assertThatThrownBy(() -> ExamFile.read("bad.toml", replace("precision = 4", "precision = 4\nid = \"a..b\"")))
                    .hasMessageEndingWith("no '.' at the end");
        }

        @Test
        @DisplayName("a value that overflows when evaluated")
        void overflow() {
            fails("title = \"o\"\nkind = \"expression\"\nprecision = 2\nexpression = \"exp(x)\"\n[inputs]\nx = 1000\n", "4:15",
                    "does not evaluate", "exp(x)");
        }
    }
}

package backprop.export.variant;

import backprop.core.graph.Conventions;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The steps shown are the steps taken: the gradient each update used, ∂J/∂W = ∂L/∂W + 2λW and J = L + λ‖ω‖²,
 * the velocity under momentum, and the conventions in force. Every expectation is recomputed here by hand,
 * with plain loops over doubles, and every printed number is read back from the Markdown and compared with it
 * to half a unit of its last printed digit (precision = 4: four significant figures).
 */
@DisplayName("The update the answer key shows is the update taken")
class UpdateStepsTest {
    /** A variant's chapter, as the main command makes it from the file read. */
    private static Chapter read(String name, String text) {
        return Chapter.of(ExamFile.read(name, text));
    }

    private static String render(String toml) {
        Chapter c = read("steps.toml", toml);
        return AnswerKeyMarkdown.render(c, Worked.of(c));
    }

    /** A 2-2-2 sigmoid network, per-neuron biases, sum of squared errors; training lines appended. */
    private static String network(double[][] w1, double[] x, String training) {
        return String.format(Locale.ROOT, """
                title = "steps"
                kind = "network"
                precision = 4
                [network]
                layers = [2, 2, 2]
                activations = ["sigmoid", "sigmoid"]
                [[network.layer]]
                weights = %s
                biases = [0.1, 0.1]
                [[network.layer]]
                weights = [[0.7, -0.5], [0.2, 0.4]]
                biases = [0.2, 0.2]
                [example]
                x = [%s, %s]
                y = [0, 1]
                [training]
                loss = "sum_squared_error"
                """, toml(w1), x[0], x[1]) + training;
    }

    /** One neuron a = g(w·x + b), w = 0.5, b = 0, x = 2, y = 0, L = ½(a − y)², η = 0.1, with extra lines. */
    private static String neuron(String activation, String networkLine, String trainingLine) {
        return String.join("\n", "title = \"n\"", "kind = \"network\"", "precision = 4", "[network]",
                "layers = [1, 1]", "activations = [\"" + activation + "\"]", networkLine, "[[network.layer]]",
                "weights = [[0.5]]", "biases = [0]", "[example]", "x = [2]", "y = [0]", "[training]",
                "loss = \"half_sum_squared_error\"", "learning_rate = 0.1", trainingLine, "");
    }

    private static String toml(double[][] m) {
        return "[[" + m[0][0] + ", " + m[0][1] + "], [" + m[1][0] + ", " + m[1][1] + "]]";
    }

    private static final double[][] W2 = {{0.7, -0.5}, {0.2, 0.4}};
    private static final double[] B = {0.1, 0.1};
    private static final double[] C = {0.2, 0.2};
    private static final double[] Y = {0, 1};

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** a = sigmoid(W·in + b), by hand. */
    private static double[] layer(double[][] w, double[] b, double[] in) {
        double[] a = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = sigmoid(w[i][0] * in[0] + w[i][1] * in[1] + b[i]);
        }
        return a;
    }

    /** δ of the sigmoid output layer under L = Σ(o − y)²: 2(o − y)·o(1 − o). */
    private static double[] outputDelta(double[] o) {
        return new double[] {2 * (o[0] - Y[0]) * o[0] * (1 - o[0]), 2 * (o[1] - Y[1]) * o[1] * (1 - o[1])};
    }

    /** ∂L/∂W1_jk = δ1_j x_k with δ1_j = (Σ_i W2_ij δ2_i)·h_j(1 − h_j), through the given W2. */
    private static double[][] hiddenGradient(double[][] w2, double[] delta2, double[] h, double[] x) {
        double[][] g = new double[2][2];
        for (int j = 0; j < 2; j++) {
            double d = (w2[0][j] * delta2[0] + w2[1][j] * delta2[1]) * h[j] * (1 - h[j]);
            g[j][0] = d * x[0];
            g[j][1] = d * x[1];
        }
        return g;
    }

    /** The numbers of the bmatrix that follows {@code marker} in {@code line}, row by row. */
    private static double[] matrixAfter(String line, String marker, int skip) {
        int at = line.indexOf(marker);
        assertThat(at).as("'%s' in: %s", marker, line).isGreaterThanOrEqualTo(0);
        Matcher m = Pattern.compile("\\\\begin\\{bmatrix\\}(.*?)\\\\end\\{bmatrix\\}").matcher(line.substring(at));
        for (int i = 0; i <= skip; i++) {
            assertThat(m.find()).as("matrix %d after '%s'", i, marker).isTrue();
        }
        List<Double> values = new ArrayList<>();
        for (String cell : m.group(1).split("&|\\\\\\\\")) {
            values.add(Double.parseDouble(cell.trim()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Half a unit of the fourth significant figure of {@code v}, the most a 4-figure print is off by. */
    private static double halfUnit(double v) {
        return v == 0 ? 1e-12 : 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 3) * 1.000001;
    }

    private static void printedAs(double[] printed, double[][] expected) {
        for (int i = 0; i < 4; i++) {
            double e = expected[i / 2][i % 2];
            assertThat(printed[i]).as("entry %d", i).isCloseTo(e, within(halfUnit(e)));
        }
    }

    /** The line of the update section that begins with {@code start}. */
    private static String updateLine(String text, String start) {
        String update = text.substring(text.indexOf("One update with learning rate"));
        return update.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + start + "' in:\n" + update));
    }

    @Nested
    @DisplayName("update_order = each_layer_when_its_gradient_is_ready")
    class EachLayer {
        private static final double[][] W1 = {{0.4, -0.2}, {0.3, 0.6}};
        private static final double[] X = {1, 2};
        private static final double ETA = 0.5;
        private final String text = render(network(W1, X, """
                learning_rate = 0.5
                update_order = "each_layer_when_its_gradient_is_ready"
                """));

        @Test
        @DisplayName("layer 1 shows the gradient through the updated W2, and the new W1 is W1 − η·that gradient")
        void layerOne_showsTheGradientItsUpdateUsed() {
            double[] h = layer(W1, B, X);
            double[] delta2 = outputDelta(layer(W2, C, h));
            double[][] w2New = new double[2][2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    w2New[i][j] = W2[i][j] - ETA * delta2[i] * h[j];
                }
            }
            double[][] used = hiddenGradient(w2New, delta2, h, X);
            double[][] stale = hiddenGradient(W2, delta2, h, X);
            assertThat(Math.abs(used[0][0] - stale[0][0]) / Math.abs(stale[0][0]))
                    .as("the two gradients differ enough for the test to tell them apart").isGreaterThan(0.05);
            double[][] w1New = new double[2][2];
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    w1New[j][k] = W1[j][k] - ETA * used[j][k];
                }
            }
            String line = updateLine(text, "- layer 1:");
            assertThat(line).contains("through the updated $W^{(2)}$");
            double[] printedGradient = matrixAfter(line, "\\partial L/\\partial W^{(1)} = ", 0);
            printedAs(printedGradient, used);
            String rule = updateLine(text, "  - $W^{(1)} \\leftarrow");
            double[] printedNew = matrixAfter(rule, "= ", 0);
            printedAs(printedNew, w1New);
            for (int i = 0; i < 4; i++) {
                double old = W1[i / 2][i % 2];
                assertThat(printedNew[i]).as("printed new = old − η·printed gradient, entry %d", i)
                        .isCloseTo(old - ETA * printedGradient[i],
                                within(halfUnit(printedNew[i]) + ETA * halfUnit(printedGradient[i])));
            }
        }

        @Test
        @DisplayName("the order in force is named, and what it does to layer 1's gradient is said in words")
        void order_isNamedInWords() {
            assertThat(text).contains("Conventions in force: update order each_layer_when_its_gradient_is_ready")
                    .contains("Update order each_layer_when_its_gradient_is_ready: layer 2 is updated as soon as its"
                            + " gradient is known")
                    .contains("the update of layer 1 uses a gradient through the updated $W^{(2)}$, not the one of"
                            + " the backward pass above");
            assertThat(updateLine(text, "- layer 2:")).contains("of the backward pass above");
        }
    }

    @Nested
    @DisplayName("lambda > 0: ∂J/∂W = ∂L/∂W + 2λW and J = L + λ‖ω‖²")
    class Penalty {
        // x2 = 0, so ∂L/∂W1[·,2] = δ1·x2 = 0: the weight W1[1,2] = −0.4 moves by the penalty alone,
        // 2λω = 2·0.01·(−0.4) = −0.008, W1[1,2] ← −0.4 − 0.5·(−0.008) = −0.396.
        private static final double[][] W1 = {{0.4, -0.4}, {0.3, 0.6}};
        private static final double[] X = {1, 0};
        private static final double ETA = 0.5;
        private static final double LAMBDA = 0.01;
        private final String text = render(network(W1, X, """
                learning_rate = 0.5
                lambda = 0.01
                """));

        @Test
        @DisplayName("each updated weight has ∂L/∂w, 2λω and their sum beside it, and moves by η times the sum")
        void penaltyTerm_isShown() {
            double[] h = layer(W1, B, X);
            double[][] dL = hiddenGradient(W2, outputDelta(layer(W2, C, h)), h, X);
            double[][] penalty = new double[2][2];
            double[][] dJ = new double[2][2];
            double[][] w1New = new double[2][2];
            for (int i = 0; i < 4; i++) {
                int r = i / 2;
                int c = i % 2;
                penalty[r][c] = 2 * LAMBDA * W1[r][c];
                dJ[r][c] = dL[r][c] + penalty[r][c];
                w1New[r][c] = W1[r][c] - ETA * dJ[r][c];
            }
            String line = updateLine(text, "  - $\\partial J/\\partial W^{(1)}");
            String marker = "+ 2\\lambda W^{(1)} = ";
            printedAs(matrixAfter(line, marker, 0), dL);
            printedAs(matrixAfter(line, marker, 1), penalty);
            printedAs(matrixAfter(line, marker, 2), dJ);
            assertThat(matrixAfter(line, marker, 0)[1]).isZero();
            assertThat(matrixAfter(line, marker, 1)[1]).isEqualTo(-0.008);
            double[] printedNew = matrixAfter(updateLine(text, "  - $W^{(1)} \\leftarrow"), "= ", 0);
            printedAs(printedNew, w1New);
            assertThat(printedNew[1]).isEqualTo(-0.396);
            assertThat(updateLine(text, "  - $W^{(1)} \\leftarrow"))
                    .contains("W^{(1)} - \\eta\\,\\partial J/\\partial W^{(1)}").contains("(biases are not penalised)");
        }

        @Test
        @DisplayName("the cost line names J = L + λ‖ω‖² and prints L and λ‖ω‖² beside J")
        void cost_namesJ() {
            double[] o = layer(W2, C, layer(W1, B, X));
            double loss = (o[0] - Y[0]) * (o[0] - Y[0]) + (o[1] - Y[1]) * (o[1] - Y[1]);
            // ‖ω‖² = 0.16 + 0.16 + 0.09 + 0.36 + 0.49 + 0.25 + 0.04 + 0.16 = 1.71; λ‖ω‖² = 0.0171
            Matcher m = Pattern.compile("\\$J = L \\+ \\\\lambda\\\\\\|\\\\omega\\\\\\|\\^2 = (\\S+) \\+ (\\S+) = ([^$]+)\\$")
                    .matcher(text);
            assertThat(m.find()).as("the J line in:\n%s", text).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isCloseTo(loss, within(halfUnit(loss)));
            assertThat(Double.parseDouble(m.group(2))).isCloseTo(0.0171, within(1e-12));
            assertThat(Double.parseDouble(m.group(3))).isCloseTo(loss + 0.0171, within(halfUnit(loss + 0.0171)));
        }

        @Test
        @DisplayName("a training run names J's two parts at its start and end")
        void training_namesJsParts() {
            String trained = render(network(W1, X, "learning_rate = 0.5\nlambda = 0.01\nepochs = 3\n"));
            assertThat(trained).contains("Training: the cost $J = L + \\lambda\\|\\omega\\|^2$ falls from ")
                    .containsPattern("falls from \\S+ \\(L \\S+ \\+ λ‖ω‖² 0\\.0171\\) to \\S+ \\(L \\S+ \\+ λ‖ω‖² \\S+\\) in 3 epochs");
        }
    }

    @Nested
    @DisplayName("momentum: v ← μv − η∂J/∂θ, θ ← θ + v")
    class Momentum {
        @Test
        @DisplayName("the velocity of the step is shown, and the weight changes by it")
        void velocity_isShown() {
            // One identity neuron a = w·x + b, w = 0.5, b = 0, x = 2, y = 0, L = ½(a − y)²: a = 1,
            // ∂L/∂w = (a − y)·x = 2, ∂L/∂b = 1. η = 0.1, μ = 0.9, v starts at 0:
            // v_w = 0.9·0 − 0.1·2 = −0.2, w ← 0.5 − 0.2 = 0.3; v_b = −0.1, b ← −0.1.
            String text = render(neuron("identity", "", "momentum = 0.9"));
            assertThat(text).contains("momentum μ = 0.9").contains("the velocities start at 0")
                    .contains("v_{W^{(1)}} \\leftarrow \\mu v_{W^{(1)}} - \\eta\\,\\partial L/\\partial W^{(1)}"
                            + " = \\begin{bmatrix} -0.2 \\end{bmatrix}")
                    .contains("v_{b^{(1)}} \\leftarrow \\mu v_{b^{(1)}} - \\eta\\,\\partial L/\\partial b^{(1)}"
                            + " = \\begin{bmatrix} -0.1 \\end{bmatrix}")
                    .contains("W^{(1)} \\leftarrow W^{(1)} + v_{W^{(1)}} = \\begin{bmatrix} 0.3 \\end{bmatrix}")
                    .contains("b^{(1)} \\leftarrow b^{(1)} + v_{b^{(1)}} = \\begin{bmatrix} -0.1 \\end{bmatrix}");
        }
    }

    @Nested
    @DisplayName("the convention in force is named where it matters, and only there")
    class Conventions {
        private String relu(String conventions) {
            return render(neuron("relu", "conventions = \"" + conventions + "\"", ""));
        }

        private String expression(String e) {
            return render("title = \"e\"\nkind = \"expression\"\nprecision = 4\nexpression = \"" + e + "\"\n"
                    + "[inputs]\nx = 1\ny = 1\n");
        }

        @Test
        @DisplayName("ReLU'(0): 1 under documents, 0 under libraries")
        void relu_atZero() {
            assertThat(relu("documents")).contains("ReLU'(0) = 1").doesNotContain("ReLU'(0) = 0");
            assertThat(relu("libraries")).contains("ReLU'(0) = 0").doesNotContain("ReLU'(0) = 1");
        }

        @Test
        @DisplayName("max names its tie rule; ReLU in an expression names ReLU'(0)")
        void max_andReluInAGraph() {
            assertThat(expression("max(x, y)"))
                    .contains("Conventions in force: a tie in max routes the whole gradient to the first maximal argument");
            assertThat(expression("relu(x - y)")).contains("Conventions in force: ReLU'(0) = 0");
        }

        @Test
        @DisplayName("an expression with neither ReLU nor max names no convention")
        void none_whereNoneApplies() {
            assertThat(expression("x*y")).doesNotContain("Conventions in force");
        }

        @Test
        @DisplayName("a trained network names its update order; all gradients first is the default")
        void updateOrder_isNamed() {
            String text = render(network(new double[][] {{0.4, -0.2}, {0.3, 0.6}}, new double[] {1, 2},
                    "learning_rate = 0.5\n"));
            assertThat(text).contains("Conventions in force: update order all_gradients_first")
                    .doesNotContain("ReLU'(0)").doesNotContain("tie in max");
        }
    }
}

package backprop.export.notebook.question;

import backprop.core.function.Loss;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.NetworkWork;
import backprop.export.runtime.Grade;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;
import backprop.export.runtime.Slip;
import backprop.export.model.Chapter;
import backprop.export.model.Worked;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each slip's value against an oracle that is not the slip's own code (the engine under the slip's choice, or the
 * formula written out here), and Grade naming it by its words when a student's method gives it.
 */
class NetworkSlipsTest {
    /** x = (1, 1): z(1) = (0, 1), so ReLU′(0) decides δ(1)[1]; λ = 0.01; all gradients first. */
    private static final String RELU = """
            title = "relu at 0"
            kind = "network"
            precision = 4

            [network]
            layers = [2, 2, 2]
            activations = ["relu", "sigmoid"]
            conventions = "CONVENTIONS"

            [[network.layer]]
            weights = [[1.0, -1.0],
                       [0.5,  0.5]]
            biases = [0.0, 0.0]

            [[network.layer]]
            weights = [[0.3,  0.8],
                       [0.6, -0.4]]
            biases = [0.1, -0.2]

            [example]
            x = [1, 1]
            y = [1, 0]

            [training]
            loss = "sum_squared_error"
            learning_rate = 0.5
            lambda = 0.01
            update_order = "ORDER"
            epochs = 1
            """;

    private static NetworkWork network(String text) {
        Chapter chapter = Chapter.of(ExamFile.read("t.toml", text));
        return Worked.of(chapter).get(0).result().networks().get(0);
    }

    private static NetworkWork relu(String conventions, String order) {
        return network(RELU.replace("CONVENTIONS", conventions).replace("ORDER", order));
    }

    private static Object value(List<Slip> slips, String key) {
        return slips.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError("no slip " + key + " in " + slips.stream().map(Slip::key).toList())).value();
    }

    /** What Grade says of a part whose answer is the slip's value, scored against a key as the grader scores it. */
    private static String feedback(Object expected, List<Slip> slips, String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GradingKey.Part part = new GradingKey.Part("p", java.util.Map.of(), expected, null, slips);
        GradingKey grading = new GradingKey(java.util.Map.of("q",
                new GradingKey.Question("q", "the step", 1, java.util.Map.of("p", part))));
        Grade q = Grade.question("q", "the step", 1, grading, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        q.reply("p", Reply.of(() -> value(slips, key)), part);
        q.done();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reluAtZero_isTheEnginesDeltaUnderTheOtherConvention_andIsNamed() {
        NetworkWork libraries = relu("libraries", "all_gradients_first");
        List<Slip> slips = new NetworkSlips(libraries).deltaHidden(1);

        assertThat((double[]) value(slips, "RELU_AT_ZERO"))
                .containsExactly(relu("documents", "all_gradients_first").backward().delta(1), within(1e-15));
        assertThat(feedback(libraries.backward().delta(1), slips, "RELU_AT_ZERO"))
                .contains("matches ReLU′(0) taken the other way (a z is exactly 0) (RELU_AT_ZERO)");
    }

    @Test
    void updateOrder_isTheDeltaTheLayerByLayerUpdateUsed_andIsNamed() {
        NetworkWork work = relu("documents", "all_gradients_first");
        List<Slip> slips = new NetworkSlips(work).deltaHidden(1);
        // with x = (1, 1), ∂L/∂W(1) = δ(1)·xᵀ has δ(1) as each of its columns
        double[][] used = relu("documents", "each_layer_when_its_gradient_is_ready").update().layers().get(0)
                .weightGradient().toArray();

        assertThat((double[]) value(slips, "UPDATE_ORDER")).containsExactly(new double[] {used[0][0], used[1][0]},
                within(1e-15));
        assertThat(feedback(work.backward().delta(1), slips, "UPDATE_ORDER")).contains("(UPDATE_ORDER)");
    }

    @Test
    void gPrimeLeftOut_isTheEnginesUpstreamGradient_andWNotTransposedTheFormulaWithW() {
        NetworkWork work = relu("documents", "all_gradients_first");
        List<Slip> slips = new NetworkSlips(work).deltaHidden(1);
        double[] d2 = work.backward().delta(2);
        // g′(z(1)) = (1, 1) under ReLU′(0) = 1, so (W(2) δ(2)) ⊙ g′ = W(2) δ(2) = (0.3 d1 + 0.8 d2, 0.6 d1 − 0.4 d2)
        double[] wNotTransposed = {0.3 * d2[0] + 0.8 * d2[1], 0.6 * d2[0] - 0.4 * d2[1]};

        assertThat((double[]) value(slips, "G_PRIME_LEFT_OUT")).containsExactly(work.backward().upstream(2), within(1e-15));
        assertThat((double[]) value(slips, "W_NOT_TRANSPOSED")).containsExactly(wNotTransposed, within(1e-15));
        assertThat(feedback(work.backward().delta(1), slips, "W_NOT_TRANSPOSED"))
                .contains("matches W(2) where the recursion has its transpose W(2)ᵀ (W_NOT_TRANSPOSED)");
    }

    @Test
    void lossConstant_isTheHalfSquaredErrorsGradient_andIsNamed() {
        NetworkWork work = relu("documents", "all_gradients_first");
        List<Slip> slips = new NetworkSlips(work).loss();

        assertThat((double[]) value(slips, "LOSS_CONSTANT")).containsExactly(
                Loss.HALF_SUM_SQUARED_ERROR.gradient(work.forward().output(), work.example().y()), within(1e-15));
        assertThat(feedback(work.backward().lossGradient(), slips, "LOSS_CONSTANT"))
                .contains("matches ∂L/∂ŷ without the square's factor 2 (the loss ½Σ) (LOSS_CONSTANT)");
    }

    @Test
    void signFlipped_andPenaltyLeftOut_areTheEnginesUpdateMirroredAndWithoutTwoLambdaW() {
        NetworkWork work = relu("documents", "all_gradients_first");
        double[][] before = work.before().layer(2).weights().toArray();
        double[][] after = work.update().after().layer(2).weights().toArray();
        List<Slip> slips = new NetworkSlips(work).updateW(2, new boolean[2][2]);
        // + instead of −: W + (W − W_after) = 2W − W_after; without 2λW: W_after + η·2λ·W, η = 0.5, λ = 0.01
        double[][] flipped = new double[2][2];
        double[][] noPenalty = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                flipped[i][j] = 2 * before[i][j] - after[i][j];
                noPenalty[i][j] = after[i][j] + 0.5 * 2 * 0.01 * before[i][j];
            }
        }
        for (int i = 0; i < 2; i++) {
            assertThat(((double[][]) value(slips, "SIGN_FLIPPED"))[i]).containsExactly(flipped[i], within(1e-15));
            assertThat(((double[][]) value(slips, "PENALTY_LEFT_OUT"))[i]).containsExactly(noPenalty[i], within(1e-15));
        }
        assertThat(feedback(after, slips, "PENALTY_LEFT_OUT")).contains("matches leaving out the penalty's 2λW (PENALTY_LEFT_OUT)");
    }

    @Test
    void biasInForward_isZMinusB() {
        NetworkWork work = relu("documents", "all_gradients_first");
        double[] z2 = work.forward().z(2);
        List<Slip> slips = new NetworkSlips(work).forward(work.before().layer(2).weights().toArray(), work.forward().a(1));

        assertThat((double[]) value(slips, "BIAS_IN_FORWARD")).containsExactly(new double[] {z2[0] - 0.1, z2[1] + 0.2},
                within(1e-15));
    }

    @Test
    void softmaxBackward_isTheDiagonalFormula_aTimesOneMinusA() throws IOException {
        NetworkWork work = network(Files.readString(Path.of("..", "variants", "exam-network.toml"), StandardCharsets.UTF_8));
        double[] a = work.forward().output();
        double[] g = work.backward().lossGradient();
        List<Slip> slips = new NetworkSlips(work).deltaOutput(2);

        assertThat((double[]) value(slips, "SOFTMAX_BACKWARD")).containsExactly(
                new double[] {a[0] * (1 - a[0]) * g[0], a[1] * (1 - a[1]) * g[1]}, within(1e-15));
    }

    @Test
    void frozenBiases_isTheEnginesUpdateWithNothingFrozen() throws IOException {
        String text = Files.readString(Path.of("..", "variants", "exam-frozen.toml"), StandardCharsets.UTF_8);
        NetworkWork frozen = network(text);
        NetworkWork free = network(text.replace("frozen = [\"b1\", \"b2\"]", ""));
        List<Slip> slips = new NetworkSlips(frozen).updateB(1, new boolean[] {true});

        assertThat(free.update().frozen().any()).isFalse();
        assertThat((double[]) value(slips, "FROZEN_BIASES")).containsExactly(free.update().after().layer(1).bias(),
                within(1e-15));
    }

    /** "Biases updated although frozen" is a slip only where a bias is frozen; elsewhere it is the right answer. */
    @Test
    void frozenBiases_isNoSlipWhereNoBiasIsFrozen() throws IOException {
        String text = Files.readString(Path.of("..", "variants", "exam-frozen.toml"), StandardCharsets.UTF_8);
        NetworkWork free = network(text.replace("frozen = [\"b1\", \"b2\"]", ""));
        List<Slip> slips = new NetworkSlips(free).updateB(1, new boolean[] {false, false});

        assertThat(slips).extracting(Slip::key).containsExactly("SIGN_FLIPPED");
        assertThat(new NetworkSlips(free).updateB(1, new boolean[] {false, true})).extracting(Slip::key)
                .containsExactly("SIGN_FLIPPED", "FROZEN_BIASES");
    }
}

package backprop.examples.scenariofile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Training on a data set as a file states it (batching, batch_reduction, stop_below, [initial]), against
 * independent oracles: a hand-written per-example loop, hand arithmetic on a one-weight linear network, the
 * documented draw order of SplittableRandom, and J recomputed from the outputs after training.
 */
@DisplayName("[training] on a data set: batching, batch_reduction, stop_below, [initial]")
class TrainingFileTest {
    private static final double TIGHT = 1e-12;

    /** y = w·x + b, w = 0.5, b = 0, on (x, y) = (1, 1) and (2, 0), L = ½(a − y)², η = 0.1, one epoch. */
    private static Map<String, Double> linear(String training) {
        return DataSetFileTest.rows(ExamFile.read("t.toml", """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [1, 1]
                activations = ["identity"]
                [[network.layer]]
                weights = [[0.5]]
                biases = [0]
                [data]
                inputs = 1
                table = [[1, 1], [2, 0]]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.1
                epochs = 1
                """ + training));
    }

    @ParameterizedTest(name = "{0}, λ = {1}", quoteTextArguments = false)
    @CsvSource({
        // residuals a − y: 0.5 − 1 = −0.5 and 1 − 0 = 1; ∂L/∂w: −0.5·1 + 1·2 = 1.5 (sum), 0.75 (mean);
        // ∂L/∂b: −0.5 + 1 = 0.5 (sum), 0.25 (mean); J before: ½(0.25) + ½(1) = 0.625 (sum), 0.3125 (mean)
        // w ← 0.5 − 0.1(2λ·0.5 + ∂L/∂w), b ← 0 − 0.1·∂L/∂b (biases not penalised), J += λ·0.5²
        "sum,  0,   0.35,  -0.05,  0.625",
        "mean, 0,   0.425, -0.025, 0.3125",
        "sum,  0.1, 0.34,  -0.05,  0.65",
        "mean, 0.1, 0.415, -0.025, 0.3375",
    })
    void wholeBatch_sumAndMean_matchHandArithmetic(String reduction, double lambda, double w, double b, double j0) {
        Map<String, Double> rows = linear("batching = \"whole_batch\"\nbatch_reduction = \"" + reduction
                + "\"\nlambda = " + lambda + "\n");
        assertThat(rows.get("variant.t.W1[1,1]_trained")).isCloseTo(w, within(TIGHT));
        assertThat(rows.get("variant.t.b1_trained")).isCloseTo(b, within(TIGHT));
        assertThat(rows.get("variant.t.J_epoch0")).isCloseTo(j0, within(TIGHT));
        assertThat(rows.get("variant.t.W1[1,1]_new")).as("the one update shown is the batch's")
                .isCloseTo(w, within(TIGHT));
    }

    @Test
    void wholeBatchSum_lossCurveAddsTheExamplesUp() {
        // after the step w = 0.35, b = −0.05: residuals −0.7 and 0.65, J = ½(0.49) + ½(0.4225) = 0.45625
        assertThat(linear("batching = \"whole_batch\"\nbatch_reduction = \"sum\"\n").get("variant.t.J_epoch1"))
                .isCloseTo(0.45625, within(TIGHT));
        // mean: w = 0.425, b = −0.025: residuals −0.6 and 0.825, J = (0.18 + 0.3403125)/2 = 0.26015625
        assertThat(linear("batching = \"whole_batch\"\n").get("variant.t.J_epoch1"))
                .isCloseTo(0.26015625, within(TIGHT));
    }

    @Test
    void perExample_updatesAfterEachExampleInOrder() {
        // (1, 1): r = −0.5, w = 0.5 + 0.05 = 0.55, b = 0.05; (2, 0): r = 1.1 + 0.05 = 1.15, w = 0.55 − 0.23 = 0.32,
        // b = 0.05 − 0.115 = −0.065
        Map<String, Double> rows = linear("batching = \"per_example\"\n");
        assertThat(rows.get("variant.t.W1[1,1]_trained")).isCloseTo(0.32, within(TIGHT));
        assertThat(rows.get("variant.t.b1_trained")).isCloseTo(-0.065, within(TIGHT));
        assertThat(rows.get("variant.t.W1[1,1]_new")).as("the first update is on the first example")
                .isCloseTo(0.55, within(TIGHT));
    }

    @Test
    void oneEpochPerExampleOnXor_matchesAHandWrittenLoop() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 1, 0};
        double[][] w1 = {{0.1, 0.2}, {0.3, 0.4}};
        double[] b1 = {0.5, -0.5};
        double[] w2 = {0.7, -0.6};
        double[] b2 = {0.05};
        double eta = 0.5;
        double before = meanHalfSquaredError(x, y, w1, b1, w2, b2[0]);
        for (int m = 0; m < 4; m++) {
            double[] h = new double[2];
            for (int i = 0; i < 2; i++) {
                h[i] = sigmoid(w1[i][0] * x[m][0] + w1[i][1] * x[m][1] + b1[i]);
            }
            double o = sigmoid(w2[0] * h[0] + w2[1] * h[1] + b2[0]);
            double deltaOut = (o - y[m]) * o * (1 - o);
            double[] deltaHidden = {deltaOut * w2[0] * h[0] * (1 - h[0]), deltaOut * w2[1] * h[1] * (1 - h[1])};
            for (int i = 0; i < 2; i++) {
                w2[i] -= eta * deltaOut * h[i];
                b1[i] -= eta * deltaHidden[i];
                for (int j = 0; j < 2; j++) {
                    w1[i][j] -= eta * deltaHidden[i] * x[m][j];
                }
            }
            b2[0] -= eta * deltaOut;
        }
        Map<String, Double> rows = DataSetFileTest.rows(ExamFile.read("t.toml", DataSetFileTest.NETWORK + """
                [data]
                inputs = 2
                table = [[0, 0, 0], [0, 1, 1], [1, 0, 1], [1, 1, 0]]
                """ + DataSetFileTest.TRAINING + "epochs = 1\n"));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(rows.get("variant.t.W1[" + (i + 1) + "," + (j + 1) + "]_trained")).isCloseTo(w1[i][j],
                        within(TIGHT));
            }
            assertThat(rows.get("variant.t.b1[" + (i + 1) + "]_trained")).isCloseTo(b1[i], within(TIGHT));
            assertThat(rows.get("variant.t.W2[1," + (i + 1) + "]_trained")).isCloseTo(w2[i], within(TIGHT));
        }
        assertThat(rows.get("variant.t.b2_trained")).isCloseTo(b2[0], within(TIGHT));
        assertThat(rows.get("variant.t.J_epoch0")).isCloseTo(before, within(TIGHT));
        assertThat(rows.get("variant.t.J_epoch1")).isCloseTo(meanHalfSquaredError(x, y, w1, b1, w2, b2[0]),
                within(TIGHT));
    }

    @Test
    void stopBelowNotReached_runsEveryEpoch() {
        Map<String, Double> rows = linear("batching = \"whole_batch\"\nstop_below = 1e-9\n");
        assertThat(rows.get("variant.t.epochs_run")).isEqualTo(1.0);
        assertThat(rows).containsKey("variant.t.J_epoch1").doesNotContainKey("variant.t.J_epoch2");
    }

    @Test
    void stopBelowAlreadyReached_runsNoEpoch() {
        // J before training is 0.3125 (mean), below ε = 1
        Map<String, Double> rows = linear("batching = \"whole_batch\"\nstop_below = 1\n");
        assertThat(rows.get("variant.t.epochs_run")).isZero();
        assertThat(rows.get("variant.t.J_trained")).isCloseTo(0.3125, within(TIGHT));
        assertThat(rows).doesNotContainKey("variant.t.J_epoch1");
    }

    @Test
    void longRuns_haveALossCurveRowEveryThirdEpochAndTheLast() {
        // 2,500 epochs: s = ⌈2500/1000⌉ = 3, rows at 0, 3, …, 2499 (834 of them) and 2500
        Map<String, Double> rows = DataSetFileTest.rows(ExamFile.read("t.toml", """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [1, 1]
                activations = ["identity"]
                [[network.layer]]
                weights = [[0.5]]
                biases = [0]
                [data]
                table = [[1, 1], [2, 0]]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.01
                epochs = 2500
                """));
        assertThat(rows.keySet().stream().filter(k -> k.startsWith("variant.t.J_epoch"))).hasSize(835);
        assertThat(rows).containsKeys("variant.t.J_epoch0", "variant.t.J_epoch3", "variant.t.J_epoch2499",
                "variant.t.J_epoch2500").doesNotContainKeys("variant.t.J_epoch1", "variant.t.J_epoch2498");
        assertThat(rows.get("variant.t.J_epoch2500")).isEqualTo(rows.get("variant.t.J_trained"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xor-per-example.toml, 0.25", "xor-batch.toml, 1"})
    void xorVariants_reachEpsilon_andTheirLastJIsTheirOutputsLoss(String name, double perExample) {
        Map<String, Double> rows = DataSetFileTest.rows(ExamFile.read(Path.of("../variants", name)));
        String id = "variant." + name.replace(".toml", "");
        int run = rows.get(id + ".epochs_run").intValue();
        assertThat(run).isBetween(1, 4999);
        assertThat(rows.get(id + ".J_trained")).isLessThan(0.01).isEqualTo(rows.get(id + ".J_epoch" + run));
        assertThat(rows.get(id + ".J_epoch" + (run - 1))).isGreaterThanOrEqualTo(0.01);
        double[] y = {0, 1, 1, 0};
        double j = 0;
        for (int m = 1; m <= 4; m++) {
            double out = rows.get(id + ".out_after[" + m + "][1]");
            j += perExample * 0.5 * (out - y[m - 1]) * (out - y[m - 1]);
            assertThat(Math.round(out)).as("pattern %d is classified", m).isEqualTo((long) y[m - 1]);
        }
        assertThat(rows.get(id + ".J_trained")).isCloseTo(j, within(TIGHT));
    }

    @Test
    void initialWeights_areDrawnLayerByLayer_weightsRowMajorThenBiases() {
        Map<String, Double> rows = DataSetFileTest.rows(ExamFile.read("t.toml", """
                title = "t"
                kind = "network"
                precision = 4
                [network]
                layers = [2, 2, 1]
                activations = ["sigmoid", "sigmoid"]
                [initial]
                seed = 7
                range = [-1, 1]
                [example]
                x = [0, 1]
                y = [1]
                [training]
                loss = "half_sum_squared_error"
                learning_rate = 0.5
                frozen = ["W1", "b1", "W2", "b2"]
                """));
        SplittableRandom random = new SplittableRandom(7);
        String[] order = {"W1[1,1]", "W1[1,2]", "W1[2,1]", "W1[2,2]", "b1[1]", "b1[2]", "W2[1,1]", "W2[1,2]", "b2"};
        for (String parameter : order) {
            // documented: low + (high − low)·u, u = nextDouble()
            assertThat(rows.get("variant.t." + parameter + "_new")).as(parameter)
                    .isEqualTo(-1 + 2 * random.nextDouble());
        }
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double meanHalfSquaredError(double[][] x, double[] y, double[][] w1, double[] b1, double[] w2,
                                               double b2) {
        double sum = 0;
        for (int m = 0; m < x.length; m++) {
            double h0 = sigmoid(w1[0][0] * x[m][0] + w1[0][1] * x[m][1] + b1[0]);
            double h1 = sigmoid(w1[1][0] * x[m][0] + w1[1][1] * x[m][1] + b1[1]);
            double o = sigmoid(w2[0] * h0 + w2[1] * h1 + b2);
            sum += 0.5 * (o - y[m]) * (o - y[m]);
        }
        return sum / x.length;
    }
}

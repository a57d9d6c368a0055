package backprop.export.markdown;

import backprop.examples.format.Precision;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.NetworkWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The answer key names a whole batch's update, a summed J and whether training reached ε")
class BatchTrainingLinesTest {

    /** y = w·x + b, w = 0.5, b = 0, on (1, 1) and (2, 0), L = ½(a − y)², η = 0.1, whole batch. */
    private static String lines(String training) {
        String text = """
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
                learning_rate = 0.1
                batching = "whole_batch"
                """ + training;
        NetworkWork n = ExamFile.read("t.toml", text).scenario().compute().networks().get(0);
        Precision p = Precision.significant(4);
        StringBuilder md = new StringBuilder();
        UpdateMarkdown.update(md, n, p, p.table(new double[] {0.5, 1.5, 0.35, -0.05}));
        UpdateMarkdown.training(md, n, p);
        return md.toString();
    }

    @Test
    void summedBatch_showsTheSummedGradientAndTheFilesRate() {
        // ∂L/∂w = −0.5·1 + 1·2 = 1.5, ∂L/∂b = 0.5; w ← 0.5 − 0.1·1.5 = 0.35; J after: 0.45625, a tie at 4 figures
        // that binary rounding may print either way, so only 0.456 is asserted
        String md = lines("batch_reduction = \"sum\"\nepochs = 1\n");
        assertThat(md).contains("learning rate η = 0.1.")
                .contains("The update is on the whole batch: each gradient it uses is the sum over the 2 examples")
                .contains("- layer 1: the sum over the 2 examples, $\\partial L/\\partial W^{(1)} = \\begin{bmatrix} 1.5")
                .contains("\\begin{bmatrix} 0.35 \\end{bmatrix}")
                .contains("the cost $J = \\sum_{t=1}^{2} L_t$ falls from 0.625 to 0.456")
                .contains(" in 1 epoch (the curve is in the notebook)");
    }

    @Test
    void stopBelow_saysWhetherAndWhenJFellBelowEpsilon() {
        // mean J: 0.3125 before, 0.2602 after one epoch (see TrainingFileTest); ε = 0.3 is reached after 1 epoch
        assertThat(lines("epochs = 10\nstop_below = 0.3\n"))
                .contains("It fell below ε = 0.3 after 1 epoch, and training stopped there.");
        assertThat(lines("epochs = 1\nstop_below = 0.01\n"))
                .contains("It did not fall below ε = 0.01 within 1 epoch.");
    }
}

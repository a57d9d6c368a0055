package backprop.examples.scenariofile.network;

import backprop.core.catalogue.Choice;
import backprop.core.catalogue.Variation;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.PrintedQuantity;
import backprop.examples.work.NetworkUpdate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static backprop.examples.scenariofile.network.NetworkExamTest.derived;
import static backprop.examples.scenariofile.network.NetworkExamTest.read;
import static backprop.examples.scenariofile.network.NetworkExamTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A network file's printed quantities, each evaluated under the file's own method: the same numbers as the file's
 * rows (NetworkExamTest pins those against core's network built by hand), found by the catalogue's run.
 */
@DisplayName("A network file's printed quantities")
class NetworkPrintingTest {
    private static final String TWO_EPOCHS = with("learning_rate = 0.1", "learning_rate = 0.1\nepochs = 2");

    @Test
    @DisplayName("each kind of quantity is the row of the same name")
    void eachQuantityIsItsRow() {
        Map<String, Double> rows = derived(read(TWO_EPOCHS));
        PrintedEvaluator p = ((NetworkExam) read(TWO_EPOCHS).scenario()).printing(true);
        Method m = p.stated();
        assertThat(p.value(new PrintedQuantity.Node(PrintedQuantity.Kind.Z, 1, 2), m)).isEqualTo(rows.get("z1_2"));
        assertThat(p.value(new PrintedQuantity.Node(PrintedQuantity.Kind.A, 2, 1), m)).isEqualTo(rows.get("a2_1"));
        assertThat(p.value(new PrintedQuantity.Loss(), m)).isEqualTo(rows.get("L"));
        assertThat(p.value(new PrintedQuantity.WeightGradient(1, 2, 1), m)).isEqualTo(rows.get("dL_dW1[2,1]"));
        assertThat(p.value(new PrintedQuantity.BiasGradient(1, 2), m)).isEqualTo(rows.get("dL_db1[2]"));
        assertThat(p.value(new PrintedQuantity.WeightAfter(1, 1, 2, 1), m)).isEqualTo(rows.get("W1[1,2]_new"));
        assertThat(p.value(new PrintedQuantity.BiasAfter(2, 1, 1), m)).isEqualTo(rows.get("b2_new"));
        assertThat(p.value(new PrintedQuantity.LossAfter(2), m)).isEqualTo(rows.get("J_epoch2"));
        assertThat(p.value(new PrintedQuantity.OutputAfterTraining(1, 1), m)).isEqualTo(rows.get("out_after[1][1]"));
    }

    @Test
    @DisplayName("the sum-or-mean variation is offered only where an update takes more than one example")
    void batchReductionOnlyForBatches() {
        String two = TWO_EPOCHS.replace("[example]\nx = [1, 2]\ny = [0.5]\n", "[[example]]\nx = [1, 2]\ny = [0.5]\n"
                + "[[example]]\nx = [2, 1]\ny = [0.1]\n").replace("epochs = 2", "epochs = 2\nbatching = \"whole_batch\"");
        IntermediateRounding none = new IntermediateRounding(Map.of());
        List<Variation> batch = ((NetworkExam) read(two).scenario()).printing(true).variations(none);
        assertThat(batch).extracting(Variation::choice).contains(Choice.BATCH_REDUCTION);
        List<Variation> single = ((NetworkExam) read(TWO_EPOCHS).scenario()).printing(true).variations(none);
        assertThat(single).isNotEmpty().extracting(Variation::choice).doesNotContain(Choice.BATCH_REDUCTION);
    }

    @Test
    @DisplayName("the first update: per example, on the first alone; as a whole batch, on all, summed or averaged")
    void firstUpdate() {
        String two = NetworkExamTest.NETWORK.replace("[example]\nx = [1, 2]\ny = [0.5]\n",
                "[[example]]\nx = [1, 2]\ny = [0.5]\n[[example]]\nx = [2, 1]\ny = [0.1]\n");
        NetworkUpdate perExample = read(two).scenario().compute().networks().get(0).update();
        assertThat(perExample.batch()).isNull();
        // per example, the first update is the one-example network's
        assertThat(derived(read(two)).get("W1[1,1]_new")).isEqualTo(derived(read(NetworkExamTest.NETWORK))
                .get("W1[1,1]_new"));
        String whole = two.replace("learning_rate = 0.1", "learning_rate = 0.1\nbatching = \"whole_batch\"");
        assertThat(read(whole).scenario().compute().networks().get(0).update().batch())
                .isEqualTo("mean over the 2 examples");
        String sum = whole.replace("batching = \"whole_batch\"", "batching = \"whole_batch\"\nbatch_reduction = \"sum\"");
        assertThat(read(sum).scenario().compute().networks().get(0).update().batch())
                .isEqualTo("sum over the 2 examples");
        // the summed batch moves twice as far as the mean: W − η·Σ against W − η·Σ/2
        double before = 0.1;
        double mean = derived(read(whole)).get("W1[1,1]_new");
        double summed = derived(read(sum)).get("W1[1,1]_new");
        assertThat(before - summed).isCloseTo(2 * (before - mean), within(1e-15));
    }
}

package backprop.examples.scenariofile;

import backprop.examples.Derived;
import backprop.examples.PublishedValue;
import backprop.examples.Status;
import backprop.examples.format.Precision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the catalogue's choices may explain a network file's printed value: those of training (update order,
 * frozen biases, one epoch more or fewer) only for a value that comes after an update.
 */
@DisplayName("A network file's printed values and the training choices")
class PrintingTest {
    private static final String NETWORK = """
            title = "t"
            kind = "network"
            precision = 4
            [network]
            layers = [2, 2, 1]
            activations = ["sigmoid", "sigmoid"]
            [[network.layer]]
            weights = [[0.1, 0.2], [0.3, 0.4]]
            biases = [0.5, -0.5]
            [[network.layer]]
            weights = [[0.7, -0.6]]
            biases = [0.05]
            [example]
            x = [1, 2]
            y = [0.5]
            [training]
            loss = "half_sum_squared_error"
            learning_rate = 0.5
            """;

    private static Map<String, Double> rows(int epochs) {
        return ExamFile.read("t.toml", NETWORK + "epochs = " + epochs + "\n").scenario().compute().derived().stream()
                .collect(Collectors.toMap(d -> d.name().substring("variant.t.".length()), Derived::value));
    }

    /** The status of {@code quantity} printed as {@code value} in the file trained {@code epochs} epochs. */
    private static Status status(int epochs, String quantity, double value) {
        return ExamFile.read("t.toml", NETWORK + "epochs = " + epochs + "\n[[published]]\nquantity = \"" + quantity
                + "\"\nprinted = \"" + Precision.shortest(value) + "\"\nwhere = \"p. 1\"\n").scenario().published()
                .stream().map(PublishedValue::expected).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a parameter, the loss or an output one update on is explained by one epoch more")
    void oneEpochMore() {
        Map<String, Double> three = rows(3);
        // trained 3 epochs, one example: 3 updates; printed as if after 2
        assertThat(status(2, "W1[1,1] after 2 updates", three.get("W1[1,1]_trained")))
                .isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(status(2, "b1[2] after 2 updates", three.get("b1[2]_trained")))
                .isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(status(2, "L after 2 epochs", three.get("J_epoch3"))).isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(status(2, "output[1][1] after training", three.get("out_after[1][1]")))
                .isEqualTo(Status.DOCUMENT_METHOD_DIFFERS);
        assertThat(status(2, "L after 2 epochs", rows(2).get("J_epoch2"))).isEqualTo(Status.REPRODUCED);
    }

    @Test
    @DisplayName("the loss after 0 epochs is before any update: no training choice explains another value")
    void lossBeforeTraining() {
        assertThat(status(2, "L after 0 epochs", rows(2).get("J_epoch1"))).isEqualTo(Status.ERRATUM);
    }

    @Test
    @DisplayName("printed values with epochs × parameters of exactly 200,000 are read")
    void explainedTrainingWorkAtTheLimit() {
        // 49 inputs, 40 outputs: 49·40 + 40 = 2,000 weights and biases, trained 100 epochs
        String big = "title = \"t\"\nkind = \"network\"\nprecision = 4\n[network]\nlayers = [49, 40]\n"
                + "activations = [\"identity\"]\n[initial]\nseed = 1\nrange = [-0.1, 0.1]\n[example]\nx = ["
                + "0, ".repeat(48) + "1]\ny = [" + "0, ".repeat(39) + "1]\n[training]\nloss = \"half_sum_squared_error\"\n"
                + "learning_rate = 0.1\nepochs = 100\n[[published]]\nquantity = \"L\"\nprinted = \"1\"\nwhere = \"p. 1\"\n";
        assertThat(ExamFile.read("t.toml", big).scenario().published()).hasSize(1);
    }
}

package backprop.examples.doc004;

import backprop.examples.PrintedExpression;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DisplayName("004, ∂L/∂w212: the printed a1 and a2 leave the biases out")
class WeightW212Test {

    @Test
    @DisplayName("with the biases, a1's first entry is 3.4 and a2's 1.957, not the printed 2.9 and 1.66")
    void printedRowsWithTheBiases() {
        Map<String, Double> asPrinted = new WeightW212().expressions().stream()
                .collect(Collectors.toMap(PrintedExpression::valueId, e -> e.asPrinted().getAsDouble()));
        // W1 row 1 · x = 0.1·2 + 0.3·5 + 0.8·3 − 0.4·3 = 2.9, + b1 = 0.5 (004, item 2.a, 2.b, 2.d)
        assertThat(asPrinted.get("004.w212.a1_1")).isCloseTo(3.4, within(1e-12));
        // W2 row 1 · printed h1 = 0.5·0.95 + 0.8·0.80 + 0.2·0.89 + 0.4·0.91 = 1.657, + b2 = 0.3
        assertThat(asPrinted.get("004.w212.a2_1")).isCloseTo(1.957, within(1e-12));
    }

    @Test
    @DisplayName("each printed entry of a1 and h1 is named as 004 names it, a_{1i} and h_{1i}")
    void entriesNamedAsPrinted() {
        Map<String, String> quantity = new WeightW212().published().stream()
                .collect(Collectors.toMap(PublishedValue::id, PublishedValue::quantity));
        assertThat(quantity).containsEntry("004.w212.a1_1", "a_{11}").containsEntry("004.w212.a1_4", "a_{14}")
                .containsEntry("004.w212.h1_2", "h_{12}").containsEntry("004.w212.h1_3", "h_{13}");
    }

    @Test
    @DisplayName("the loss as printed, (1 − 0.77)² + (1 − 0.23)², is 0.6458, not the 0.1058 printed beside it")
    void lossAsPrinted() {
        // 0.23² + 0.77² = 0.0529 + 0.5929
        double asPrinted = new WeightW212().expressions().stream().filter(e -> e.valueId().equals("004.w212.loss"))
                .findFirst().orElseThrow().asPrinted().getAsDouble();
        assertThat(asPrinted).isCloseTo(0.6458, within(1e-12));
    }

    @Test
    @DisplayName("∂ŷ1/∂a21 is ŷ1(1 − ŷ1) of the ŷ1 computed beside it, the softmax Jacobian's diagonal")
    void diagonalOfTheComputedYHat() {
        ScenarioResult r = new WeightW212().compute();
        double yHat1 = r.computed("004.w212.yhat_1").exact();
        assertThat(r.computed("004.w212.dyhat1_da21").exact()).isCloseTo(yHat1 * (1 - yHat1), within(1e-15));
    }
}

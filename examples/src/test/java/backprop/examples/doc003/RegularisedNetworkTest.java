package backprop.examples.doc003;

import backprop.examples.Derived;
import backprop.examples.Input;
import backprop.examples.ScenarioResult;
import backprop.examples.work.NetworkWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("003, the regularised MLP: its chosen pairs as stated, and the cost curve of its training")
class RegularisedNetworkTest {

    @Test
    @DisplayName("the two chosen pairs are printed as the inputs say them, each (x, y) in the one vector style")
    void pairsAsInputs() {
        Input pairs = new RegularisedNetwork().inputs().stream().filter(i -> i.symbol().startsWith("(x¹")).findFirst()
                .orElseThrow();
        assertThat(pairs.value()).isEqualTo("([1, 0.5], [1, 0]), ([-0.5, 1], [0, 1])");
    }

    @Test
    @DisplayName("the cost curve starts at J before the update and ends at J after 60 epochs: 61 points")
    void costCurve() {
        ScenarioResult r = new RegularisedNetwork().compute();
        Map<String, Double> rows = r.derived().stream().collect(Collectors.toMap(Derived::name, Derived::value));
        NetworkWork work = r.networks().get(0);
        List<Double> costs = work.costs();
        assertThat(costs).hasSize(61);
        assertThat(costs.get(0)).isEqualTo(rows.get("003.regularised-mlp.J"));
        assertThat(costs.get(60)).isEqualTo(rows.get("003.regularised-mlp.J_trained"));
    }
}

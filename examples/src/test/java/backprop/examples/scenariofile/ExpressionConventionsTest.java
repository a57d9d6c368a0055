package backprop.examples.scenariofile;

import backprop.examples.Derived;
import backprop.examples.ScenarioResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Expression files choose ReLU'(0) and the max-tie rule")
class ExpressionConventionsTest {

    private static Map<String, Double> gradients(String keys, String expression, String inputs) {
        String text = "title = \"t\"\nkind = \"expression\"\nprecision = 4\nid = \"k\"\nexpression = \"" + expression + "\"\n"
                + keys + "\n[inputs]\n" + inputs + "\n";
        ScenarioResult r = ExamFile.read("k.toml", text).scenario().compute();
        return r.derived().stream().collect(Collectors.toMap(Derived::quantity, Derived::value));
    }

    @Test
    void withoutKeys_theLibrariesRulesHold_reluPrimeOfZeroIsZero_andATieGoesToTheFirst() {
        assertThat(gradients("", "relu(c)", "c = 0")).containsEntry("∂f/∂c", 0.0);
        assertThat(gradients("", "max(a, b)", "a = 1\nb = 1")).containsEntry("∂f/∂a", 1.0).containsEntry("∂f/∂b", 0.0);
        assertThat(gradients("", "max(b, a)", "a = 1\nb = 1")).containsEntry("∂f/∂a", 0.0).containsEntry("∂f/∂b", 1.0);
    }

    @Test
    void conventionsDocuments_takesReluPrimeOfZeroAsOne() {
        assertThat(gradients("conventions = \"documents\"", "relu(c)", "c = 0")).containsEntry("∂f/∂c", 1.0);
    }

    @Test
    void reluAtZero_overridesTheNamedSet() {
        assertThat(gradients("relu_at_zero = 1", "relu(c)", "c = 0")).containsEntry("∂f/∂c", 1.0);
        assertThat(gradients("conventions = \"documents\"\nrelu_at_zero = 0", "relu(c)", "c = 0"))
                .containsEntry("∂f/∂c", 0.0);
    }

    @Test
    void maxTieSplitEvenly_givesEachTiedArgumentHalf_inEitherOrder() {
        // max(a, b) at a = b = 1, split evenly: ∂f/∂a = ∂f/∂b = 1/2 whichever is written first.
        assertThat(gradients("max_tie = \"split_evenly\"", "max(a, b)", "a = 1\nb = 1"))
                .containsEntry("∂f/∂a", 0.5).containsEntry("∂f/∂b", 0.5);
        assertThat(gradients("max_tie = \"split_evenly\"", "max(b, a)", "a = 1\nb = 1"))
                .containsEntry("∂f/∂a", 0.5).containsEntry("∂f/∂b", 0.5);
    }
}

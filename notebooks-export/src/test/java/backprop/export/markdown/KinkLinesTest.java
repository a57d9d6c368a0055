package backprop.export.markdown;

import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.ExamFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The answer key says where a point is a kink, the rule in force and both one-sided derivatives")
class KinkLinesTest {

    private static String kinks(String keys, String expression, String inputs) {
        String text = "title = \"t\"\nkind = \"expression\"\nprecision = 4\nid = \"k\"\nexpression = \"" + expression
                + "\"\n" + keys + "\n[inputs]\n" + inputs + "\n";
        ScenarioResult r = ExamFile.read("k.toml", text).scenario().compute();
        return KinkLines.text(r, Precision.significant(4));
    }

    @Test
    void maxAtATie_namesTheArgumentThatGotTheGradient_inTheOrderWritten() {
        // max(a, b) at a = b = 1: first rule → a gets 1, b gets 0; each one-sided range is [0, 1].
        assertThat(kinks("", "max(a, b)", "a = 1\nb = 1")).contains("- max(a, b) at a = b = 1 is a kink:"
                + " max_tie = first sends the whole gradient to a, the first maximal argument as written,"
                + " so ∂f/∂a = 1 and ∂f/∂b = 0; one-sided: ∂f/∂a ∈ [0, 1], ∂f/∂b ∈ [0, 1].");
        assertThat(kinks("", "max(b, a)", "a = 1\nb = 1")).contains("- max(b, a) at b = a = 1 is a kink:"
                + " max_tie = first sends the whole gradient to b, the first maximal argument as written,"
                + " so ∂f/∂a = 0 and ∂f/∂b = 1; one-sided: ∂f/∂a ∈ [0, 1], ∂f/∂b ∈ [0, 1].");
    }

    @Test
    void maxSplitEvenly_saysEachTiedArgumentGetsItsShare() {
        assertThat(kinks("max_tie = \"split_evenly\"", "max(a, b)", "a = 1\nb = 1")).contains("max_tie ="
                + " split_evenly gives each of the 2 maximal arguments 1/2 of the gradient, so ∂f/∂a = 0.5 and"
                + " ∂f/∂b = 0.5; one-sided: ∂f/∂a ∈ [0, 1], ∂f/∂b ∈ [0, 1].");
    }

    @Test
    void reluAtZero_namesTheRuleAndTheRangeWithTheUpstreamsSign() {
        // f = −2·relu(c) at c = 0: ReLU'(0) = 1 gives ∂f/∂c = −2; from the left 0, from the right −2.
        assertThat(kinks("relu_at_zero = 1", "-2*relu(c)", "c = 0")).contains("- relu(c) at c = 0 is a kink:"
                + " the rule ReLU'(0) = 1 (relu_at_zero = 1), so ∂f/∂c = -2; one-sided: ∂f/∂c ∈ [-2, 0].");
    }

    @Test
    void twoKinks_inTheOrderTheExpressionBuildsThem() {
        String text = kinks("", "max(a, b) + relu(c)", "a = 1\nb = 1\nc = 0");
        assertThat(text.indexOf("- max(a, b) at")).isPositive().isLessThan(text.indexOf("- relu(c) at"));
    }

    @Test
    void aTieWithAConstant_namesOnlyTheInput_andSaysTheConstantGotTheGradient() {
        // max(1, a) at a = 1: the first maximum is the constant, so ∂f/∂a = 0; from the right 1.
        assertThat(kinks("", "max(1, a)", "a = 1")).contains("- max(1, a) at a = 1 is a kink: max_tie = first"
                + " sends the whole gradient to 1, the first maximal argument as written, so ∂f/∂a = 0;"
                + " one-sided: ∂f/∂a ∈ [0, 1].");
    }

    @Test
    void aKinkNoInputDependsOn_saysSo() {
        // max(1, 1) ties two constants; relu(c)^2 at c = 0 has upstream 2·relu(0) = 0: ∂f/∂c = 0 from both sides.
        assertThat(kinks("", "max(1, 1) + a", "a = 0")).contains("- max(1, 1) at 1 = 1 = 1 is a kink: max_tie ="
                + " first sends the whole gradient to 1, the first maximal argument as written; no input's gradient"
                + " depends on the rule here.");
        assertThat(kinks("", "relu(c)^2", "c = 0")).contains("- relu(c) at c = 0 is a kink: the rule ReLU'(0) = 0"
                + " (relu_at_zero = 0); no input's gradient depends on the rule here.");
    }

    @Test
    void noKink_noLines() {
        assertThat(kinks("", "max(a, b) + relu(c)", "a = 2\nb = 1\nc = 3")).isEmpty();
    }

    @Test
    void aKinkInsideTheExpression_namesTheInputsItAffects() {
        // max(a*x, b) at a·x = b = 2, a = 1, x = 2: ∂f/∂a = x·[0, 1] = [0, 2], ∂f/∂x = a·[0, 1] = [0, 1].
        assertThat(kinks("", "max(a*x, b)", "a = 1\nx = 2\nb = 2")).contains("so ∂f/∂a = 2, ∂f/∂x = 1 and"
                + " ∂f/∂b = 0; one-sided: ∂f/∂a ∈ [0, 2], ∂f/∂x ∈ [0, 1], ∂f/∂b ∈ [0, 1].");
    }
}

package backprop.examples.scenariofile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An expression file's formula, as LaTeX")
class ExpressionFormulaTest {

    private static String formula(String expression) {
        String file = """
                title = "powers"
                kind = "expression"
                precision = 4
                expression = "%s"

                [inputs]
                x = 2
                y = 3
                """.replace("%s", expression);
        return ExamFile.read("powers.toml", file).scenario().formula();
    }

    @Test
    @DisplayName("an exponent of more than one character is braced: x^10 is x to the tenth, not x¹ then 0")
    void exponentsAreBraced() {
        assertThat(formula("x^10 + y^-2.5")).isEqualTo("f = \\mathrm{x}^{10} + \\mathrm{y}^{-2.5}");
    }

    @Test
    @DisplayName("a product is a centred dot")
    void productIsCdot() {
        assertThat(formula("x*y")).isEqualTo("f = \\mathrm{x} \\cdot \\mathrm{y}");
    }
}

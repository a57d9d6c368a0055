package backprop.examples.scenariofile.expression;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A name in LaTeX")
class LatexNameTest {

    @Test
    @DisplayName("TeX's special characters escaped, line breaks and control characters as spaces")
    void escape() {
        assertThat(LatexName.escape("a_b{c}$d#e%f&g")).isEqualTo("a\\_b\\{c\\}\\$d\\#e\\%f\\&g");
        assertThat(LatexName.escape("\\^~<>")).isEqualTo("\\backslash \\hat{\\ }\\sim \\lt \\gt ");
        assertThat(LatexName.escape("a\nb\u2028c\u2029d\u0007e")).isEqualTo("a b c d e");
        assertThat(LatexName.escape("λ 1+2")).isEqualTo("λ 1+2");
    }
}

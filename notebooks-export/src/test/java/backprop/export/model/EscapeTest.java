package backprop.export.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Each output language's escaper")
class EscapeTest {

    @Test
    @DisplayName("Markdown: HTML as entities, Markdown punctuation backslash-escaped, line breaks as spaces")
    void markdownNeutralisesHtmlAndSyntax() {
        assertThat(Escape.markdown("<script>alert(1)</script><img src=x onerror=alert(2)>"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(Escape.markdown("a\n\n# INJECTED")).isEqualTo("a  \\# INJECTED");
        assertThat(Escape.markdown("[x](javascript:alert(1)) ![i](y)")).isEqualTo("\\[x\\](javascript:alert(1)) \\!\\[i\\](y)");
        assertThat(Escape.markdown("*a* _b_ `c` a|b ~~d~~ &amp;")).isEqualTo("\\*a\\* \\_b\\_ \\`c\\` a\\|b \\~\\~d\\~\\~ &amp;amp;");
        assertThat(Escape.markdown("plain words, 0.5 − 1")).isEqualTo("plain words, 0.5 − 1");
    }

    @Test
    @DisplayName("Markdown: text with $ or a backslash is a code span, which neither Jupyter nor MathJax reads as maths")
    void markdownPutsMathsDelimitersInACodeSpan() {
        assertThat(Escape.markdown("costs $5 and $6")).isEqualTo("`costs $5 and $6`");
        assertThat(Escape.markdown("\\begin{bmatrix}")).isEqualTo("`\\begin{bmatrix}`");
        assertThat(Escape.markdown("a`b$")).isEqualTo("``a`b$``");
        assertThat(Escape.markdown("`$`")).isEqualTo("`` `$` ``");
        assertThat(Escape.markdown("$\r\n# x")).isEqualTo("`$  # x`");
        assertThat(Escape.markdownCell("a|b$")).isEqualTo("`a\\|b$`");
        assertThat(Escape.markdownCell("a|b")).isEqualTo("a\\|b");
        assertThat(Escape.markdownCode("shared/seeds/004_2cd8.txt")).isEqualTo("`shared/seeds/004_2cd8.txt`");
    }

    @Test
    @DisplayName("HTML and SVG: & < > \" ' as entities; $, backslash and line breaks as numeric references; NUL refused")
    void htmlEscapesAttributesAndText() {
        assertThat(Escape.html("\"/><script>&'")).isEqualTo("&quot;/&gt;&lt;script&gt;&amp;&#39;");
        assertThat(Escape.html("$x$ \\( a\nb\rc")).isEqualTo("&#36;x&#36; &#92;( a&#10;b&#13;c");
        assertThat(Escape.html("a\0b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(Escape.html("é \uD83D\uDE00")).isEqualTo("é \uD83D\uDE00");
    }

    @Test
    @DisplayName("LaTeX: every special character a command, nothing can close a group, the maths or an environment")
    void latexEscapesSpecials() {
        assertThat(Escape.latex("a_b{c}$#%&")).isEqualTo("a\\_b\\{c\\}\\$\\#\\%\\&");
        assertThat(Escape.latex("\\end{bmatrix}")).isEqualTo("\\backslash end\\{bmatrix\\}");
        assertThat(Escape.latex("^~<>\n")).isEqualTo("\\hat{\\ }\\sim \\lt \\gt  ");
    }

    @Test
    @DisplayName("Java: a literal of the exact text, no \\u escape, control characters as octal")
    void javaLiteral() {
        assertThat(Escape.java("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(Escape.java("\n\r\t\0\u0001\u007f")).isEqualTo("\"\\n\\r\\t\\000\\001\\177\"");
        assertThat(Escape.java("\\u0022")).isEqualTo("\"\\\\u0022\"");
        assertThat(Escape.javaText("a\nb", "  ")).isEqualTo("\"a\\n\"\n  + \"b\"");
        assertThat(Escape.javaText("", "  ")).isEqualTo("\"\"");
    }

    @Test
    @DisplayName("CSV: a cell a spreadsheet would run starts with ', a number stays a number")
    void csvNeutralisesFormulas() {
        assertThat(Escape.csv("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Escape.csv("+1+1")).isEqualTo("'+1+1");
        assertThat(Escape.csv("-x")).isEqualTo("'-x");
        assertThat(Escape.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Escape.csv("\tx")).isEqualTo("'\tx");
        assertThat(Escape.csv("\rx")).isEqualTo("'\rx");
        assertThat(Escape.csv("-0.0651728")).isEqualTo("-0.0651728");
        assertThat(Escape.csv("+3")).isEqualTo("+3");
        assertThat(Escape.csv("∂f/∂x")).isEqualTo("∂f/∂x");
        assertThat(Escape.csv("")).isEqualTo("");
    }

    @Test
    void terminal_showsLineBreaksTabsAndControlCharactersAsEscapes_andLeavesTheRestAlone() {
        assertThat(Escape.terminal("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        // ESC [ 2 J would clear the screen; U+2028 breaks a line in some terminals and editors
        assertThat(Escape.terminal("\u001b[2J x\u2028y\u2029\u0000")).isEqualTo("\\u001b[2J x\\u2028y\\u2029\\u0000");
        assertThat(Escape.terminal("∂L/∂ŷ = −0.46")).isEqualTo("∂L/∂ŷ = −0.46");
    }
}

package backprop.export.model;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

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
        // U+2028 and U+2029 end a line for JavaScript's renderers as \n does
        assertThat(Escape.markdown("a\u2028b\u2029c")).isEqualTo("a b c");
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
        // CommonMark strips one space from each end of a span that starts and ends with one: the pad keeps it
        assertThat(Escape.markdownCode(" x")).isEqualTo("`  x `");
        assertThat(Escape.markdownCode("x ")).isEqualTo("` x  `");
        // no backtick in the text: a fence of one; nothing to pad
        assertThat(Escape.markdownCode("")).isEqualTo("``");
    }

    @Test
    @DisplayName("Markdown, plain: what a GFM renderer links by itself (://, www., an @) is a code span, the rest as markdown()")
    void markdownPlainPutsWhatAutolinksInACodeSpan() {
        // GFM's extended autolinks: www. (any case), a scheme's ://, an e-mail address; a code span holds none
        assertThat(Escape.markdownPlain("www.evil.example")).isEqualTo("`www.evil.example`");
        assertThat(Escape.markdownPlain("see WWW.Evil.Example")).isEqualTo("`see WWW.Evil.Example`");
        assertThat(Escape.markdownPlain("https://evil.example/x")).isEqualTo("`https://evil.example/x`");
        assertThat(Escape.markdownPlain("ftp://x")).isEqualTo("`ftp://x`");
        assertThat(Escape.markdownPlain("ada@uni.example")).isEqualTo("`ada@uni.example`");
        assertThat(Escape.markdownPlain("a `b` www.x")).isEqualTo("``a `b` www.x``");
        // near them, nothing a renderer links: markdown()'s own escapes
        assertThat(Escape.markdownPlain("Ada_Lovelace")).isEqualTo("Ada\\_Lovelace");
        assertThat(Escape.markdownPlain("www")).isEqualTo("www");
        assertThat(Escape.markdownPlain("wwwx.y")).isEqualTo("wwwx.y");
        assertThat(Escape.markdownPlain("a:/b and c//d")).isEqualTo("a:/b and c//d");
        assertThat(Escape.markdownPlain("<b>*x*</b>")).isEqualTo("&lt;b&gt;\\*x\\*&lt;/b&gt;");
        assertThat(Escape.markdownPlain("$x$")).isEqualTo("`$x$`");
    }

    @Test
    @DisplayName("HTML and SVG: & < > \" ' as entities; $, backslash and line breaks as numeric references; NUL refused")
    void htmlEscapesAttributesAndText() {
        assertThat(Escape.html("\"/><script>&'")).isEqualTo("&quot;/&gt;&lt;script&gt;&amp;&#39;");
        assertThat(Escape.html("$x$ \\( a\nb\rc")).isEqualTo("&#36;x&#36; &#92;( a&#10;b&#13;c");
        assertThat(Escape.html("a\0b\uD800c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(Escape.html("é \uD83D\uDE00")).isEqualTo("é \uD83D\uDE00");
        // a lone surrogate, high at the end or low at the start or after another character, is no XML character
        assertThat(Escape.html("a\uD800")).isEqualTo("a\uFFFD");
        assertThat(Escape.html("\uDC00a")).isEqualTo("\uFFFDa");
        assertThat(Escape.html("a\uDC00")).isEqualTo("a\uFFFD");
        // XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
        assertThat(Escape.html("\u001f \t\uFFFE\uFFFF\uFFFD")).isEqualTo("\uFFFD \t\uFFFD\uFFFD\uFFFD");
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
        assertThat(Escape.java("a b~")).isEqualTo("\"a b~\"");
        // a line feed at the very start ends the first literal; a lone high surrogate at the end stays as it is
        assertThat(Escape.javaText("\nb", "  ")).isEqualTo("\"\\n\"\n  + \"b\"");
        assertThat(Escape.javaText("a\uD800", "  ")).isEqualTo("\"a\uD800\"");
    }

    @Test
    @DisplayName("Java text: a literal holds at most 2,000 characters and never half of a surrogate pair")
    void javaText_cutsLongLinesOutsideSurrogatePairs() {
        String a = "a".repeat(2000);
        assertThat(literals(Escape.javaText(a + "b", "  "))).containsExactly(List.of("\"" + a + "\"", "\"b\""));
        // the pair U+1F600 would straddle characters 2,000 and 2,001: the first literal ends before it
        String pair = "\uD83D\uDE00";
        assertThat(literals(Escape.javaText(a.substring(1) + pair + "b", "  ")))
                .containsExactly(List.of("\"" + a.substring(1) + "\"", "\"" + pair + "b\""));
    }

    /**
     * Java text: a class-file constant holds at most 65,535 bytes of modified UTF-8 (JVMS §4.4.7: U+0001–U+007F one
     * byte, NUL and U+0080–U+07FF two, U+0800–U+FFFF three), and javac folds "a" + "b" into one constant: groups of
     * at most 60,000 bytes and 1,000 literals.
     */
    @ParameterizedTest(name = "U+{0}: {1} literals of 2,000 fit one constant, {2} do not")
    @CsvSource(delimiter = ';', value = {"0061;30;31", "0080;15;16", "0000;15;16", "07FF;15;16", "0800;10;11"})
    void javaText_groupsLiteralsIntoConstantsOfAtMost60000Bytes(String codePoint, int fit, int over) {
        String line = Character.toString(Integer.parseInt(codePoint, 16)).repeat(2000);
        assertThat(literals(Escape.javaText(line.repeat(fit), "  "))).extracting(List::size).containsExactly(fit);
        assertThat(literals(Escape.javaText(line.repeat(over), "  "))).extracting(List::size).containsExactly(fit, 1);
    }

    @Test
    @DisplayName("Java text: at most 1,000 literals to a constant")
    void javaText_groupsAtMost1000Literals() {
        assertThat(literals(Escape.javaText("x\n".repeat(1000), "  "))).extracting(List::size).containsExactly(1000);
        assertThat(literals(Escape.javaText("x\n".repeat(1001), "  "))).extracting(List::size).containsExactly(1000, 1);
    }

    /** The literals of a javaText expression, per constant: String.join's arguments, each split at its "+". */
    private static List<List<String>> literals(String expression) {
        String join = "String.join(\"\",\n  ";
        List<String> groups = expression.startsWith(join)
                ? List.of(expression.substring(join.length(), expression.length() - 1).split(",\n  "))
                : List.of(expression);
        return groups.stream().map(g -> List.of(g.split("\n  \\+ "))).toList();
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

package backprop.export.model;

import backprop.examples.Scenario;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.expression.LatexName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A formula as HTML that renders with no MathJax")
class MathsTest {
    private static final Path VARIANTS = Path.of("../variants").toAbsolutePath().normalize();
    private static final String EM = "\u2003";
    private static final String THIN = "\u2009";

    /** The page a reader sees: the HTML parsed as XML (so its tags must nest), tags checked, the text returned. */
    static String visible(String html) {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                    ("<root>" + html + "</root>").getBytes(StandardCharsets.UTF_8)));
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                assertThat(e.getTagName()).isIn("root", "div", "i", "b", "sub", "sup", "code");
                assertThat(e.getAttributes().getLength()).isEqualTo(e.getTagName().equals("div") ? 1 : 0);
            }
            return doc.getDocumentElement().getTextContent();
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + html, e);
        }
    }

    static List<String> variantFormulas() throws IOException {
        List<String> formulas = new ArrayList<>();
        try (Stream<Path> files = Files.list(VARIANTS)) {
            files.filter(f -> f.toString().endsWith(".toml")).sorted()
                    .forEach(f -> formulas.add(ExamFile.read(f).scenario().formula()));
        }
        return formulas;
    }

    @Test
    @DisplayName("every formula of the five documents shows no TeX: no \\ $ { } ^ _ left in the text a reader sees")
    void catalogueLeavesNoTex() {
        List<Scenario> scenarios = Catalogue.scenarios();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(16);
        for (Scenario s : scenarios) {
            assertThat(visible(Maths.displayed(s.formula()))).as(s.id()).doesNotContain("\\", "$", "{", "}", "^", "_");
        }
    }

    @Test
    @DisplayName("every variants/*.toml formula shows no TeX; an underscore only where the name has one (\\_)")
    void variantsLeaveNoTex() throws IOException {
        List<String> formulas = variantFormulas();
        assertThat(formulas).hasSize(16);
        for (String tex : formulas) {
            String text = visible(Maths.displayed(tex));
            assertThat(text).as(tex).doesNotContain("\\", "$", "{", "}", "^");
            assertThat(text.chars().filter(c -> c == '_').count()).as(tex).isEqualTo(tex.split("\\\\_", -1).length - 1L);
        }
    }

    @Nested
    @DisplayName("the documents' formulas, converted by hand")
    class ByHand {
        @Test
        @DisplayName("003's tanh gate: f(z) = tanh z, f′(z) = 1 − f(z)²")
        void tanhGate() {
            assertThat(Maths.html("f(z) = \\tanh z,\\quad f'(z) = 1 - f(z)^2")).isEqualTo(
                    "<i>f</i>(<i>z</i>) = tanh <i>z</i>, " + EM + "<i>f</i>′(<i>z</i>) = 1 − <i>f</i>(<i>z</i>)<sup>2</sup>");
        }

        @Test
        @DisplayName("003's sigmoid gate: 1/(1 + e^−(w0 x0 + b)), the compound denominator in parentheses")
        void sigmoidGate() {
            assertThat(Maths.html("f(w,x) = \\frac{1}{1+e^{-(w_0 x_0 + b)}}")).isEqualTo("<i>f</i>(<i>w</i>, <i>x</i>) = "
                    + "1/(1 + <i>e</i><sup>−(<i>w</i><sub>0</sub><i>x</i><sub>0</sub>+<i>b</i>)</sup>)");
        }

        @Test
        @DisplayName("000's σ′: e^−x/(1 + e^−x)², a bracketed denominator is not compound")
        void sigmoidDerivative() {
            assertThat(Maths.html("\\frac{d}{dx}\\sigma(x) = \\frac{e^{-x}}{(1+e^{-x})^2}")).isEqualTo(
                    "<i>d</i>/<i>dx</i> σ(<i>x</i>) = <i>e</i><sup>−<i>x</i></sup>/(1 + <i>e</i><sup>−<i>x</i></sup>)<sup>2</sup>");
        }

        @Test
        @DisplayName("004's ∂L/∂w212: three fractions side by side, ŷ precomposed")
        void weight212() {
            assertThat(Maths.html("\\frac{\\partial L}{\\partial w_{212}} = \\frac{\\partial L}{\\partial \\hat y_1}"
                    + "\\frac{\\partial \\hat y_1}{\\partial a_{21}}")).isEqualTo("∂<i>L</i>/∂<i>w</i><sub>212</sub> = "
                    + "∂<i>L</i>/∂<i>ŷ</i><sub>1</sub> ∂<i>ŷ</i><sub>1</sub>/∂<i>a</i><sub>21</sub>");
        }

        @Test
        @DisplayName("004's chain rule: e^(e^(x²)), a script three deep")
        void nestedScripts() {
            assertThat(Maths.html("\\frac{de^{e^{x^2}}}{dx}")).isEqualTo(
                    "<i>de</i><sup><i>e</i><sup><i>x</i><sup>2</sup></sup></sup>/<i>dx</i>");
        }

        @Test
        @DisplayName("003's cost: λ‖ω‖² + 1/n Σ_{t=1}^n ‖y^t − (b + V sigmoid(c + W x^t))‖², bold vectors, upright sigmoid")
        void regularisedCost() {
            assertThat(Maths.html("J(\\theta) = \\lambda\\|\\omega\\|^2 + \\frac{1}{n}\\sum_{t=1}^n \\|\\mathbf{y}^t - "
                    + "(\\mathbf{b} + \\mathbf{V}\\,\\mathrm{sigmoid}(\\mathbf{c} + \\mathbf{W}\\mathbf{x}^t))\\|^2"))
                    .isEqualTo("<i>J</i>(θ) = λ‖ω‖<sup>2</sup> + 1/<i>n</i> Σ<sub><i>t</i>=1</sub><sup><i>n</i></sup> "
                            + "‖<b>y</b><sup><i>t</i></sup> − (<b>b</b> + <b>V</b>" + THIN + "sigmoid(<b>c</b> + "
                            + "<b>Wx</b><sup><i>t</i></sup>))‖<sup>2</sup>");
        }

        @Test
        @DisplayName("002's δ recursion: \\left( \\right) as plain brackets, Σ_ℓ set off from its summand")
        void sizedBrackets() {
            assertThat(Maths.html("\\left(\\sum_\\ell \\delta_\\ell W_{k\\ell}\\right) g'(z)")).isEqualTo(
                    "(Σ<sub>ℓ</sub> δ<sub>ℓ</sub><i>W</i><sub><i>k</i>ℓ</sub>)<i>g</i>′(<i>z</i>)");
        }

        @Test
        @DisplayName("the centred line is a div with align, which JupyterLab's stylesheet does not override as it does on p")
        void displayedLine() {
            assertThat(Maths.displayed("x")).isEqualTo("<div align=\"center\"><i>x</i></div>");
        }
    }

    @Nested
    @DisplayName("a fraction's parentheses and spaces")
    class Fractions {
        @ParameterizedTest
        @ValueSource(strings = {"\\frac{a+b}{c}|(<i>a</i> + <i>b</i>)/<i>c</i>",
                                "\\frac{c}{a-b}|<i>c</i>/(<i>a</i> − <i>b</i>)",
                                "\\frac{a=b}{c}|(<i>a</i> = <i>b</i>)/<i>c</i>",
                                "\\frac{a,b}{c}|(<i>a</i>, <i>b</i>)/<i>c</i>",
                                "\\frac{a\\,b}{c}|(<i>a</i>" + THIN + "<i>b</i>)/<i>c</i>",
                                "\\frac{a\\cdot b}{c}|(<i>a</i> · <i>b</i>)/<i>c</i>",
                                "\\frac{\\frac{a}{b}}{c}|(<i>a</i>/<i>b</i>)/<i>c</i>",
                                "\\frac{\\sum_k a}{c}|(Σ<sub><i>k</i></sub> <i>a</i>)/<i>c</i>",
                                "\\frac{\\mathrm{a+b}}{c}|(a + b)/<i>c</i>",
                                "\\frac{{a+b}}{c}|(<i>a</i> + <i>b</i>)/<i>c</i>",
                                "\\frac{-a}{c}|(−<i>a</i>)/<i>c</i>",
                                "\\frac{(a+b)}{[c-d]}|(<i>a</i> + <i>b</i>)/&#91;<i>c</i> − <i>d</i>&#93;",
                                "\\frac{e^{a+b}}{c_{i,j}}|<i>e</i><sup><i>a</i>+<i>b</i></sup>/<i>c</i><sub><i>i</i>,<i>j</i></sub>",
                                "\\frac{2x}{y}|2<i>x</i>/<i>y</i>",
                                "\\frac{a}{b}\\frac{c}{d}|<i>a</i>/<i>b</i> <i>c</i>/<i>d</i>",
                                "x\\frac{a}{b}|<i>x</i> <i>a</i>/<i>b</i>",
                                "\\frac{a}{b}x|<i>a</i>/<i>b</i> <i>x</i>",
                                "\\frac{a}{b}(x)|<i>a</i>/<i>b</i> (<i>x</i>)",
                                "\\frac{a}{b}+x|<i>a</i>/<i>b</i> + <i>x</i>",
                                "(\\frac{a}{b})|(<i>a</i>/<i>b</i>)",
                                "x=\\frac{a}{b}|<i>x</i> = <i>a</i>/<i>b</i>",
                                "\\frac{\\mathbf{a+b}}{c}|(<b>a + b</b>)/<i>c</i>",
                                "(\\frac{a}{b})x|(<i>a</i>/<i>b</i>)<i>x</i>",
                                "\\frac{a}{b}=x|<i>a</i>/<i>b</i> = <i>x</i>",
                                "\\frac{a}{b},x|<i>a</i>/<i>b</i>, <i>x</i>",
                                "\\frac{a}{b}\\quad x|<i>a</i>/<i>b</i>" + EM + "<i>x</i>",
                                "\\frac{a}{b}xy|<i>a</i>/<i>b</i> <i>xy</i>",
                                "\\frac{a)+b}{c}|(<i>a</i>) + <i>b</i>)/<i>c</i>"})
        @DisplayName("a compound side in parentheses (an operator outside its brackets); a space to the atoms beside")
        void parenthesesAndSpaces(String caseAndExpected) {
            String[] c = caseAndExpected.split("\\|");
            assertThat(Maths.html(c[0])).isEqualTo(c[1]);
        }
    }

    @Nested
    @DisplayName("spacing, signs and symbols as TeX sets them")
    class Spacing {
        @ParameterizedTest
        @ValueSource(strings = {"-x|−<i>x</i>", "a-b|<i>a</i> − <i>b</i>", "(-x)|(−<i>x</i>)", "a=-b|<i>a</i> = −<i>b</i>",
                                "a,-b|<i>a</i>, −<i>b</i>", "a*b|<i>a</i> ∗ <i>b</i>", "a+b|<i>a</i> + <i>b</i>",
                                "x^{a-b=c,d}|<i>x</i><sup><i>a</i>−<i>b</i>=<i>c</i>,<i>d</i></sup>",
                                "x_{a\\cdot b}|<i>x</i><sub><i>a</i>·<i>b</i></sub>", "x^-|<i>x</i><sup>−</sup>",
                                "a \\lt b|<i>a</i> &lt; <i>b</i>", "a \\gt b|<i>a</i> &gt; <i>b</i>",
                                "\\tanh z|tanh <i>z</i>", "\\max(z, w)|max(<i>z</i>, <i>w</i>)", "\\exp[x]|exp&#91;<i>x</i>&#93;",
                                "\\log \\frac{a}{b}|log <i>a</i>/<i>b</i>", "\\sum_k x_k|Σ<sub><i>k</i></sub> <i>x</i><sub><i>k</i></sub>",
                                "\\sum (x)|Σ (<i>x</i>)", "a \\quad b|<i>a</i>" + EM + "<i>b</i>", "a\\ b|<i>a</i> <i>b</i>",
                                "x y|<i>xy</i>", "\\mathrm{ab}c|ab<i>c</i>", "\\mathbf{x}\\mathbf{y}|<b>xy</b>",
                                "\\mathbf x|<b>x</b>", "f''|<i>f</i>′′", "2.5x|2.5<i>x</i>", "\\nabla_x f|∇<sub><i>x</i></sub><i>f</i>",
                                "\\partial\\eta\\mu\\alpha\\beta\\Theta|∂ημαβΘ", "AZaz@[`|<i>AZaz</i>@&#91;&#96;",
                                "+^{2}-y|+<sup>2</sup> − <i>y</i>", "x^{y^{a-b}}|<i>x</i><sup><i>y</i><sup><i>a</i>−<i>b</i></sup></sup>",
                                "x_{y_{a-b}}|<i>x</i><sub><i>y</i><sub><i>a</i>−<i>b</i></sub></sub>", "a\\,-b|<i>a</i>" + THIN + "−<i>b</i>"})
        @DisplayName("binary operators and relations spaced on the main line only, a sign never; functions upright")
        void spacing(String caseAndExpected) {
            String[] c = caseAndExpected.split("\\|");
            assertThat(Maths.html(c[0])).isEqualTo(c[1]);
        }

        @Test
        @DisplayName("\\hat: precomposed ŷ, a combining circumflex where Unicode has no such letter, upright in \\mathrm")
        void hats() {
            assertThat(Maths.html("\\hat y")).isEqualTo("<i>ŷ</i>");
            assertThat(Maths.html("\\hat{x}")).isEqualTo("<i>x\u0302</i>");
            assertThat(Maths.html("\\mathrm{\\hat{a}}")).isEqualTo("â");
            assertThat(Maths.html("\\mathrm{a\\hat{\\ }b}")).isEqualTo("a&#94;b");
        }

        @Test
        @DisplayName("\\left, \\right and \\Big draw their bracket as it is; \\left. draws nothing")
        void delimiters() {
            assertThat(Maths.html("\\Big(a\\Big) \\left[b\\right] \\left.c\\right\\|")).isEqualTo(
                    "(<i>a</i>)&#91;<i>b</i>&#93;<i>c</i>‖");
            assertThat(Maths.html("\\frac{\\left(a+b\\right)}{c}")).isEqualTo("(<i>a</i> + <i>b</i>)/<i>c</i>");
            assertThat(Maths.html("\\left ( a \\right )")).isEqualTo("(<i>a</i>)");
        }
    }

    @Nested
    @DisplayName("a name from an instructor's file is data")
    class Names {
        @ParameterizedTest
        @ValueSource(strings = {"a<b", "x&y", "<script>alert(1)</script>", "a\"b", "{}$#%&_^~\\", "[x](javascript:y)",
                                "|`c`!", "</div><div>", "\\(x\\)$$y$$"})
        @DisplayName("LatexName's escape round-trips: the reader sees the name exactly, as text, $ and \\ in code")
        void roundTrip(String name) {
            String html = Maths.displayed("f = \\mathrm{" + LatexName.escape(name) + "}");
            // TeX spaces \\lt and \\gt as relations even in \\mathrm: the name is exact but for spaces
            assertThat(visible(html).replace(" ", "")).isEqualTo("f=" + name);
            // nothing a Markdown renderer or MathJax would read: every < is one of our tags, $ and \ only in <code>
            assertThat(html.replaceAll("</?(div|i|b|sub|sup|code)( align=\"center\")?>", "").replaceAll("&(#[0-9]+|lt|gt);", ""))
                    .doesNotContain("<", ">", "\"", "'", "&", "[", "]", "*", "`", "|", "$", "\\", "_", "#", "~");
            assertThat(html.replaceAll("<code>&#(36|92);</code>", "")).doesNotContain("&#36;", "&#92;");
        }

        @Test
        @DisplayName("a raw < or > in the TeX is text, never a tag; spaces in the source are TeX's, a control character one space")
        void rawMarkup() {
            assertThat(Maths.html("a<b>c")).isEqualTo("<i>a</i>&#60;<i>b</i>&#62;<i>c</i>");
            assertThat(Maths.html("\\mathrm{a\nb\u2028c}")).isEqualTo("abc");
            assertThat(Maths.html("\\mathrm{a\u0001b}")).isEqualTo("a b");
            assertThat(Maths.html("\\mathrm{a\\_b}")).isEqualTo("a&#95;b");
        }

        @Test
        @DisplayName("an expression file's formula names its inputs upright, its product a centred dot")
        void expressionFile() {
            String text = "title = \"t\"\nkind = \"expression\"\nprecision = 4\nexpression = \"w_0 * x0 + longname\"\n"
                    + "[inputs]\nw_0 = 1\nx0 = 2\nlongname = 3\n";
            String tex;
            try {
                tex = ExamFile.read("e.toml", text).scenario().formula();
            } catch (RuntimeException e) {
                throw new AssertionError("the example file is not a valid scenario file", e);
            }
            assertThat(Maths.html(tex)).isEqualTo("<i>f</i> = w&#95;0 · x0 + longname");
        }
    }

    @Nested
    @DisplayName("anything outside the subset is refused, never passed through")
    class Refused {
        @ParameterizedTest
        @ValueSource(strings = {"\\foo", "\\begin{bmatrix} 1 \\end{bmatrix}", "\\frac{a}", "{a", "a}", "a#b", "a$b", "50%",
                                "a&b", "a~b", "x\\", "x^", "x_}", "x^#", "\\hat{xy}", "\\hat{1}", "\\hat", "\\left<",
                                "\\left\\{", "\\Big", "\\mathrm", "\\sqrt{2}",
                                "x^^", "x^_", "x_^", "\\hat\\ }"})
        @DisplayName("an unknown command, a bare special character, a missing argument or an unbalanced brace")
        void refused(String tex) {
            assertThatThrownBy(() -> Maths.html(tex)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("formula: ").hasMessageContaining(tex);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\\hat{xy}", "\\hat{1}", "\\hat 1", "\\hat"})
        @DisplayName("\\hat over anything but one letter says so (it would otherwise fail later, on a brace)")
        void hatOverOneLetter(String tex) {
            assertThatThrownBy(() -> Maths.html(tex)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("formula: \\hat over anything but one letter at character ")
                    .hasMessageEndingWith(" of " + tex);
        }
    }

    @Nested
    @DisplayName("a printed value's quantity: braced scripts only")
    class Scripts {
        @ParameterizedTest
        @ValueSource(strings = {"a_{11}|a<sub>11</sub>", "h_{14}|h<sub>14</sub>", "3(x² + 1)^{3−1}|3(x² + 1)<sup>3−1</sup>",
                                "a_{b_{c}}|a<sub>b<sub>c</sub></sub>", "W_{k,1}|W<sub>k,1</sub>", "a_{{1}}|a<sub>&#123;1&#125;</sub>",
                                "a_1 Σ_k|a&#95;1 Σ&#95;k", "a{b}|a&#123;b&#125;", "a_1{x}|a&#95;1&#123;x&#125;", "a^(L−1)|a&#94;(L−1)", "a_{1|a&#95;&#123;1", "a_|a&#95;",
                                "x^{}|x<sup></sup>", "}{_|&#125;&#123;&#95;",
                                "a_{<img src=x onerror=alert(1)>}|a<sub>&#60;img src=x onerror=alert(1)&#62;</sub>",
                                "[x](javascript:y) *a* `b`|&#91;x&#93;(javascript:y) &#42;a&#42; &#96;b&#96;"})
        @DisplayName("_{…} and ^{…} as sub and sup, nested; the documents' plain a^(L) and Σ_k as they are, escaped")
        void scripts(String caseAndExpected) {
            int bar = caseAndExpected.lastIndexOf('|');
            assertThat(Maths.scripts(caseAndExpected.substring(0, bar))).isEqualTo(caseAndExpected.substring(bar + 1));
        }

        @Test
        @DisplayName("a table cell's pipe and a line break cannot end the cell or the row")
        void pipe() {
            assertThat(Maths.scripts("a|b\nc")).isEqualTo("a&#124;b c");
            assertThat(Maths.scripts("a\u2028b\u2029c")).isEqualTo("a b c");
        }

        @Test
        @DisplayName("text with $ or \\ is Escape's code span, which no maths reads")
        void maths() {
            assertThat(Maths.scripts("$x_{1}$")).isEqualTo(Escape.markdownCell("$x_{1}$"));
            assertThat(Maths.scripts("a\\_{1}")).isEqualTo(Escape.markdownCell("a\\_{1}"));
            assertThat(Maths.scripts("\\x_{1}")).isEqualTo(Escape.markdownCell("\\x_{1}"));
        }
    }
}

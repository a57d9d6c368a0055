package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notations lint reads, one spelling at a time, and the texts that end in the middle of one: the cases PIT
 * (issue 21) showed no other test told apart. Rows are written {@code LINE:PRINTED STATUS}, in document order, as in
 * {@link LintReadingTest}; every expected row is worked by hand in the comment above it, never copied from lint's
 * output. Most cases pair two spellings of one name: a value given in one ({@code \frac{\partial E}{\partial w}
 * = 0.5}) is found by a claim that uses the other ({@code 2 ∂E/∂w = 1}, consistent: 2 · 0.5 = 1), which only holds
 * when both are read as the same name.
 */
@DisplayName("answer-key lint: each notation, and texts that stop in the middle of one")
class LintNotationsTest {

    private static String found(String text) {
        return LintReadingTest.found(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // each spelling of ∂E/∂w given 0.5 (a derivative's value is a claim the text never checks: not-checkable),
            // then found by its Unicode spelling: 2 · 0.5 = 1
            "$\\frac{\\partial E}{\\partial w} = 0.5$ so $2 ∂E/∂w = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // dE/dw, dy/dx: d and a capital, d and one lower-case letter, are differentials too
            "$\\frac{dE}{dw} = 0.5$ so $2 ∂E/∂w = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            "$\\frac{dy}{dx} = 0.5$ so $2 ∂y/∂x = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // d/dx alone: the derivative ∂/∂x
            "$\\frac{d}{dx} = 0.5$ so $2 ∂/∂x = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // a Greek letter, a subscript digit and a hat in the part below: β1, w₂ and ŷ are β1, w2 and ŷ
            "$\\frac{\\partial E}{\\partial \\beta1} = 0.5$ so $2 ∂E/∂β1 = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            "$\\frac{\\partial E}{\\partial w_2} = 0.5$ so $2 ∂E/∂w₂ = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            "$\\frac{\\partial L}{\\partial \\hat{y}} = 0.5$ so $2 ∂L/∂ŷ = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            "$\\frac{\\partial L}{\\partial \\hat y} = 0.5$ so $2 ∂L/∂ŷ = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            "$\\frac{\\partial E}{\\partial \\alpha} = 0.5$ so $2 ∂E/∂α = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // a mixed second derivative keeps its second ∂
            "$\\frac{\\partial E}{\\partial o \\partial w} = 0.5$ so $2 ∂E/∂o∂w = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // a Unicode minus in a name is the ASCII one
            "$∂E/∂w-1 = 0.5$ so $2 ∂E/∂w−1 = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // d and a capital begins a differential however long the name: dE_tot/dw is ∂E_tot/∂w
            "$\\frac{dE_{tot}}{dw} = 0.5$ so $2 ∂E_{tot}/∂w = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // d and two lower-case letters is a name, dab: (dab)/(dx) is a quotient of names the text never gives
            "$\\frac{dab}{dx} = 0.5$ so $2 ∂ab/∂x = 1$ | 1:0.5 not-checkable, 1:1 not-checkable",
            // "= 0.5" of a \hat with nothing after it, at the end of a Unicode derivative: the name is ∂L/∂
            "$2 ∂L/∂\\hat = 1$ | 1:1 not-checkable",
            // "=" ends a Unicode derivative even without a space
            "$∂L/∂w=0.5$ so $2 ∂L/∂w = 1$ | 1:0.5 not-checkable, 1:1 consistent",
            // a derivative written as a word: \text{∂L/∂w} and \mathrm{d/dx} are derivatives, so "= 0.5" is a claim
            "$\\text{∂L/∂w} = 0.5$ | 1:0.5 not-checkable",
            "$\\mathrm{d/dx} = 0.5$ | 1:0.5 not-checkable",
    })
    void derivatives(String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a layer's label is part of the name: a^(1) = 0.5 is given, and 2 · a^(1) = 1
            "$a^{(1)} = 0.5$, so $2 a^{(1)} = 1$ | 1:1 consistent",
            "$a^{[1]} = 0.5$, so $2 a^{[1]} = 1$ | 1:1 consistent",
            "$x^{T} = 0.5$, so $2 x^{T} = 1$ | 1:1 consistent",
            "$x^{\\top} = 0.5$, so $2 x^{\\top} = 1$ | 1:1 consistent",
            // subscripts: ₀ is a subscript digit like the others
            "$w₀ = 0.5$, so $2 w₀ = 1$ | 1:1 consistent",
            // primes, ASCII and Unicode, are part of the name
            "$y' = 0.5$, so $2 y' = 1$ | 1:1 consistent",
            "$y′ = 0.5$, so $2 y′ = 1$ | 1:1 consistent",
            // in maths a subscript without braces is one character: w_1 2 is w1 times 2 = 0.5 · 2
            "$w_1 = 0.5$, so $w_1 2 = 1$ | 1:1 consistent",
            // in prose it runs to the word's end: w_h1 is one name
            "w_h1 = 0.5 and 2 * w_h1 = 1 | 1:1 consistent",
            // a word followed by a digit goes on as a name in prose: Path1
            "Path1 = 0.5 and 2 * Path1 = 1 | 1:1 consistent",
            // the subscript's group ends at its own brace: a later group is no part of x1's name (2 · 0.5 + 0 = 1)
            "$x_1 = 0.5$ and $2 x_1 + {0} = 1$ | 1:1 consistent",
            // in maths w_ab is w_a times b (LaTeX's subscript is one character): 0.5 · 2 = 1
            "$w_a = 0.5$ and $b = 2$ so $w_ab = 1$ | 1:1 consistent",
            // a subscript digit after a prose word goes on as its name: net₀, net₁
            "net₀ = 0.5 and 2 * net₀ = 1 | 1:1 consistent",
            "net₁ = 0.5 and 2 * net₁ = 1 | 1:1 consistent",
            // an accent's group with a space in it is a name all the same (only \text's words are words)
            "$\\mathbf{x y} = 0.5$ so $2 \\mathbf{x y} = 1$ | 1:1 consistent",
            // a subscript group holding a \hat with nothing after it: the name is E; the text never gives E
            "$2 \\cdot E_{\\hat} = 4$ | 1:4 not-checkable",
    })
    void names(String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // each spelling of a fraction, a product and a quotient: a wrong reading would claim 3 = 2 or (1)(2) = 0.5
            "$\\frac{1}{2} = 0.5$ | 1:0.5 consistent",
            "$\\dfrac{1}{2} = 0.5$ | 1:0.5 consistent",
            "$\\tfrac{1}{2} = 0.5$ | 1:0.5 consistent",
            "$2 \\cdot 3 = 6$ | 1:6 consistent",
            "$2 \\times 3 = 6$ | 1:6 consistent",
            "$2 \\ast 3 = 6$ | 1:6 consistent",
            "$6 \\div 3 = 2$ | 1:2 consistent",
            // \tag{3} is skipped with its group: 2 = 2 is claimed; read as a factor, (3) 2 = 6 would not be 2
            "$$\\tag{3} 2 = 2$$ | 1:2 consistent",
            // a function in \text or \operatorname: ReLU(−2) = 0
            "$\\text{ReLU}(-2) = 0$ | 1:0 consistent",
            "$\\operatorname{ReLU}(-2) = 0$ | 1:0 consistent",
            // \text with a space is words: it ends the chain, so 6 is claimed of 2 · 3 (and 7 alone is no claim)
            "$2 \\cdot 3 = 6 \\text{so we get} 7$ | 1:6 consistent",
            "$2 \\cdot 3 = 6 \\operatorname{so we} 7$ | 1:6 consistent",
            // an empty \text is no name: it ends the chain the same way
            "$2 \\cdot 3 = 6 \\text{} 7$ | 1:6 consistent",
            // aligned is no break: 2 · 3 = 6 across its \begin
            "$$2 \\cdot 3 = \\begin{aligned} 6 \\end{aligned}$$ | 1:6 consistent",
            // \tag3 skips the one character after it: 2 = 2 is claimed (as g3 2, it would be no claim lint reads)
            "$$\\tag3 2 = 2$$ | 1:2 consistent",
            // in "==" after an unclosed bracket the first '=' is no relation: x = 0.5 is given, and 2x = 1
            "$x = 0.5 (x == 1$ and $2 x = 1$ | 1:1 consistent",
            // an 'e' with no digits after it is no exponent: 2e is 2 times the name e, which the text never gives
            "$2e + 1 = 3$ | 1:3 not-checkable",
            // a bracket of a name and a digit is no vector: 2 (x1) needs x1
            "$2 [x1] = 2$ | 1:2 not-checkable",
            // cases and array end a chain; as a factor, 2 · 3 = 6 would not be 3
            "$$x = 2 \\begin{cases} 3 = 3 \\end{cases}$$ | 1:3 consistent",
            "$$x = 2 \\begin{array} 3 = 3 \\end{array}$$ | 1:3 consistent",
            // inside cases the maths is read: 1 + 1 is not 3
            "$$\\begin{cases} 1 + 1 = 3 \\end{cases}$$ | 1:3 inconsistent",
            // σ is a name unless a bracket follows: σ = 0.5 is given, 2σ = 1; σ(0) and σ\left(0\right) are σ of 0
            "$\\sigma = 0.5$ and $2 \\sigma = 1$ | 1:1 consistent",
            "$\\sigma\\left(0\\right) = 0.5$ | 1:0.5 consistent",
            "$σ\\left(0\\right) = 0.5$ | 1:0.5 consistent",
            // 1e100 / 1e99 = 10: an exponent of three digits is read
            "$1e100 / 1e99 = 10$ | 1:10 consistent",
            // "=" at the file's very start has nothing before it: the chain is 2 + 2 = 4
            "= 2 + 2 = 4 | 1:4 consistent",
            // a list marker at the file's start is no minus (− 2 · 2 = 4 would be −4)
            "- 2 * 2 = 4 | 1:4 consistent",
            // in maths a leading minus is a minus: −2 · 2 = −4
            "$- 2 * 2 = -4$ | 1:-4 consistent",
    })
    void spellings(String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    @Test
    @DisplayName("2e3x is 2 times the name e3 times x: an exponent is no exponent when a letter follows it")
    void anExponentFollowedByALetter() {
        assertThat(LintReadingTest.last("$2e3x = 1$").note()).isEqualTo("the text never gives e3, x");
    }

    @Test
    @DisplayName("d( begins no differential: d(y)/dx is a quotient of names")
    void aDifferentialOfABracket() {
        assertThat(LintReadingTest.last("$\\frac{d(y)}{dx} = 0.5$").note()).isEqualTo("the text never gives d, y, dx");
    }

    @Test
    @DisplayName("a matrix of names is a matrix: no vector, and its name cannot be multiplied")
    void aMatrixOfNames() {
        List<ClaimRow> rows = Lint.check("t.md", "$W = \\begin{bmatrix} a & b \\end{bmatrix}$ and $2 W = 1$");
        assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.NOT_CHECKABLE);
        assertThat(rows.get(0).note()).contains("W is a matrix");
    }

    @Test
    @DisplayName("brackets that cross a fraction's braces: its first argument closes at its own depth")
    void bracketsAcrossAFraction() {
        // \frac{(1}{2)}: the bracket opened in the first argument closes in the second, so the first argument's brace
        // closes one level deeper than the \frac; the '/' comes at the brace that brings the depth back, after which
        // no '{' follows, so the fraction ends there with a break: what stands before "= 0.5" is cut off from it, and
        // 0.5 alone is no claim. (Were the fraction left open, (((1)(2))/ = 0.5 would be a claim lint cannot read.)
        assertThat(found("$\\frac{(1}{2)} = 0.5$")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // \[ … \] is display maths: "5 is" is the product of 5 and a name, no claim; in prose it would be one
            "\\[ 2 * 2 = 5 is \\] | NONE",
            // an align block that is never closed ends at the blank line: its claim (1 + 1 is not 3) is read, and the
            // prose after the blank line is prose again (2 · 2 is not 5)
            "\\begin{align}\\n1 + 1 &= 3\\n\\nso 2 * 2 = 5 is wrong | 2:3 inconsistent, 4:5 inconsistent",
            // an align block ends at its \end: the prose after it on the same line is prose
            "\\begin{align} x &= 2 \\end{align} so 2 * 2 = 5 is wrong | 1:5 inconsistent",
            // a chain goes on after a blank line when the next line starts with "="
            "net = 0.1 + 0.2\\n\\n= 0.3 | 3:0.3 consistent",
            // a line of spaces is no line of text
            "x = 1\\n   \\n2 * x = 2 | 3:2 consistent",
            // an align block never closed is maths to the blank line: "5 is" there is a product, no claim
            "\\begin{align}\\n2 * 2 &= 5 is\\n\\nnext | NONE",
            // '<' before a digit is no tag: 2 · 2 = 5 after it is read
            "1 <2 * 2 = 5 is> no | 1:5 inconsistent",
            // a link's target is skipped: 2 · 2 = 5 there is no claim
            "read [the notes](x=2*2=5.md) now | NONE",
            // so is a closing tag, and what is in it
            "</span title=2*2=5> no claim | NONE",
            // an SVG is skipped to its end: the claim after it is read
            "<svg>1 + 1 = 3</svg> so 2 * 2 = 5 is wrong | 1:5 inconsistent",
            // a bracket of numbers closes on its own line: a ']' on the next line is no end of a vector, so x has no
            // value and 2 · x1 is not checkable
            "x = [0.5, 0.25\\n] so 2 * x1 = 1 | 2:1 not-checkable",
    })
    void passages(String text, String rows) {
        // "\n" in a case stands for a line end, NONE for no row
        String t = text.replace("\\n", "\n");
        assertThat(found(t)).as(t).isEqualTo(rows.equals("NONE") ? "" : rows);
    }

    @Test
    @DisplayName("a tag is at most 500 characters long: a longer one is text, and its claim is read")
    void aTagsLength() {
        String head = "<br 2 * 2 = 5 is ";
        // the '>' at offset 499 closes a tag of 500 characters: skipped
        assertThat(found(head + "x".repeat(499 - head.length()) + ">")).isEmpty();
        // the '>' at offset 500 would make 501: no tag, so 2 · 2 = 5 is read (inconsistent)
        assertThat(found(head + "x".repeat(500 - head.length()) + ">")).isEqualTo("1:5 inconsistent");
    }

    @Test
    @DisplayName("a tag far into the file is skipped all the same")
    void aTagFarIntoTheFile() {
        assertThat(found("x".repeat(600) + "\n<span title=1+1=3>no claim</span>")).isEmpty();
    }

    @Test
    @DisplayName("a URL is at most 2,000 characters long: what follows is read")
    void aUrlsLength() {
        // the URL is cut at 2,000 characters, where "2*2=5 is" starts: 2 · 2 is not 5
        String url = "http://" + "a".repeat(2000 - "http://".length());
        assertThat(found(url + "2*2=5 is")).isEqualTo("1:5 inconsistent");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"so \\left", "so (2).", "so 2 *", "1 + 1 =", "x ==", "so net", "so w_", "so w_\\alpha", "so 2e",
            "so 1e2", "so 2 ∂L", "so <", "so <b", "so \\begin{", "x\n-", "\\frac{(}{)}"})
    @DisplayName("a text that stops in the middle of a notation is read without a trace")
    void textsThatStopMidway(String text) {
        assertThat(Lint.check("t.md", text)).as(text).isEmpty();
    }
}

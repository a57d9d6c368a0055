package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.export.Runs;
import backprop.export.output.Caller;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What lint reads as maths, what as prose and what not at all, told apart by the rows it prints. The texts use a
 * difference that shows: in maths a word is a name, so {@code $2 * 2 = 5 is$} prints no claim (its right side is
 * the product 5·is), while in prose a word ends the chain, so {@code 2 * 2 = 5 is} claims 5 (inconsistent: 2·2 = 4).
 * Every expected row is worked by hand (the comment above each case says how), never copied from lint's output.
 * Rows are written {@code LINE:PRINTED STATUS}, in document order.
 */
@DisplayName("answer-key lint: what is read as maths, as prose, or skipped")
class LintReadingTest {

    static String found(String text) {
        return Lint.check("t.md", text).stream().map(r -> r.line() + ":" + r.printed() + " " + r.status().label())
                .collect(Collectors.joining(", "));
    }

    static ClaimRow last(String text) {
        List<ClaimRow> rows = Lint.check("t.md", text);
        assertThat(rows).as(text).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void passages(String what, String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    static Stream<Arguments> passages() {
        String spaces = " ".repeat(50);
        return Stream.of(
                arguments("inline maths: a word is a name, no claim", "x $2 * 2 = 5 is$", ""),
                arguments("inline maths at the file's start", "$2 * 2 = 5 is$ and $3 * 3 = 10$", "1:10 inconsistent"),
                arguments("prose: a word ends the chain", "so 2 * 2 = 5 is wrong", "1:5 inconsistent"),
                // an escaped dollar opens no maths: the line is prose
                arguments("an escaped dollar", "costs \\$2 * 2 = 5 is\\$ here", "1:5 inconsistent"),
                // an inline $ not closed within 2,000 characters is text: the line is prose
                arguments("inline maths not closed within 2,000 characters", "$2 * 2 = 5 is " + "x ".repeat(1000) + "$",
                        "1:5 inconsistent"),
                // an inline $ is closed on its own line only, with CR line ends too
                arguments("inline maths not closed on its line (CR)", "a $2 * 2 = 5 is\r$\r", "1:5 inconsistent"),
                arguments("inline maths not closed on its line (LF)", "a $2 * 2 = 5 is\n$\n", "1:5 inconsistent"),
                // SVG, a comment, a tag's attributes and a URL are skipped; what follows them is read
                arguments("SVG", "<svg>2 * 2 = 5</svg> $3 * 3 = 9$", "1:9 consistent"),
                arguments("SVG never closed: skipped to the end", "<svg> 2 * 2 = 5\n2 * 2 = 5", ""),
                arguments("a comment", "<!-- 2 * 2 = 5 --> $3 * 3 = 9$", "1:9 consistent"),
                arguments("a comment never closed: skipped to the end", "<!-- 2 * 2 = 5\n2 * 2 = 5", ""),
                // the shortest comment, and a dollar just before a comment's or a tag's end: what follows is prose
                arguments("the shortest comment", "<!-->2 * 2 = 5", "1:5 inconsistent"),
                arguments("a dollar ending a comment", "<!--$-->2 * 2 = 5 is$", "1:5 inconsistent"),
                arguments("a dollar ending a tag", "<a x=$>2 * 2 = 5 is$", "1:5 inconsistent"),
                arguments("a tag's attributes", "<td title=\"2*2=5\">x</td> $3 * 3 = 9$", "1:9 consistent"),
                arguments("a tag after a space", "x <td title=\"2*2=5\"> $3 * 3 = 9$", "1:9 consistent"),
                arguments("a '<' at the file's end", "$3 * 3 = 9$ <", "1:9 consistent"),
                // a tag is at most 500 characters: '>' 499 characters on closes one, 500 on does not (prose)
                arguments("a tag of 500 characters", "<a. 2*2=5 " + "y".repeat(489) + ">", ""),
                arguments("no tag: '>' too far", "<a. 2*2=5 " + "y".repeat(490) + ">", "1:5 inconsistent"),
                arguments("URLs", "see http://a.io/?q=2*2=5 and https://a.io/?q=2*2=5 or www.a.io/?q=2*2=5", ""),
                // a URL is skipped for at most 2,000 characters: what stands after them is read
                arguments("a URL of 2,000 characters", "http://" + "a".repeat(1993) + "2 * 2 = 5", "1:5 inconsistent"),
                // code fences: their lines are prose (their dollars open no maths), fenced by ``` or ~~~ indented
                // by at most three spaces; after the fence, maths again
                arguments("a code fence", "```\nA $2 * 2 = 5 is$\n```\n$3 * 3 = 10 is$\n", "2:5 inconsistent"),
                arguments("a code fence, CR line ends", "```\rA $2 * 2 = 5 is$\r```\r$3 * 3 = 10 is$\r",
                        "2:5 inconsistent"),
                arguments("a ~~~ fence indented by three spaces", "x\n   ~~~\nA $2 * 2 = 5 is$\n   ~~~\n$3 * 3 = 10 is$\n",
                        "3:5 inconsistent"),
                arguments("four spaces: no fence", "    ```\nA $2 * 2 = 5 is$\n", ""),
                arguments("spaces at the file's end", "$1 + 1 = 2$\n ", "1:2 consistent"),
                // align blocks: read once, as maths; prose before one on its line is read too
                arguments("an align block", "\\begin{align}\n2 * 2 &= 5\n\\end{align}\n", "2:5 inconsistent"),
                arguments("an align block after 50 characters of prose",
                        spaces + "\\begin{align}\n2 * 2 &= 5 is\n\\end{align}\n", ""),
                arguments("prose before an align block", "2 * 2 = 5 \\begin{align} x &= y \\end{align}", "1:5 inconsistent"),
                // an align never closed ends at the blank line: after it, prose (where ~ claims a rounding)
                arguments("an align block never closed", "\\begin{align}\nx &= y\n\n1/3 ~ 0.35\n", "4:0.35 inconsistent"),
                arguments("\\begin{ with no closing brace", "\\begin{align 2 * 2 = 5", "1:5 inconsistent"),
                // a \\ as the last token of a chain; a \\ followed by &= goes on
                arguments("a line break at the end", "\\begin{align}\n2 * 2 &= 5 \\\\\n\\end{align}", "2:5 inconsistent"),
                arguments("a line break going on", "\\begin{align}\na &= 2 * 2 \\\\\n  &= 5\n\\end{align}", "3:5 inconsistent"),
                // CRLF and lone CR are one line end each; a CR at the very end too
                arguments("a CR at the file's end", "x\r$2 * 2 = 5$\r", "2:5 inconsistent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void notations(String what, String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    static Stream<Arguments> notations() {
        return Stream.of(
                // a no-break space is a space: 2·2 = 4
                arguments("no-break spaces", "$2\u00A0*\u00A02 = 5$", "1:5 inconsistent"),
                // .5 · 2 = 1
                arguments("a number with a leading point", "$.5 * 2 = 1$", "1:1 consistent"),
                // 2 · 1 = 2, the full stop ends the sentence at the file's end
                arguments("a full stop at the file's end", "2 * 1 = 2.", "1:2 consistent"),
                // 1.5e-3 · 2 = 3e-3; 1e+2 / 4 = 25; 2 · 500 = 1e3
                arguments("an exponent with a minus", "$1.5e-3 * 2 = 3e-3$", "1:3e-3 consistent"),
                arguments("an exponent with a plus", "$1e+2 / 4 = 25$", "1:25 consistent"),
                arguments("an exponent at the file's end", "2 * 500 = 1e3", "1:1e3 consistent"),
                arguments("a backslash at the file's end", "1 + 1 = 2 \\", "1:2 consistent"),
                // \{ \} are braces: (1 + 1)·2 = 4
                arguments("\\{ and \\}", "$\\{1 + 1\\} * 2 = 4$", "1:4 consistent"),
                // \right. is a space, its full stop no sentence's end
                arguments("\\right.", "$$2 \\cdot 2 \\right. = 5$$", "1:5 inconsistent"),
                // η = 0.5 given, then 2η = 1
                arguments("a Greek name", "$\\eta = 0.5$ and $2 \\eta = 1$", "1:1 consistent"),
                // \sum's limits go with it: i = 6 only gives i a value
                arguments("\\sum's limits", "$\\sum_{i=1}^{3} i = 6$", ""),
                arguments("\\sum at the file's end", "1 + 1 = 2 \\sum", "1:2 consistent"),
                // d/dx: a derivative the text never gives
                arguments("\\frac{d}{dx}", "$\\frac{d}{dx} = 3$", "1:3 not-checkable"),
                // ŷ = 0.5 given, then 2ŷ = 1, in every spelling of ŷ
                arguments("\\hat y without braces", "$\\hat y = 0.5$ and $2 \\hat{y} = 1$", "1:1 consistent"),
                arguments("y and a combining hat", "$y\u0302 = 0.5$ and $2 \\hat{y} = 1$", "1:1 consistent"),
                arguments("\\hat at the file's end", "1 + 1 = 2 \\hat", "1:2 consistent"),
                arguments("\\hat{y} at the file's end", "$1 + 1 = 2$ \\hat{y}", "1:2 consistent"),
                arguments("\\hat{} names nothing", "$\\hat{} 2 * 2 = 5$", "1:5 inconsistent"),
                arguments("\\text of words is no name", "$$\\text{so the sum} 2 * 2 = 5$$", "1:5 inconsistent"),
                // E with an accented subscript, spelt two ways: E_ŷ = 0.5, then 2 E_ŷ = 1 (and for ȳ, ỹ)
                arguments("a subscript \\hat", "$E_{\\hat{y}} = 0.5$ and $2 E_ŷ = 1$", "1:1 consistent"),
                arguments("a subscript \\bar", "$E_{\\bar{y}} = 0.5$ and $2 E_ȳ = 1$", "1:1 consistent"),
                arguments("a subscript \\tilde", "$E_{\\tilde{y}} = 0.5$ and $2 E_ỹ = 1$", "1:1 consistent"),
                arguments("a subscript command", "$w_\\alpha = 0.5$ and $2 w_{\\alpha} = 1$", "1:1 consistent"),
                arguments("subscript digits in braces", "$w_{1₀} = 0.5$ and $2 w_{10} = 1$", "1:1 consistent"),
                arguments("a prose subscript at the file's end", "1 + 1 = 2 and x_ab", "1:2 consistent"),
                // prose: net_h1 is a name (2 · 0.3 = 0.6); "out" is a word
                arguments("a prose name with a subscript", "net_h1 = 0.3 and out = 2 * net_h1 = 0.6", "1:0.6 consistent"),
                // **: a power before a digit or a bracket, bold type before a word, in prose
                arguments("** before a digit", "2**3 = 8", "1:8 consistent"),
                arguments("** before a bracket", "2**(1 + 1) = 4", "1:4 consistent"),
                arguments("** as bold type", "2 * 2 = 5 **a**", "1:5 inconsistent"),
                arguments("** at the file's end", "2 * 2 = 4, 3 **", "1:4 consistent"),
                // (2).(3) = 6: a product
                arguments("a point between brackets", "$(2).(3) = 6$", "1:6 consistent"),
                arguments("a point before a brace", "$(2).{3} = 6$", "1:6 consistent"),
                // 10⁰ = 1; 2⁻¹ = 0.5; 9 = 3² at the file's end
                arguments("a superscript zero", "$10⁰ = 1$", "1:1 consistent"),
                arguments("a superscript minus one", "$2⁻¹ = 0.5$", "1:0.5 consistent"),
                arguments("a superscript at the file's end", "9 = 3²", "1:9 consistent"),
                // ∂L/∂w = 0.5 is a derivative's value, claimed (never computed), then 2 · 0.5 = 1
                arguments("a Unicode derivative", "$∂L/∂w = 0.5$ and $2 * ∂L/∂w = 1$",
                        "1:0.5 not-checkable, 1:1 consistent"),
                // [1 + 1] is a bracket: 2 · 2 = 4
                arguments("a bracket that is no vector", "$[1 + 1] * 2 = 4$", "1:4 consistent"),
                // vectors with either minus and \quad: [−1, 2] · 2 = [−2, 4]
                arguments("a vector with -", "$[-1, 2] * 2 = [-2, 4]$", "1:-2 consistent, 1:4 consistent"),
                arguments("a vector with −", "$[−1, 2] * 2 = [−2, 4]$", "1:-2 consistent, 1:4 consistent"),
                arguments("a vector with \\quad", "$[1 \\quad 2] * 2 = [2 \\quad 4]$", "1:2 consistent, 1:4 consistent"),
                arguments("a column vector ending in \\\\",
                        "$$\\begin{bmatrix} 1 \\\\ 2 \\\\ \\end{bmatrix} * 2 = \\begin{bmatrix} 2 \\\\ 4 \\end{bmatrix}$$",
                        "1:2 consistent, 1:4 consistent"),
                // a bmatrix never closed is no vector: 2 = 3 is a rounding, wrong
                arguments("a bmatrix never closed", "$$\\begin{bmatrix} 1 \\\\ 2 = 3$$", "1:3 inconsistent"),
                arguments("\\begin with no group", "$$\\begin 2 * 2 = 5$$", "1:5 inconsistent"),
                // σ(0) = 1/2 with \left( \right); σ at the file's end
                arguments("\\sigma\\left(", "$$\\sigma\\left(0\\right) = 0.5$$", "1:0.5 consistent"),
                arguments("σ at the file's end", "1 + 1 = 2, σ", "1:2 consistent"),
                // \frac {1} {2} with spaces = 0.5
                arguments("\\frac with spaces", "$$\\frac {1} {2} = 0.5$$", "1:0.5 consistent"),
                // a group is read across at most 4,000 characters: a \frac whose first group is longer is no
                // fraction, so {1 …}{2} is the product 1·2 = 2, not 0.5
                arguments("a \\frac longer than a group", "$$\\frac{1" + " ".repeat(3998) + "}{2} = 0.5$$",
                        "1:0.5 inconsistent"),
                arguments("a \\frac as long as a group", "$$\\frac{1" + " ".repeat(3997) + "}{2} = 0.5$$",
                        "1:0.5 consistent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void chains(String what, String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows);
    }

    static Stream<Arguments> chains() {
        return Stream.of(
                // "= =": the chain ends; a = 4 is only a value, 5 stands alone
                arguments("two relations in a row", "$a = 2 * 2 = = 5$", ""),
                arguments("two relations at the start", "$2 * 2 = = 5$", ""),
                // a comma outside brackets ends a chain, inside them it does not: (1 + 1) = 2, 2·2 = 4 ≠ 5
                arguments("a comma after a bracket", "$(1 + 1) = 2, 2 * 2 = 5$", "1:2 consistent, 1:5 inconsistent"),
                arguments("max of two", "$\\max(1, 4) = 4$", "1:4 consistent"),
                // max of one vector is its largest entry; exp of two arguments is nothing
                arguments("max of a vector", "$\\max([1, 4, 2]) = 4$", "1:4 consistent"),
                arguments("exp of two arguments", "$\\exp(1, 2) = 3$", "1:3 not-checkable"),
                // a name of digits only (\mathrm{12}) has no entries and no value
                arguments("a name of digits", "$\\mathrm{12} + 1 = 4$", "1:4 not-checkable"),
                // h = 0.5 is a number, not a vector: h1 is not its entry
                arguments("a number has no entries", "$h = 0.5$ and $h1 * 2 = 1$", "1:1 not-checkable"),
                // a = [0.5, 0.25]: a1 + a2 = 0.75
                arguments("a vector's entries by name", "$a = [0.5, 0.25]$ and $a1 + a2 = 0.75$", "1:0.75 consistent"),
                // vectors: [1, 2]·2 = [2, 4]; three printed entries for two, one number for two
                arguments("a vector claim", "$[1, 2] * 2 = [2, 4]$", "1:2 consistent, 1:4 consistent"),
                arguments("a printed vector too long", "$[1, 2] * 2 = [2, 4, 6]$",
                        "1:2 consistent, 1:4 consistent, 1:6 not-checkable"),
                arguments("one number for a vector", "$[1, 2] * 2 = 4$", "1:4 not-checkable"),
                // \sqrt 4 = 2 and \ln 1 = 0 without brackets
                arguments("\\sqrt without brackets", "$\\sqrt 4 = 2$", "1:2 consistent"),
                arguments("\\ln without brackets", "$\\ln 1 = 0$", "1:0 consistent"),
                // (2 · 3, is not closed by its comma
                arguments("a bracket closed by nothing", "$(2 * 3, = 6$", "1:6 not-checkable"),
                // 1 + 0.2 = 1.3: with 0.2 up to 0.25 the sum reaches 1.25, which rounds (a tie) to 1.3
                arguments("a rounding tie at the range's end", "$1 + 0.2 = 1.3$", "1:1.3 consistent-with-rounding"),
                // 1/8 = 0.125, a tie between 0.12 and 0.13: either is consistent
                arguments("a rounding tie", "$1/8 = 0.13$ and $1/8 = 0.12$", "1:0.13 consistent, 1:0.12 consistent"));
    }

    @Test
    void aSumOfAThousandTerms_isRead_andOneTokenMoreIsNot() {
        // +1 + 1 + … + 1: 1,000 ones and 1,000 signs, the 2,000 tokens a member may have; the sum is 1000
        assertThat(found("$$+1" + " + 1".repeat(999) + " = 1000$$")).isEqualTo("1:1000 consistent");
        assertThat(found("$$+1" + " + 1".repeat(999) + " + 0 = 1000$$")).isEqualTo("1:1000 not-checkable");
    }

    @Test
    void bracketsNest_twoHundredLevelsOfTheGrammar_andNoDeeper() {
        // each bracket is three levels (sum, unary, power), the innermost --1 five: 65 brackets reach 3·65 + 5 =
        // 200, the deepest read; 66 reach 203. 150 terms side by side are no deeper than one
        assertThat(found("$" + "(".repeat(65) + "--1" + ")".repeat(65) + " = 1$")).isEqualTo("1:1 consistent");
        assertThat(found("$" + "(".repeat(66) + "--1" + ")".repeat(66) + " = 1$")).isEqualTo("1:1 not-checkable");
        assertThat(found("$" + "(".repeat(80) + "1" + ")".repeat(80) + " = 1$")).isEqualTo("1:1 not-checkable");
        assertThat(found("$(1)" + " + (-1)".repeat(149) + " = -148$")).isEqualTo("1:-148 consistent");
    }

    @Nested
    @DisplayName("claims: notes, names and causes")
    class Claims {
        @Test
        void aVectorWhereOneNumberIsPrinted_orOneOfOtherLength_isNotCheckable_sayingWhich() {
            assertThat(last("$[1, 2] * 2 = 4$").note()).isEqualTo("a vector of 2 entries, where one number is printed");
            assertThat(last("$[1, 2] * 2 = [2, 4, 6]$").note())
                    .isEqualTo("a vector of 2 entries, where a vector of other length is printed");
            assertThat(last("$\\exp(1, 2) = 3$").note()).isEqualTo("exp of 2 arguments");
        }

        @Test
        void theClaim_isPrintedAsWritten_toItsLastCharacter() {
            assertThat(last("$7 = 3 \\cdot w_{1}$").claim()).isEqualTo("7 = 3 \\cdot w_{1}");
        }

        @Test
        void aClaimOfThreeHundredCharacters_isPrintedWhole_andALongerOneCutTo297AndAnEllipsis() {
            String whole = "1 + ".repeat(73) + "1 = 74.0"; // 292 + 8 = 300 characters, 74 = 74.0
            assertThat(last("$$" + whole + "$$").claim()).isEqualTo(whole);
            String longer = "1 + ".repeat(100) + "1 = 101"; // 407 characters
            assertThat(last("$$" + longer + "$$").claim()).isEqualTo(longer.substring(0, 297) + "...");
        }

        @Test
        void anUnreadableMember_isNamedInTheNote() {
            ClaimRow r = last("$2 * * 2 = 5$");
            assertThat(r.status()).isEqualTo(ClaimStatus.NOT_CHECKABLE);
            assertThat(r.note()).isEqualTo("lint cannot read '2 * * 2'");
        }

        @Test
        void aNameGivenByAnExpression_isCheckedWhereItsValueIsPrinted_sayingWhence() {
            // w = 0.8 − 0.1 prints no value; w = 0.7 then checks it: 0.7, consistent
            ClaimRow r = last("$w = 0.8 - 0.1$\n\n$w = 0.7$");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.status()).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(r.note()).isEqualTo("its value from '0.8 - 0.1'");
        }

        @Test
        void aLabelledName_isNamedAsWritten() {
            ClaimRow r = last("$2 a^{(1)} = 1$");
            assertThat(r.note()).isEqualTo("the text never gives a^(1)");
        }

        @Test
        void aRightClaimOnAWrongValue_saysSo() {
            // 2 · 0.25 = 0.5, printed 0.6: wrong; 0.6 + 1 = 1.6 is right arithmetic on it, and with 0.5 it gives 1.5
            ClaimRow r = last("$2 * 0.25 = 0.6$\n$0.6 + 1 = 1.6$");
            assertThat(r.status()).isEqualTo(ClaimStatus.CONSISTENT);
            assertThat(r.cause()).isEqualTo("t.md:1");
            assertThat(r.note()).isEqualTo("uses a value of the wrong claim at t.md:1 (follows from it): with that"
                    + " value corrected this gives 1.5");
        }

        @Test
        void aWrongClaimOnAWrongValue_followsFromIt_whenTheCorrectedValueGivesIt() {
            // 1/3 = 0.33 (rounded); 0.33 · 3 = 0.99, printed 1.5: wrong (its own exact value 0.99, unrounded 1.0);
            // 1.5 + 1 = 2.5, printed 1.99: no rounding of 1.5 (2.45…2.55) nor the unrounded 1.0 (2.0) gives it,
            // but the value line 2 should have printed, 0.99, does: 1.99
            List<ClaimRow> rows = Lint.check("t.md", "$1/3 = 0.33$\n$0.33 * 3 = 1.5$\n$1.5 + 1 = 1.99$\n$0.33 + 1 = 1.33$");
            assertThat(rows).extracting(r -> r.line() + ":" + r.printed() + " " + r.status().label() + " " + r.cause())
                    .containsExactly("1:0.33 consistent ", "2:1.5 inconsistent ", "3:1.99 inconsistent t.md:2",
                            "4:1.33 consistent ");
            assertThat(rows.get(2).note()).isEqualTo("follows from t.md:2: with the value corrected there, this"
                    + " gives 1.99");
        }
    }

    @Nested
    @DisplayName("the report and the files")
    class Report {
        @Test
        void oneClaim_isOneClaim() {
            List<ClaimRow> rows = Lint.check("t.md", "$1 + 1 = 2$");
            assertThat(LintReport.summary(1, rows)).isEqualTo("lint: 1 file, 1 claim: 1 consistent, 0"
                    + " consistent-with-rounding, 0 inconsistent, 0 not-checkable");
        }

        @Test
        void aProblemWithoutComputedValueOrNote_saysNoMore() {
            ClaimRow r = new ClaimRow("f.md", 3, "x = 1", "1", "", ClaimStatus.INCONSISTENT, "", "");
            assertThat(LintReport.problems(List.of(r))).containsExactly("f.md:3: x = 1: printed 1: inconsistent");
        }

        @Test
        void aFile_isLintedByItsPath(@TempDir Path dir) throws IOException, LintInputException {
            Path f = Files.writeString(dir.resolve("a.md"), "x\n$2 * 2 = 5$\n");
            assertThat(Lint.check("a.md", f)).extracting(r -> r.file() + ":" + r.line() + ":" + r.printed())
                    .containsExactly("a.md:2:5");
        }

        @Test
        void aNulByte_isNamedByItsPosition(@TempDir Path dir) throws IOException {
            Path f = Files.write(dir.resolve("b.md"), new byte[] {'a', 'b', 0, 'c'});
            assertThatThrownBy(() -> Lint.check("b.md", f)).isInstanceOf(LintInputException.class)
                    .hasMessage("b.md: a binary file (a NUL byte at byte 3), not text");
        }

        @Test
        void aFileOfExactlyTheSizeLimit_isRead(@TempDir Path dir) throws IOException, LintInputException {
            Path f = Files.writeString(dir.resolve("big.md"), "x".repeat((int) Source.MAX_BYTES));
            assertThat(Lint.check("big.md", f)).isEmpty();
        }

        @Test
        void anInternalError_isOneLine_andItsTraceOnlyWithDebug(@TempDir Path dir) throws IOException {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            LintCommand c = new LintCommand(Runs.callerIn(dir), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(c.internalError(new IllegalStateException("boom"))).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("answer-key: lint: internal error:"
                    + " IllegalStateException: boom; run again with --debug for the details" + System.lineSeparator());
            err.reset();
            c.debug = true;
            assertThat(c.internalError(new NullPointerException())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("answer-key: lint: internal error:"
                    + " NullPointerException; run again with --debug for the details" + System.lineSeparator()
                    + "java.lang.NullPointerException").contains("\tat ");
        }

        @Test
        void aCsvThatIsAHardLinkToAnInput_isRefused(@TempDir Path temp) throws IOException {
            Caller caller = Runs.callerIn(temp);
            Path dir = caller.workingDirectory();
            Files.writeString(dir.resolve("a.md"), "$1 + 1 = 2$\n");
            Files.createLink(dir.resolve("link.md"), dir.resolve("a.md"));
            assertThat(Runs.run(caller, "lint", "a.md", "--csv", "link.md").oneLineFailure(2))
                    .contains("is one of the input files");
            assertThat(Files.readString(dir.resolve("a.md"))).isEqualTo("$1 + 1 = 2$\n");
        }

        @Test
        void whatIsNoRegularFile_isRefused() {
            // /dev/null reads as an empty file: refused all the same, in one line naming it (the words are lint's)
            assertThatThrownBy(() -> Lint.check("null", Path.of("/dev/null"))).isInstanceOf(LintInputException.class)
                    .hasMessageStartingWith("null: ").message().doesNotContain("\n");
        }
    }
}

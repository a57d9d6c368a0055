package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of how lint judges what it read, found by PIT (issue 21) where no test looked: which member a printed
 * number is a claim about, a vector printed longer than its value, the bounds of ln, powers and the printed form of
 * a computed value, names with no value, and what {@code --draft} writes of several files. Every expected value is
 * worked by hand in the comment above it, never copied from lint's output.
 */
@DisplayName("answer-key lint: the edges of its judgement and of its draft")
class LintJudgementEdgesTest {

    private static String found(String text) {
        return LintReadingTest.found(text);
    }

    private static ClaimRow last(String text) {
        return LintReadingTest.last(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a number with nothing to evaluate on its left is a claim about the name on its right, which the text
            // never gives
            "$0.5 = x$ | 1:0.5 not-checkable",
            // a name's value from an expression holding a name the text never gives is no value: 2x stays unknown
            "$x = 2 y$ so $2 x = 4$ | 1:4 not-checkable",
            // a comma after a closed bracket ends the chain: 2 = 2 is a claim of its own
            "$2 (1), 2 = 2$ | 1:2 consistent",
            // an empty bracket holds no vector: '[ ] 2' is no expression lint reads
            "$[ ] 2 = 2$ | 1:2 not-checkable",
            // a minus with a space after it is no sign of an entry: [1 - 2] is a bracket, 2 · (1 − 2) = −2
            "$2 * [1 - 2] = -2$ | 1:-2 consistent",
            // an empty bmatrix is no vector (it has no entry): a matrix, which lint does not multiply
            "$2 \\begin{bmatrix}\\end{bmatrix} = 1$ | 1:1 not-checkable",
            // a sign before a point, with the Unicode minus: 2 · [−0.5, 1] = [−1, 2]
            "$[−.5, 1] * 2 = [-1, 2]$ | 1:-1 consistent, 1:2 consistent",
            // a superscript minus with no digits is no power: 2⁻ ends the chain
            "$2⁻ = 2$ | ''",
            // a non-breaking space and '&' are spaces: 2 · 2 = 4
            "$2 *\u00A02 = 4$ | 1:4 consistent",
            "$$2 * 2 &= 4$$ | 1:4 consistent",
            // in prose ']' ends what a '[' began: 2 · 2 = 5 after it is read (and wrong)
            "[x] 2 * 2 = 5 is | 1:5 inconsistent",
            // an escaped brace is part of the subscript group it stands in: y_{\}} is one name, given 0.5
            "$y_{\\}} = 0.5$ and $2 y_{\\}} = 1$ | 1:1 consistent",
            // entries of a vector by index, counted from 1: y2 is the second entry of y, 0.25
            "$y = [0.5; 0.25]$, then $2 * y2 = 0.5$ | 1:0.5 consistent",
            // (−1)¹⁰²⁴ = 1: an integer power up to 1024 is taken as one, defined for a negative base
            "$(-1)^{1024} = 1$ | 1:1 consistent",
            // ln(0.11 − 0.1) = ln 0.01 = −4.605; the inputs' range reaches 0 and below, where ln is −∞, not undefined
            "$\\ln(0.11 - 0.1) = -4.6$ | 1:-4.6 consistent",
            // 1e300 · 1e8 = 1e308, near the largest double: still a finite number
            "$1e300 * 1e8 = 1e308$ | 1:1e308 consistent",
            // 1.10000003 stands for [1.100000025, 1.100000035]; 1.10000004 starts at 1.100000035: they meet at a tie
            // (whose sum in doubles is off by an ulp or two), so 1.10000004 is reached when the input is rounded
            "$1.10000003 + 0 = 1.10000004$ | 1:1.10000004 consistent-with-rounding",
            // 0.1 + 0.2 printed as 0.4 to 17 decimals: 0.1 and 0.2 stand for [0.05, 0.15] and [0.15, 0.25], whose sum
            // reaches 0.4 exactly (its top); as printed they give 0.3
            "$0.1 + 0.2 = 0.40000000000000000$ | 1:0.40000000000000000 consistent-with-rounding",
            // σ(−∞) = 0: an overflow e¹⁰⁰⁰ beside 1/(0.1 − 0.09), whose range (0.1 − 0.09 may be 0) is the whole line;
            // their sum can be anything (−∞ + ∞), not undefined, and σ of anything is between 0 and 1
            "$\\sigma(-(e^{1000} + 1/(0.1 - 0.09))) = 0$ | 1:0 consistent",
            "$\\sigma(1/(0.1 - 0.09) - e^{1000}) = 0$ | 1:0 consistent",
    })
    void rows(String text, String rows) {
        assertThat(found(text)).as(text).isEqualTo(rows.equals("''") ? "" : rows);
    }

    @Test
    @DisplayName("a claim after a printed vector is about the expression before it, not about the vector")
    void aClaimAfterAVector() {
        List<ClaimRow> rows = Lint.check("t.md", "$2 * [0.5; 0.25] = [1; 0.5] = [1; 0.5]$");
        // the last [1; 0.5] is judged against 2 · [0.5; 0.25], the chain's first member: its claim runs from there
        assertThat(rows).extracting(ClaimRow::claim).endsWith("2 * [0.5; 0.25] = [1; 0.5] = [1; 0.5]",
                "2 * [0.5; 0.25] = [1; 0.5] = [1; 0.5]");
    }

    @Test
    @DisplayName("a vector printed with more entries than its value has: the extra one is not checkable")
    void aVectorPrintedTooLong() {
        // 2 · [1, 2] = [2, 4]: two entries; the third printed one has none to be compared with
        List<ClaimRow> rows = Lint.check("t.md", "$2 * [1, 2] = [2, 4, 6]$");
        assertThat(rows).extracting(ClaimRow::status).containsExactly(ClaimStatus.CONSISTENT,
                ClaimStatus.CONSISTENT, ClaimStatus.NOT_CHECKABLE);
        assertThat(rows.get(2).note()).isEqualTo("a vector of 2 entries, where a vector of other length is printed");
    }

    @Test
    @DisplayName("0⁻² is undefined (a division by 0), not an overflow")
    void aNegativePowerOfZero() {
        ClaimRow row = last("$0^{-2} = 1$");
        assertThat(row.status()).isEqualTo(ClaimStatus.NOT_CHECKABLE);
        assertThat(row.note()).startsWith("undefined");
    }

    @ParameterizedTest(name = "{0} computes {1}")
    @CsvSource(delimiter = '|', value = {
            // from 1e15 on, a computed value is printed with an exponent; below 1e−9 too; 1e−9 itself is plain
            "$1e15 = 1e15$ | 1E+15",
            "$1e-9 = 1e-9$ | 0.000000001",
    })
    void theComputedColumn(String text, String computed) {
        assertThat(last(text).computed()).isEqualTo(computed);
    }

    @Test
    @DisplayName("0.1 + 0.2 printed to 17 decimals is 0.3: a double's last bits are no error of the text")
    void aDoublesLastBits() {
        // 0.1 + 0.2 is 0.3 exactly; in doubles it is 0.30000000000000004, which is 5.6e-17 from the double 0.3
        // (more than half a unit of the 17th decimal, 5e-18); the comparison allows a few ulps for it
        assertThat(last("$0.1 + 0.2 = 0.30000000000000000$").status()).isEqualTo(ClaimStatus.CONSISTENT);
    }

    @Test
    @DisplayName("a claim's text is taken from its first 2,000 characters and printed to at most 300")
    void aClaimsTextIsBounded() {
        // 2 * (2,500 spaces) 2 = 4: the first 2,000 characters hold only "2 *" and spaces
        ClaimRow row = last("$$2 *" + " ".repeat(2500) + "2 = 4$$");
        assertThat(row.claim()).isEqualTo("2 *");
        assertThat(row.status()).isEqualTo(ClaimStatus.CONSISTENT);
    }

    private static Draft.Reading reading(String file, String text) {
        Checker c = Lint.read(Source.of(file, text));
        return new Draft.Reading(file, text, c.givens(), c.rows());
    }

    @Test
    @DisplayName("--draft of several files: the first heading found, the rate's own file, the hint of precision")
    void aDraftOfSeveralFiles() {
        String draft = Draft.toml(List.of(reading("a.md", "no heading here\n"),
                reading("b.md", "# The \"second\" \\ file\n\n$2 \\cdot 0.25 = 0.5$\n\n$\\eta = 0.5$\n")));
        // a.md has no heading: the title is b.md's, a TOML string with its quote and backslash escaped
        assertThat(draft).contains("title = \"The \\\"second\\\" \\\\ file\"   # the text's first heading\n");
        // η = 0.5 stands in b.md, line 5
        assertThat(draft).contains("learning_rate = 0.5   # b.md line 5: η = 0.5\n");
        // the claim prints 0.5: one significant figure
        assertThat(draft).contains("with (the text prints up to 1)\n");
        assertThat(draft).contains("# (the text gives values to: η)\n");
        assertThat(draft).doesNotContain("prints no arithmetic");
    }

    @Test
    @DisplayName("--draft of a text with no claim and no value: no hint of precision, no names")
    void aDraftOfNothing() {
        String draft = Draft.toml(List.of(reading("a.md", "# Notes\n\nno numbers\n")));
        assertThat(draft).contains("# TODO precision = N: the significant figures to print computed values with\n");
        assertThat(draft).doesNotContain("gives values to");
        assertThat(draft).contains("# The text prints no arithmetic lint could read");
    }

    @Test
    @DisplayName("a heading's control characters: a tab is kept (escaped in the TOML string), others become '?'")
    void aHeadingsControlCharacters() {
        assertThat(Draft.heading("# a\tb\u0001c\u007Fd\uD800e\n")).isEqualTo("a\tb?c?d?e");
        assertThat(Draft.string("a\tb")).isEqualTo("\"a\\u0009b\"");
        // TOML forbids DEL in a basic string too: escaped, as a file's name in "where" may hold one
        assertThat(Draft.string("a\u007Fb")).isEqualTo("\"a\\u007Fb\"");
    }

    @Test
    @DisplayName("the draft's hint of precision counts significant figures: 0.00438 has 3, 0.50 has 2, a zero none")
    void significantFigures() {
        assertThat(Draft.significant("0.00438")).isEqualTo(3);
        assertThat(Draft.significant("0.50")).isEqualTo(2);
        // every digit of a zero is a zero: no significant figure (BigDecimal would say precision 1)
        assertThat(Draft.significant("0")).isZero();
        assertThat(Draft.significant("0.00")).isZero();
        assertThat(Draft.significant("x")).isZero();
    }

    @Test
    @DisplayName("an inconsistent claim's note gives the exact value only where it differs from the value it should be")
    void theNoteSaysExactlyOnlyWhereTheExactValueIsNotThePrintedOne() {
        // 1 + 1 is 2, exactly what it should print: "should be 2 (within half a unit …", no "exactly"
        ClaimRow sum = last("$1 + 1 = 3$");
        assertThat(sum.status()).isEqualTo(ClaimStatus.INCONSISTENT);
        assertThat(sum.note()).startsWith("should be 2 (within half a unit of the inputs' last printed digits: ");
        // 1/3 is 0.333…, printed to two places 0.33: the note gives both
        ClaimRow third = last("$1 / 3 = 0.35$");
        assertThat(third.status()).isEqualTo(ClaimStatus.INCONSISTENT);
        assertThat(third.note()).startsWith("should be 0.33 (exactly 0.3333");
    }
}

package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges PIT found untested in lint (issue 21): a power of 0, an even power of an interval around 0, ln at 0, a
 * tie at half a unit, exponents written 1E2 and 1e100, an accented name beside the plain one, a vector's entries by
 * index. Every expected value is worked by hand in the comment above it, never copied from lint's output.
 */
@DisplayName("answer-key lint: the edges of its arithmetic and its reading")
class LintEdgesTest {

    private static List<ClaimRow> lint(String text) {
        return Lint.check("t.md", text);
    }

    /** The row of the text's last claim: the earlier ones only give names their values. */
    private static ClaimRow last(String text) {
        List<ClaimRow> rows = lint(text);
        assertThat(rows).as(text).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // x⁰ = 1 for any x ≠ 0: 3⁰ = 1, and 1 is not 3
            "$3^0 = 1$ | CONSISTENT",
            "$3^0 = 3$ | INCONSISTENT",
            // 0.0 stands for [−0.05, 0.05]; its square is [0, 0.0025] (it holds 0, so the square starts at 0),
            // which reaches 0.001 (± 0.0005); the printed inputs as printed give 0, which does not round to 0.001
            "$0.0^2 = 0.001$ | CONSISTENT_WITH_ROUNDING",
            // 0.0² is at most 0.0025, which does not round to 0.004 (0.0035 to 0.0045)
            "$0.0^2 = 0.004$ | INCONSISTENT",
            // 1/8 = 0.125 exactly: a tie, half a unit from 0.13 and from 0.12, rounds either way
            "$1/8 = 0.13$ | CONSISTENT",
            "$1/8 = 0.12$ | CONSISTENT",
            // 0.2 stands for [0.15, 0.25]; 0.3 stands for [0.25, 0.35]: they meet at 0.25 only (a tie), so the
            // printed 0.3 is reached when 0.2 is read as a rounded value; 0.2 as printed gives 0.2, not 0.3
            "$0.2 + 0 = 0.3$ | CONSISTENT_WITH_ROUNDING",
            // 0.2 + 0 is at most 0.25, which does not reach 0.4 (0.35 to 0.45)
            "$0.2 + 0 = 0.4$ | INCONSISTENT",
            // 1E2 = 100 (a capital E is an exponent too); 10 is not 100
            "$1E2 = 100$ | CONSISTENT",
            "$1E2 = 10$ | INCONSISTENT",
            // an exponent of three digits is read: 2e100 / 1e100 = 2, not 3
            "$2e100 / 1e100 = 2$ | CONSISTENT",
            "$2e100 / 1e100 = 3$ | INCONSISTENT",
    })
    void edgesOfTheArithmetic(String text, ClaimStatus expected) {
        assertThat(last(text).status()).as(text).isEqualTo(expected);
    }

    @Test
    @DisplayName("ln 0 is undefined, not a number that overflows")
    void lnOfZeroIsUndefined() {
        ClaimRow row = last("$\\ln(0) = 0$");
        assertThat(row.status()).isEqualTo(ClaimStatus.NOT_CHECKABLE);
        assertThat(row.note()).startsWith("undefined");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // ŷ = 0.5 and y = 0.25 are two names: ŷ − y = 0.25 (were they one, y − y = 0)
            "$\\hat{y} = 0.5$ and $y = 0.25$, so $\\hat{y} - y = 0.25$",
            // x̄ = 0.5 and x = 0.25: x̄ − x = 0.25
            "$\\bar{x} = 0.5$ and $x = 0.25$, so $\\bar{x} - x = 0.25$",
            // z̃ = 0.5 and z = 0.25: z̃ − z = 0.25
            "$\\tilde{z} = 0.5$ and $z = 0.25$, so $\\tilde{z} - z = 0.25$",
    })
    void anAccentMakesAnotherName(String text) {
        assertThat(last(text).status()).as(text).isEqualTo(ClaimStatus.CONSISTENT);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // h1 = [0.5; 0.25]: h11 is its first entry, 0.5, and 2 · 0.5 = 1
            "$h1 = [0.5; 0.25]$, then $2 * h11 = 1$ | CONSISTENT",
            // h12 is its second entry, 0.25, and 2 · 0.25 = 0.5
            "$h1 = [0.5; 0.25]$, then $2 * h12 = 0.5$ | CONSISTENT",
            // h13 would be a third entry, which h1 does not have: the text never gives h13
            "$h1 = [0.5; 0.25]$, then $2 * h13 = 0.5$ | NOT_CHECKABLE",
            // entries are counted from 1: there is no h10
            "$h1 = [0.5; 0.25]$, then $2 * h10 = 1$ | NOT_CHECKABLE",
    })
    void aVectorsEntriesByIndex(String text, ClaimStatus expected) {
        assertThat(last(text).status()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // "==", "<=", "+=" are code, not claims: none of these wrong sums is one
            "$1 + 2 == 4$",
            "$1 + 2 += 4$",
            "$1 + 2 <= 4$",
            "$1 + 2 != 4$",
    })
    void comparisonsAreNoClaims(String text) {
        assertThat(lint(text)).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // what is no text a reader reads: 1 + 1 = 3 inside it is no claim
            "see http://a.org/x?1+1=3 now",
            "see https://a.org/x?1+1=3 now",
            "see www.a.org/x?1+1=3 now",
            // (a word after the sum ends its chain in prose, so each would be a claim were it read)
            "read [the notes](x?1+1=3&y) now",
            "<!-- so 1 + 1 = 3 so --> no claim",
            "<svg><g>1 + 1 = 3</g></svg> no claim",
            "<SVG><g>1 + 1 = 3</g></SVG> no claim",
            "<span title=1+1=3>no claim</span>",
    })
    void urlsCommentsSvgAndTagsAreLeftOut(String text) {
        assertThat(lint(text)).as(text).isEmpty();
    }

    @Test
    @DisplayName("after what is left out, the text goes on: the claim after a URL far into a file is read")
    void theTextAfterWhatIsLeftOutIsRead() {
        // a URL found past the first 2,000 characters is skipped to its end all the same, and 1 + 1 = 2 after it
        String text = "x".repeat(2100) + "\nsee https://a.org/x?1+1=3 then $1 + 1 = 2$ and <!-- 2 = 3 --> $2 + 2 = 4$";
        List<ClaimRow> rows = lint(text);
        assertThat(rows).extracting(ClaimRow::claim).containsExactly("1 + 1 = 2", "2 + 2 = 4");
        assertThat(rows).extracting(ClaimRow::status).containsOnly(ClaimStatus.CONSISTENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // 2·[0.5; 0.25] = [1; 0.5], entry by entry
            "$2 * [0.5; 0.25] = [1; 0.5]$ | $2 * [0.5; 0.25] = [1; 0.6]$",
            // signs, ASCII and Unicode: 2·[−0.5, −0.25] = [−1, −0.5]
            "$2 * [-0.5, −0.25] = [-1, -0.5]$ | $2 * [-0.5, −0.25] = [-1, 0.5]$",
            // a sign before a leading point: −.5 · 2 = −1
            "$[-.5, 1] * 2 = [-1, 2]$ | $[-.5, 1] * 2 = [1, 2]$",
            // separators \quad, '\ ' and &: 2·[0.5 0.25] = [1 0.5]
            "$2 * [0.5 \\quad 0.25] = [1 \\ 0.5]$ | $2 * [0.5 \\quad 0.25] = [1 \\ 0.4]$",
            "$2 * [0.5 & 0.25] = [1 & 0.5]$ | $2 * [0.5 & 0.25] = [1 & 0.7]$",
            // a bracket around a sum is a bracket: 2·(1 + 1) = 4
            "$2 * [1 + 1] = 4$ | $2 * [1 + 1] = 5$",
    })
    void vectorsAndBrackets(String right, String wrong) {
        assertThat(lint(right)).as(right).isNotEmpty().allMatch(x -> x.status() == ClaimStatus.CONSISTENT);
        assertThat(lint(wrong)).as(wrong).isNotEmpty().anyMatch(x -> x.status() == ClaimStatus.INCONSISTENT);
    }

    @Test
    void aFracWithOneGroup_isNoFraction_andWhatFollowsIsRead() {
        // \frac{1} has no second group: no fraction, no claim of it; 1 + 1 = 2 after it is read as ever
        List<ClaimRow> rows = lint("$\\frac{1} = 0.5$ and $1 + 1 = 2$");
        assertThat(rows).extracting(ClaimRow::claim).contains("1 + 1 = 2");
        assertThat(rows.get(rows.size() - 1).status()).isEqualTo(ClaimStatus.CONSISTENT);
    }

    @Test
    void anAlignNeverClosed_atTheEndOfTheFile_isReadToTheEnd() {
        // no \end{align} and no blank line after it: the block runs to the file's end, and 1 + 1 is not 3
        List<ClaimRow> rows = lint("\\begin{align}\n1 + 1 &= 3");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).printed()).isEqualTo("3");
        assertThat(rows.get(0).status()).isEqualTo(ClaimStatus.INCONSISTENT);
    }
}

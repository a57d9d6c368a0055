package backprop.export.lint;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain-text notes as people write them: a chain one step a line, each line after the first starting with "="
 * or "≈"; and Markdown lists, whose "- " is no minus. (Found on the tuning set's freeacademy.md.)
 */
@DisplayName("answer-key lint on plain-text chains split over lines, and on Markdown lists")
class LintProseLinesTest {

    private static String rows(String text) {
        StringBuilder b = new StringBuilder();
        for (ClaimRow r : Lint.check("t.md", text)) {
            b.append(r.line()).append(' ').append(r.claim()).append(" | ").append(r.status().label()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aLineStartingWithEquals_goesOnWithTheChainAbove_andItsValueKeepsItsOwnLine() {
        assertThat(rows("net = (0.5 × 0.2) + 0.3\n= 0.1 + 0.3\n  = 0.4\n")).isEqualTo("3 0.1 + 0.3 = 0.4 | consistent\n");
        assertThat(rows("y = 2 * 3\n≈ 7\n")).isEqualTo("2 2 * 3 ≈ 7 | inconsistent\n");
    }

    @Test
    void aLineNotStartingWithARelation_startsAChainOfItsOwn() {
        // "2 * 3" alone on line 1 is no claim; line 2 is its own chain "7 = 7", not joined to it
        assertThat(rows("2 * 3\n7 = 7\n")).isEqualTo("2 7 = 7 | consistent\n");
        assertThat(rows("a = 2 * 3 = 6\nb = 1 + 1\n= 2\n")).isEqualTo("1 2 * 3 = 6 | consistent\n3 1 + 1 = 2 | consistent\n");
    }

    @Test
    void aContinuationAfterMaths_orFirstInTheFile_isNotJoinedToIt() {
        assertThat(rows("= 2\n")).isEqualTo("");
        assertThat(rows("$$1 + 1$$\n= 2\n")).isEqualTo("");
    }

    @Test
    void aListMarker_isNoMinus_soABulletGivesAValue() {
        assertThat(rows("- x = 0.5\n- y = x * 2 = 1\n")).isEqualTo("2 x * 2 = 1 | consistent\n");
        assertThat(rows("  * x = 0.5\n  + y = x * 4 = 2\n")).isEqualTo("2 x * 4 = 2 | consistent\n");
    }

    @Test
    void aMinusThatIsASign_staysAMinus() {
        assertThat(rows("-0.5 * 2 = -1\n")).isEqualTo("1 -0.5 * 2 = -1 | consistent\n");
        assertThat(rows("$- 0.5 * 2 = -1$\n")).isEqualTo("1 - 0.5 * 2 = -1 | consistent\n");
    }

    @Test
    void withoutListMarker_dropsOnlyAMarkerFirstOnItsLine() {
        String text = "a - x = 1";
        Passage p = new Passage(0, text.length(), true);
        List<Token> tokens = Tokenizer.tokens(text, p);
        assertThat(Lint.withoutListMarker(text, p, tokens)).isSameAs(tokens);
        String bullet = "- x";
        Passage q = new Passage(0, bullet.length(), true);
        assertThat(Lint.withoutListMarker(bullet, q, Tokenizer.tokens(bullet, q))).extracting(Token::text)
                .containsExactly("x");
        Passage maths = new Passage(0, bullet.length(), false);
        assertThat(Lint.withoutListMarker(bullet, maths, Tokenizer.tokens(bullet, maths))).hasSize(2);
    }

    @Test
    void aValueFollowedByARemarkInBrackets_isAClaim_butAnImplicitProductIsStillOne() {
        // found on the tuning set's cs231n.md: "= 0.2 (0.1966 unrounded)"
        assertThat(rows("So (1 - 0.73) * 0.73 = 0.2 (0.1966 unrounded).\n"))
                .isEqualTo("1 (1 - 0.73) * 0.73 = 0.2 | consistent\n");
        assertThat(rows("and 2 * 3 = 7 (see above)\n")).isEqualTo("1 2 * 3 = 7 | inconsistent\n");
        assertThat(rows("$2 (1.5) = 3$\n")).isEqualTo("1 2 (1.5) = 3 | consistent\n");
    }

    @Test
    void beforeARemark_cutsAtTheFirstBracketLeftOpen_only() {
        String text = "6 (a (b) c";
        List<Token> t = Tokenizer.tokens(text, new Passage(0, text.length(), false));
        assertThat(Chain.beforeARemark(t)).extracting(Token::text).containsExactly("6");
        String closed = "2 (1.5)";
        List<Token> c = Tokenizer.tokens(closed, new Passage(0, closed.length(), false));
        assertThat(Chain.beforeARemark(c)).isSameAs(c);
        String first = "(0.5";
        List<Token> f = Tokenizer.tokens(first, new Passage(0, first.length(), false));
        assertThat(Chain.beforeARemark(f)).isSameAs(f);
    }
}

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
}

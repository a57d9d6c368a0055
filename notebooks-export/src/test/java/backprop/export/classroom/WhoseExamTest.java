package backprop.export.classroom;

import backprop.export.classroom.Roster.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Whose exam a file is: the roster's name and id and the assignment, shown as text whatever they hold")
class WhoseExamTest {
    private static final String AFTER = " (student s01): their numbers, drawn from the template at draw 2 of assignment"
            + " \"exam-2026\".";

    @Test
    void aName_isStrong_withTheIdTheDrawAndTheAssignment() {
        assertThat(WhoseExam.line(new Student("s01", "Noether, Emmy", 2), "exam-2026", 2))
                .isEqualTo("The exam of **Noether, Emmy**" + AFTER);
    }

    @Test
    void anEmptyName_leavesTheIdToNameTheStudent() {
        // not "The exam of ****": four asterisks would show as they are
        assertThat(WhoseExam.line(new Student("s01", "", 2), "exam-2026", 2))
                .isEqualTo("The exam of student s01: their numbers, drawn from the template at draw 2 of assignment"
                        + " \"exam-2026\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=x onerror=alert(1)>",
        "<script>alert(2)</script>",
        "$\\alert$",
        "\\(x\\) $$\\begin{bmatrix} 1 \\end{bmatrix}$$",
        "**x**",
        "*x* _y_ ~~z~~",
        "[a](javascript:alert(3))",
        "![i](javascript:alert(4))",
        "<http://evil.example>",
        "www.evil.example",
        "https://evil.example/x",
        "ada@evil.example",
        "`code` ``more``",
        "&amp; &lt;script&gt; &#36;",
        "<!-- a comment -->",
        "Ada Lovelace  ",
        "| a | b |",
        "# INJECTED",
        "*",
        "Ada\\",
    })
    @DisplayName("a hostile name shows as the text itself: no markup, no link, no maths")
    void aHostileName_showsAsItsText(String name) {
        assertThat(RenderedText.of(WhoseExam.line(new Student("s01", name, 2), "exam-2026", 2), 1))
                .isEqualTo("The exam of " + name.strip() + AFTER);
    }

    @Test
    @DisplayName("a name's line breaks (a quoted roster field may hold them) are spaces: no heading, no new paragraph")
    void aNamesLineBreaks_areSpaces() {
        assertThat(RenderedText.of(WhoseExam.line(new Student("s01", "Ada\n\n# INJECTED\r\n<img src=x>", 2),
                "exam-2026", 2), 1)).isEqualTo("The exam of Ada  # INJECTED  <img src=x>" + AFTER);
    }

    @Test
    @DisplayName("white space round a name (a no-break space too) is left out: strong emphasis needs the name's own edges")
    void whiteSpaceRoundAName_isLeftOut() {
        assertThat(RenderedText.of(WhoseExam.line(new Student("s01", "\u00a0Ada\u2003", 2), "exam-2026", 2), 1))
                .isEqualTo("The exam of Ada" + AFTER);
        assertThat(WhoseExam.line(new Student("s01", " \u00a0", 2), "exam-2026", 2)).startsWith("The exam of student s01:");
    }

    @Test
    @DisplayName("control characters round a name (BEL, DEL, a tab) are left out as white space is")
    void controlCharactersRoundAName_areLeftOut() {
        assertThat(RenderedText.of(WhoseExam.line(new Student("s01", "\u0007\tAda\u007f", 2), "exam-2026", 2), 1))
                .isEqualTo("The exam of Ada" + AFTER);
    }

    @Test
    @DisplayName("an e-mail address as the id, and a hostile assignment, show as text too")
    void anEmailId_andAHostileAssignment_showAsText() {
        assertThat(RenderedText.of(WhoseExam.line(new Student("ada@uni.example", "Ada", 2), "[x](javascript:1) $y$ *z*",
                1), 1)).isEqualTo("The exam of Ada (student ada@uni.example): their numbers, drawn from the template at"
                + " draw 1 of assignment \"[x](javascript:1) $y$ *z*\".");
    }

    @Test
    @DisplayName("the oracle refuses markup: it can fail")
    void theOracle_refusesMarkup() {
        assertThatThrownBy(() -> RenderedText.of("The exam of **<img src=x>**", 1)).hasMessageContaining("HtmlInline");
        assertThatThrownBy(() -> RenderedText.of("a [x](javascript:1)", 1)).hasMessageContaining("Link");
        assertThatThrownBy(() -> RenderedText.of("a *x*", 1)).hasMessageContaining("Emphasis");
        assertThatThrownBy(() -> RenderedText.of("a $x$", 1)).hasMessageContaining("maths");
        assertThatThrownBy(() -> RenderedText.of("a www.x.org", 1)).hasMessageContaining("link");
        assertThatThrownBy(() -> RenderedText.of("a\n\n# b", 1)).hasMessageContaining("one paragraph");
        assertThatThrownBy(() -> RenderedText.of("**a** **b**", 1)).hasMessageContaining("2 runs");
    }
}

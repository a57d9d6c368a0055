package backprop.examples.scenariofile.draw;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a number's literal is, from tomlj's line and column: each offset below is counted by hand on the text shown,
 * 0-based, end exclusive.
 */
@DisplayName("A number's literal found from where tomlj says it is")
class NumberLiteralTest {
    private static int[] at(String text, int line, int column, boolean keyed) {
        return new NumberLiteral(text).locate(new DrawNames.Spot("e", line, column, keyed));
    }

    @Test
    @DisplayName("the first line and the last (no line break after it) are found; line 0 and a line past the end are not")
    void lines() {
        String text = "a = 1\nb = 22";
        assertThat(at(text, 1, 1, true)).containsExactly(4, 5);
        assertThat(at(text, 2, 1, true)).containsExactly(10, 12);
        assertThat(at(text, 0, 1, true)).isNull();
        assertThat(at(text, 3, 1, true)).isNull();
    }

    @Test
    @DisplayName("a key's number is after its '=', even an '=' at the text's first character; no '=' is no number")
    void keyed() {
        assertThat(at("= 5", 1, 1, true)).containsExactly(2, 3);
        assertThat(at("5", 1, 1, true)).isNull();
        assertThat(at("5", 1, 1, false)).containsExactly(0, 1);
    }

    @Test
    @DisplayName("spaces, tabs, line breaks and comments before an array's entry are skipped")
    void spaceBefore() {
        assertThat(at(" \t\r\n7", 1, 1, false)).containsExactly(4, 5);
        assertThat(at("# c\n7", 1, 1, false)).containsExactly(4, 5);
        // the text ends inside the comment, or in the spaces: no number, and no reading past the end
        assertThat(at("# c", 1, 1, false)).isNull();
        assertThat(at("a =  ", 1, 1, true)).isNull();
        assertThat(at("# c\n", 1, 1, false)).isNull();
    }

    @Test
    @DisplayName("the literal runs over digits 0 to 9, letters a to z and A to Z, '_', signs and the point, to the text's end")
    void numberCharacters() {
        // 0123456789012345: "x = 0xaz9AZ0_+-.5" starts at 4 and runs to 17, the text's end
        assertThat(at("x = 0xaz9AZ0_+-.5", 1, 1, true)).containsExactly(4, 17);
        assertThat(at("x = 10 # c", 1, 1, true)).containsExactly(4, 6);
        assertThat(at("x = 19,", 1, 1, true)).containsExactly(4, 6);
        assertThat(at("x = 1A]", 1, 1, true)).containsExactly(4, 6);
        assertThat(at("x = 1Z]", 1, 1, true)).containsExactly(4, 6);
        assertThat(at("x = 1a]", 1, 1, true)).containsExactly(4, 6);
        assertThat(at("x = 1z]", 1, 1, true)).containsExactly(4, 6);
        // characters just outside those ranges ('/' before '0', ':' after '9', '@' '[' '`' '{') end it
        assertThat(at("x = 1/", 1, 1, true)).containsExactly(4, 5);
        assertThat(at("x = 1:", 1, 1, true)).containsExactly(4, 5);
        assertThat(at("x = 1@", 1, 1, true)).containsExactly(4, 5);
        assertThat(at("x = 1[", 1, 1, true)).containsExactly(4, 5);
        assertThat(at("x = 1`", 1, 1, true)).containsExactly(4, 5);
        assertThat(at("x = 1{", 1, 1, true)).containsExactly(4, 5);
    }

    @Test
    @DisplayName("what does not start with a digit (after a sign) is no number literal: inf, a string, nothing")
    void notANumber() {
        assertThat(at("x = inf", 1, 1, true)).isNull();
        assertThat(at("x = \"1\"", 1, 1, true)).isNull();
        assertThat(at("x = ]", 1, 1, true)).isNull();
        assertThat(at("x = -2", 1, 1, true)).containsExactly(4, 6);
    }
}

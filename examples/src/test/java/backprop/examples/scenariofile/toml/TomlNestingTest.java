package backprop.examples.scenariofile.toml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nesting check before the TOML parser: brackets and braces count, those in comments and strings do not, and
 * the error names the line of the bracket that goes one level too deep.
 */
@DisplayName("TOML nesting, checked before parsing")
class TomlNestingTest {
    private static final String NINE = "[".repeat(Limits.MAX_TOML_NESTING + 1);

    private static void passes(String text) {
        assertThatCode(() -> TomlNesting.check(text, new TomlReader("f.toml", text))).doesNotThrowAnyException();
    }

    private static void refusedAt(String text, int line) {
        assertThatThrownBy(() -> TomlNesting.check(text, new TomlReader("f.toml", text)))
                .isExactlyInstanceOf(ScenarioFileException.class)
                .hasMessage("f.toml:" + line + ": arrays or tables nested deeper than 8 levels, the limit for a"
                        + " scenario file");
    }

    @Test
    @DisplayName("8 levels of arrays or inline tables are read, 9 are refused")
    void limit() {
        passes("a = " + "[".repeat(8) + "1" + "]".repeat(8));
        refusedAt("a = " + "[".repeat(9) + "1" + "]".repeat(9), 1);
        passes("a = " + "{b = ".repeat(8) + "1" + "}".repeat(8));
        refusedAt("a = " + "{b = ".repeat(9) + "1" + "}".repeat(9), 1);
    }

    @Test
    @DisplayName("closing brackets and braces count down: twenty matrices one after another are 2 levels deep")
    void closingCountsDown() {
        passes("a = [[1, 2], [3, 4]]\n".repeat(20));
        passes("t = {a = {b = 1}}\n".repeat(20));
    }

    @Test
    @DisplayName("brackets in a comment do not count, to the end of its line or of the file")
    void comments() {
        passes("a = 1 # " + NINE + "\nb = 2\n");
        passes("a = 1 # " + NINE);
        refusedAt("# " + NINE + "\na = " + NINE + "1", 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "\"\"\"", "'''"})
    @DisplayName("brackets in a string do not count, and a multi-line string's lines are counted")
    void strings(String quote) {
        passes("a = " + quote + NINE + quote + "\n");
        refusedAt("a = " + quote + "x" + quote + ", " + NINE + "1", 1);
        if (quote.length() == 3) {
            passes("a = " + quote + "\n" + NINE + "\n" + NINE + "\n" + quote + "\n");
            refusedAt("a = " + quote + "\n[\n[\n" + quote + "\nb = " + NINE, 5);
        }
    }

    @Test
    @DisplayName("a backslash escapes a quote in a basic string, not in a literal one")
    void escapes() {
        passes("a = \"x \\\" " + NINE + "\"\n");
        refusedAt("a = 'x \\' " + NINE + "'\n", 1);
        passes("a = \"\"\"x \\\"\"\" " + NINE + "\"\"\"\n");
    }

    @Test
    @DisplayName("an unclosed one-line string ends at its line: the TOML parser reports it, the next line is checked")
    void unclosedOneLineString() {
        refusedAt("a = \"abc\nb = " + NINE + "1", 2);
        refusedAt("a = 'abc\nb = " + NINE + "1", 2);
    }

    @Test
    @DisplayName("text that ends inside a string, even after a backslash, is left to the TOML parser")
    void endsInsideAString() {
        passes("a = \"abc");
        passes("a = \"abc\\");
        passes("a = \"\"\"abc\\");
    }
}

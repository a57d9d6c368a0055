package backprop.examples.scenariofile.toml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("TomlReader: typed reads whose errors name the file and line")
class TomlReaderTest {

    @Test
    @DisplayName("lineText: the 1-based line without its break, blank lines kept, empty past the end")
    void lineText() {
        TomlReader r = new TomlReader("f.toml", "\nsecond\r\n\nfourth");
        assertThat(r.lineText(1)).isEmpty();
        assertThat(r.lineText(2)).isEqualTo("second");
        assertThat(r.lineText(3)).isEmpty();
        assertThat(r.lineText(4)).isEqualTo("fourth");
        assertThat(r.lineText(5)).isEmpty();
        assertThat(r.lineText(9)).isEmpty();
        TomlReader two = new TomlReader("f.toml", "a\nb");
        assertThat(two.lineText(1)).isEqualTo("a");
        assertThat(two.lineText(2)).isEqualTo("b");
        assertThat(two.lineText(3)).isEmpty();
        assertThat(new TomlReader("f.toml", "a\nb\n").lineText(3)).isEmpty();
    }

    @Test
    @DisplayName("entryLine: the line each entry starts on, past blank lines and comments")
    void entryLine() {
        TomlArray rows = Toml.parse("rows = [ [1,\n 2],\n\n # a comment\n [3, 4]  ]\n").getArray("rows");
        assertThat(TomlReader.entryLine(rows, 0)).isEqualTo(1);
        assertThat(TomlReader.entryLine(rows, 1)).isEqualTo(5);
        assertThat(TomlReader.entryLine(rows.getArray(0), 1)).isEqualTo(2);
    }

    @Test
    @DisplayName("a matrix: a list of rows of numbers, each as long as the first")
    void matrix() {
        TomlReader r = new TomlReader("f.toml", "");
        assertThat(r.matrix(Toml.parse("w = [[1, 2.5], [3, 4]]"), "w", "layer 1: ", 1))
                .isDeepEqualTo(new double[][] {{1, 2.5}, {3, 4}});
        assertThatThrownBy(() -> r.matrix(Toml.parse("\nw = []"), "w", "", 9))
                .hasMessage("f.toml:2: w must be a list of rows, is a list");
        assertThatThrownBy(() -> r.matrix(Toml.parse("w = 3"), "w", "", 9))
                .hasMessage("f.toml:1: w must be a list of rows, is 3");
        assertThatThrownBy(() -> r.matrix(Toml.parse("w = [[1], 2]"), "w", "", 9))
                .hasMessage("f.toml:1: w row 2 must be a list of numbers, is 2");
        assertThatThrownBy(() -> r.matrix(Toml.parse("w = [[1, 2], [3, nan]]"), "w", "layer 1: ", 9))
                .hasMessage("f.toml:1: layer 1: w[2][2] is NaN; only finite numbers are allowed");
        assertThatThrownBy(() -> r.matrix(Toml.parse("v = 1"), "w", "layer 1: ", 9))
                .hasMessage("f.toml:9: missing layer 1: w");
    }

    @Test
    @DisplayName("a table: absent, the caller's own message on line 1; not a table, an error at its line")
    void table() {
        TomlReader r = new TomlReader("f.toml", "");
        TomlTable toml = Toml.parse("title = \"t\"\nnetwork = 3\n[training]\nepochs = 2\n");
        assertThat(r.table(toml, "training", "missing [training]").getLong("epochs")).isEqualTo(2);
        TomlTable none = Toml.parse("title = \"t\"\nnetwork = 3\n");
        assertThatThrownBy(() -> r.table(none, "training", "missing [training]"))
                .hasMessage("f.toml:1: missing [training]");
        assertThatThrownBy(() -> r.table(toml, "network", "missing [network]"))
                .hasMessage("f.toml:2: network must be a table [network], is 3");
    }

    @ParameterizedTest(name = "{0} is described as {1}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', value = {
            "v = 'abc' | the string \"abc\"", "v = [1] | a list", "v = {a = 1} | a table", "v = 2 | 2",
            "v = 2.50 | 2.5", "v = 1e14 | 100000000000000",
            // from 10^15 on, plain digits would be longer than the number's own way of writing it
            "v = 1e15 | 1.0E15", "v = true | true"})
    @DisplayName("describe: how a value is named in a message")
    void describe(String toml, String described) {
        assertThat(TomlReader.describe(TomlReader.get(Toml.parse(toml), "v"))).isEqualTo(described);
    }

    @Test
    @DisplayName("describe: an absent value is 'missing'")
    void describeMissing() {
        assertThat(TomlReader.describe(null)).isEqualTo("missing");
    }
}

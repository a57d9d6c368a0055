package backprop.examples.scenariofile.printed;

import backprop.examples.scenariofile.toml.TomlReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** [[published]] as read, before anything is computed: each entry's fields and their limits. */
@DisplayName("A file's printed values, as read")
class PublishedReaderTest {
    private static final QuantityScope EXPRESSION = ExpressionScopes.of("2*x", Map.of(), "x", 1);

    private static List<PrintedEntry> read(String text) {
        return PublishedReader.read(new TomlReader("p.toml", text, null), Toml.parse(text), EXPRESSION);
    }

    private static String entry(String quantity, String printed, String where) {
        return "[[published]]\nquantity = \"" + quantity + "\"\nprinted = " + printed + "\nwhere = \"" + where + "\"\n";
    }

    @Test
    @DisplayName("1,000 entries are read; 1,001 are refused")
    void limit() {
        String thousand = entry("f", "\"1\"", "p. 1").repeat(1000);
        assertThat(read(thousand)).hasSize(1000).last().satisfies(e -> {
            assertThat(e.number()).isEqualTo(1000);
            assertThat(e.line()).isEqualTo(1 + 999 * 4);
        });
        assertThatThrownBy(() -> read(thousand + entry("f", "\"1\"", "p. 1")))
                .hasMessage("p.toml:1: [[published]] has 1001 entries; the limit is 1000");
    }

    @Test
    @DisplayName("published must be an array of tables")
    void notTables() {
        assertThatThrownBy(() -> read("published = [1, 2]\n")).hasMessage("p.toml:1: published must be an array of"
                + " tables, one [[published]] per printed value, is a list");
        assertThatThrownBy(() -> read("published = 3\n")).hasMessageEndingWith(", is 3");
    }

    @Test
    @DisplayName("printed: the text as printed, of at most 40 characters; a TOML number is refused, whole or not")
    void printed() {
        String forty = "0." + "1".repeat(38);
        assertThat(read(entry("f", "\"" + forty + "\"", "p. 1")).get(0).printed()).isEqualTo(forty);
        assertThatThrownBy(() -> read(entry("f", "\"" + forty + "1\"", "p. 1"))).hasMessageContaining(
                "is not a decimal number such as");
        assertThatThrownBy(() -> read(entry("f", "3", "p. 1"))).hasMessage("p.toml:3: published[1].printed must be"
                + " the text as printed, a string: printed = \"3\" (a TOML number loses its printed digits)");
        assertThatThrownBy(() -> read(entry("f", "0.5", "p. 1"))).hasMessageContaining("printed = \"0.5\"");
    }

    @Test
    @DisplayName("where: one line of 1 to 200 characters")
    void where() {
        String longest = "w".repeat(200);
        assertThat(read(entry("f", "\"1\"", longest)).get(0).where()).isEqualTo(longest);
        assertThatThrownBy(() -> read(entry("f", "\"1\"", longest + "w"))).hasMessageStartingWith("p.toml:4:"
                + " published[1].where must be one line of 1 to 200 characters");
        assertThatThrownBy(() -> read(entry("f", "\"1\"", " "))).hasMessageStartingWith("p.toml:4:"
                + " published[1].where must be one line of 1 to 200 characters, is \"\"");
        // a control character inside, a tab or a line break (TOML's escapes), is not one line of text
        for (String control : new String[] {"p.\\t1", "p.\\n1"}) {
            assertThatThrownBy(() -> read(entry("f", "\"1\"", control))).as(control).hasMessageStartingWith("p.toml:4:"
                    + " published[1].where must be one line of 1 to 200 characters");
        }
    }
}

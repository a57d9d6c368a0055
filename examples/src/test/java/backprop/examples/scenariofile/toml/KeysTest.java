package backprop.examples.scenariofile.toml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tomlj.Toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Keys: unknown keys and what they are reported as")
class KeysTest {

    @ParameterizedTest(name = "{0} → {1}: {2}", quoteTextArguments = false)
    @CsvSource({
            // the classic pair: k → s, e → i, and g inserted
            "kitten, sitting, 3",
            // an adjacent transposition is one edit (optimal string alignment), so titel is one from title
            "titel, title, 1", "ab, ba, 1",
            // optimal string alignment edits no substring twice: ca → abc is 3, not Damerau's 2
            "ca, abc, 3",
            "'', abc, 3", "abc, '', 3", "same, same, 0"})
    @DisplayName("edit distance with adjacent transpositions")
    void distance(String a, String b, int edits) {
        assertThat(Keys.distance(a, b)).isEqualTo(edits);
    }

    @Test
    @DisplayName("a key of a megabyte is measured whole, as a short one is")
    void longKey() {
        String key = "k".repeat(1_000_000);
        // 'title' has no k: 5 substitutions and 999,995 deletions; then one k kept and the rest deleted
        assertThat(Keys.distance(key, "title")).isEqualTo(1_000_000);
        assertThat(Keys.distance(key + "x", "k")).isEqualTo(1_000_000);
    }

    @Test
    @DisplayName("a suggestion within a third of the known key's length, at least one edit and fewer than the key has")
    void suggestion() {
        assertThat(Keys.suggestion("titel", Keys.COMMON)).isEqualTo("; did you mean title?");
        assertThat(Keys.suggestion("PRECISON", Keys.COMMON)).isEqualTo("; did you mean precision?");
        // 'published' has 9 characters: 3 edits are a third of it
        assertThat(Keys.suggestion("pubxxxhed", Keys.COMMON)).isEqualTo("; did you mean published?");
        assertThat(Keys.suggestion("pubxxxxed", Keys.COMMON)).startsWith("; known: ");
        // 'i' is one edit from 'id', but one edit is all the key has: no guess
        assertThat(Keys.suggestion("i", Keys.COMMON))
                .isEqualTo("; known: title, kind, precision, decimals, id, names, published, template, draw");
        // of two keys equally near, the first in the list
        assertThat(Keys.suggestion("abcd", java.util.List.of("abcx", "abcy"))).isEqualTo("; did you mean abcx?");
        // a table is suggested as a table
        assertThat(Keys.suggestion("trainig", Keys.NETWORK)).isEqualTo("; did you mean [training]?");
    }

    @Test
    @DisplayName("a key is printed on one line, invisible characters as \\uXXXX, cut after 60 characters")
    void printable() {
        assertThat(Keys.printable("a\u200Bb\tc")).isEqualTo("a\\u200Bb\\u0009c");
        assertThat(Keys.printable("λ")).isEqualTo("λ");
        String sixty = "k".repeat(60);
        assertThat(Keys.printable(sixty)).isEqualTo(sixty);
        assertThat(Keys.printable(sixty + "x")).isEqualTo(sixty + "…");
    }

    @Test
    @DisplayName("the first unknown key reported is the one the file writes first, tables by their own header line")
    void firstUnknownInFileOrder() {
        // [zz.y] makes zz first, but zz's own line is its header [zz] on line 5; [qq] on line 3 comes first
        String text = "title = \"t\"\nkind = \"expression\"\n[qq]\na = 1\n[zz]\nb = 1\n";
        String implicit = "title = \"t\"\nkind = \"expression\"\n[zz.y]\nc = 1\n[qq]\na = 1\n[zz]\nb = 1\n";
        TomlReader r = new TomlReader("f.toml", implicit);
        assertThatThrownBy(() -> Keys.checkTop(r, Toml.parse(implicit), "expression"))
                .hasMessage("f.toml:5: unknown table [qq]; known: title, kind, precision, decimals, id, names,"
                        + " published, template, draw, expression, parameters, inputs, conventions, relu_at_zero, max_tie");
        assertThat(TomlReader.keysInFileOrder(Toml.parse(text))).containsExactly("title", "kind", "qq", "zz");
        assertThat(TomlReader.keysInFileOrder(Toml.parse(implicit))).containsExactly("title", "kind", "qq", "zz");
    }

    @Test
    @DisplayName("a key of the other kind is named as not applying; a table among them in brackets")
    void otherKind() {
        String text = "title = \"t\"\nkind = \"expression\"\n[network]\nlayers = [1, 1]\n";
        assertThatThrownBy(() -> Keys.checkTop(new TomlReader("f.toml", text), Toml.parse(text), "expression"))
                .hasMessage("f.toml:3: [network] does not apply to kind = \"expression\"");
        String key = "title = \"t\"\nkind = \"network\"\nexpression = \"x\"\n";
        assertThatThrownBy(() -> Keys.checkTop(new TomlReader("f.toml", key), Toml.parse(key), "network"))
                .hasMessage("f.toml:3: expression does not apply to kind = \"network\"");
    }
}

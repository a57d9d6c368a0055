package backprop.examples.scenariofile.toml;

import backprop.examples.scenariofile.ExamFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Blank and comment lines are dropped before tomlj parses a file, and every line it reports is the file's own")
class TriviaLinesTest {
    private static final String VALID = "title = \"t\"\nkind = \"expression\"\nprecision = 3\n"
            + "expression = \"x*y\"\n[inputs]\nx = 2\ny = 5\n";

    @Test
    @DisplayName("3,000 comment lines before a file: it reads, and an error after them is on its own line")
    void longCommentRunsRead() {
        // tomlj alone took 218 s on this text (2 cores): its recovery looks ahead over the whole run at every line
        String comments = "# a comment\n\n".repeat(1_500);
        assertThat(ExamFile.read("c.toml", comments + VALID).title()).isEqualTo("t");
        assertThatThrownBy(() -> ExamFile.read("c.toml", comments + VALID.replace("precision = 3", "precision = \"3\"")))
                .hasMessageStartingWith("c.toml:3003:");
        assertThatThrownBy(() -> ExamFile.read("c.toml", comments + VALID + "# end\n\n[inputs]\nz = 1\n"))
                .hasMessageStartingWith("c.toml:3010:");
    }

    @Test
    @DisplayName("tomlj's own error is reported on the file's line, past dropped lines, and at the end of input")
    void parserErrorsOnTheFilesLine() {
        assertThatThrownBy(() -> ExamFile.read("e.toml", "# one\n\n# three\ntitle = = 1\n"))
                .hasMessageStartingWith("e.toml:4:");
        // an array left open: tomlj reports the end of input, after the file's last line
        assertThatThrownBy(() -> ExamFile.read("e.toml", "title = [1,\n# a\n\n"))
                .hasMessageStartingWith("e.toml:4:");
    }

    @Test
    @DisplayName("a comment tomlj refuses (a control character) stays, and is refused on its line")
    void refusedCommentsStay() {
        assertThat(TriviaLines.trivia("# a NUL \0")).isFalse();
        assertThat(TriviaLines.trivia("# a DEL \u007f")).isFalse();
        assertThat(TriviaLines.trivia("# a bare CR \r here")).isFalse();
        assertThatThrownBy(() -> ExamFile.read("n.toml", "# fine\n\n# a NUL \0\n" + VALID))
                .hasMessageStartingWith("n.toml:3:");
    }

    @ParameterizedTest(name = "[{index}] trivia: \"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "\r", "#", "# a comment", "  \t# indented", "#\ttab", "# é😀", "   \r"})
    void triviaLines(String line) {
        assertThat(TriviaLines.trivia(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] kept: \"{0}\"")
    @ValueSource(strings = {"a = 1", " a = 1 # c", "[inputs]", "\"#\" = 1", "]", "x", " \u000b# vertical tab", "\f"})
    void keptLines(String line) {
        assertThat(TriviaLines.trivia(line)).isFalse();
    }

    @Test
    @DisplayName("a line inside a multi-line string is never dropped, whatever it holds")
    void multiLineStringsStay() {
        assertThat(TriviaLines.stillOpen("a = \"\"\"x", null)).isEqualTo("\"\"\"");
        assertThat(TriviaLines.stillOpen("a = '''x", null)).isEqualTo("'''");
        assertThat(TriviaLines.stillOpen("a = \"\"\" x \"\"\" # c", null)).isNull();
        assertThat(TriviaLines.stillOpen("# a = \"\"\"", null)).isNull();
        assertThat(TriviaLines.stillOpen("a = \"# \\\"\"\"\" # c", null)).isNull();
        assertThat(TriviaLines.stillOpen("a = '# ''' ", null)).isNull();
        assertThat(TriviaLines.stillOpen("x \\\"\"\" y", "\"\"\"")).isEqualTo("\"\"\"");
        assertThat(TriviaLines.stillOpen("x \\\\\"\"\" y", "\"\"\"")).isNull();
        assertThat(TriviaLines.stillOpen("x \\''' y = '''", "'''")).isEqualTo("'''");
        assertThat(TriviaLines.stillOpen("end\"\"\"\"\" b = 1", "\"\"\"")).isNull();
        // up to two quotes before the closing three are content: an array's second multi-line string then opens
        assertThat(TriviaLines.stillOpen("v = [\"\"\"a\"\"\"\", \"\"\"", null)).isEqualTo("\"\"\"");
        assertThat(TriviaLines.stillOpen("v = [\"\"\"a\"\"\"\"\", \"\"\"", null)).isEqualTo("\"\"\"");
        assertThat(TriviaLines.stillOpen("v = ['''a'''', '''", null)).isEqualTo("'''");
        // a third is not (TOML refuses six quotes): the sixth opens a one-line string that swallows the next three
        assertThat(TriviaLines.stillOpen("v = [\"\"\"a\"\"\"\"\"\", \"\"\"", null)).isNull();
        String text = "title = \"\"\"\n# kept\n\n  \n\"\"\"\n# dropped\n\nb = '''\n# kept too\n'''\n";
        TriviaLines t = TriviaLines.dropFrom(text);
        assertThat(t.text()).isEqualTo("title = \"\"\"\n# kept\n\n  \n\"\"\"\nb = '''\n# kept too\n'''\n");
        assertThat(List.of(t.original(1), t.original(5), t.original(6), t.original(8), t.original(9)))
                .containsExactly(1, 5, 8, 10, 11);
        assertThat(Toml.parse(t.text()).getString("title")).isEqualTo("# kept\n\n  \n");
    }

    @Test
    @DisplayName("the last line stays when no line break ends it; lines before the first and past the end map through")
    void ends() {
        assertThat(TriviaLines.dropFrom("a = 1\n# c").text()).isEqualTo("a = 1\n# c");
        assertThat(TriviaLines.dropFrom("").text()).isEmpty();
        TriviaLines t = TriviaLines.dropFrom("\n\na = 1\n\n\n");
        assertThat(t.text()).isEqualTo("a = 1\n");
        assertThat(List.of(t.original(1), t.original(2), t.original(3))).containsExactly(3, 6, 7);
        assertThat(TriviaLines.current(7)).isEqualTo(7);
        assertThat(TriviaLines.reading(t, () -> TriviaLines.current(1))).isEqualTo(3);
        // nested reads (a file read while another is) each map their own lines, and the outer's come back
        TriviaLines inner = TriviaLines.dropFrom("\n\n\n\nb = 2\n");
        assertThat(TriviaLines.reading(t, () -> List.of(TriviaLines.reading(inner, () -> TriviaLines.current(1)),
                TriviaLines.current(1)))).containsExactly(5, 3);
        assertThat(TriviaLines.current(1)).isEqualTo(1);
    }

    @Test
    @DisplayName("for every variant file and 300 seeded mixtures, tomlj reads the same table from both texts")
    void sameTable() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("..", "variants"))) {
            texts = new java.util.ArrayList<>(files.filter(f -> f.toString().endsWith(".toml")).sorted()
                    .map(f -> read(f)).toList());
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5);
        Random random = new Random(21);
        String[] pieces = {"\n", "# c\n", "  # \"\"\" in a comment\n", "a%d = 1 # x\n", "s%d = \"\"\"\n# in\n\n\"\"\"\n",
                "l%d = '''\n\n# in '' \n'''\n", "v%d = [\n# c\n\n1,\n  # d\n2]\n", "q%d = \"# not \\\" a comment\"\n",
                "[t%d]\n", "e%d = \"\"\"a\\\n\n  # b\"\"\"\n", "t%d = { a = 1, b = \"#\" }\n", "\t\n", "\r\n"};
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k >= 0; k--) {
                text.append(String.format(java.util.Locale.ROOT, pieces[random.nextInt(pieces.length)], n * 100 + k));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            TomlParseResult original = Toml.parse(text);
            TriviaLines dropped = TriviaLines.dropFrom(text);
            TomlParseResult parsed = Toml.parse(dropped.text());
            assertThat(parsed.errors()).as(text).hasSameSizeAs(original.errors());
            if (original.hasErrors()) {
                assertThat(dropped.original(parsed.errors().get(0).position().line())).as(text)
                        .isEqualTo(original.errors().get(0).position().line());
            } else {
                assertThat(parsed.toJson()).as(text).isEqualTo(original.toJson());
                for (String key : original.dottedKeySet()) {
                    assertThat(dropped.original(parsed.inputPositionOf(key).line())).as(key + " in\n" + text)
                            .isEqualTo(original.inputPositionOf(key).line());
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package backprop.export.notebook;

import backprop.export.model.Chapter;
import backprop.examples.format.Precision;
import backprop.export.model.Worked;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.notebook.cell.Cell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("An exam variant's file reaches its notebook as data: run in JShell, nothing of it runs")
class HostileVariantTest {
    /** What a hostile file would print if any of it ran. */
    private static final String PWNED = "PWNED";
    private static final String VALID = "title = \"t\"\nkind = \"expression\"\nprecision = 3\nid = \"hostile\"\n"
            + "expression = \"x*y\"\n[inputs]\nx = 2\ny = 5\n";

    static Stream<String> hostileTexts() {
        return Stream.of(
                "# \"\"\"\";System.out.println(\"PWNED\");\n" + VALID,
                "# \"\"\"\n" + VALID,
                VALID + "# \"\"\"\"\"\"\"\"\n\"\"\";System.out.println(\"PWNED\");\"\"\"",
                "# \\u0022;System.out.println(\\u0022PWNED\\u0022);//\n" + VALID,
                "# \\\";System.out.println(\"PWNED\");//\n" + VALID,
                "# \\\\\";System.out.println(\"PWNED\");//\n" + VALID,
                "# */ System.out.println(\"PWNED\"); /*\n" + VALID,
                "# a NUL \0 and \0001 and DEL \u007f and an escape \u001b[31m\n" + VALID,
                "# a CR\r\";System.out.println(\"PWNED\");//\r\n" + VALID.replace("\n", "\r\n"),
                "# U+2028 \u2028\";System.out.println(\"PWNED\");// U+2029 \u2029 NEL \u0085\n" + VALID,
                "# a surrogate pair \uD83D\uDE00 and \\uD83D\n" + VALID,
                "# " + "\"x".repeat(50_000) + "\n" + VALID,
                "# " + "é\uD83D\uDE00".repeat(40_000) + "\n" + VALID,
                "# line\n".repeat(3_000) + VALID,
                "",
                "no newline at the end \\",
                "\n\n\n");
    }

    @Test
    @DisplayName("no cell of either version holds the variant file's text (its comments included): the notebook gives its numbers, not the file")
    void noCellHoldsTheFile() {
        // the hostile texts that are a comment before a valid file: each reads, and the comment must go nowhere
        List<String> texts = hostileTexts().filter(t -> t.endsWith(VALID) && t.startsWith("#") && !t.contains("\0")).toList();
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5);
        for (String text : texts) {
            Chapter chapter = Chapter.of(ExamFile.read("hostile.toml", text));
            for (Cell c : Notebooks.cells(chapter, Worked.of(chapter))) {
                assertThat(c.instructor() + c.student()).as(c.id()).doesNotContain("variantText", "kind = ", "[inputs]",
                        "PWNED", "\\u0022");
            }
        }
    }

    @Tag("jshell")
    @Test
    @DisplayName("every code cell of a hostile variant's instructor notebook runs, in order, and prints no PWNED")
    void instructorNotebookRunsNothingOfTheFile() {
        String name = "a\";System.out.println(\"PWNED\");String b=\".toml";
        String text = "# \"\"\"\";System.out.println(\"PWNED\");\n# \\u0022);System.out.println(\\u0022PWNED\\u0022);\n"
                + VALID.replace("title = \"t\"", "title = \"\\\"\\\"\\\"\\\";System.out.println(\\\"PWNED\\\");\"");
        Chapter chapter = Chapter.of(ExamFile.read(name, text));
        List<Cell> cells = Notebooks.cells(chapter, Worked.of(chapter));
        try (JShellCells shell = new JShellCells()) {
            for (Cell c : cells) {
                if (!c.markdown()) {
                    shell.run(c.instructor());
                }
            }
            assertThat(shell.problems()).isEmpty();
            // ∂f/∂x = y = 5 on the arc x*y → x (the steps cell, node 3 to node 1): the notebook computed the file's
            // scenario, and printed nothing else of
            // it; f is a node's value and ∂f/∂x = y, ∂f/∂y = x are givens, so the answers cell asks none of them
            assertThat(shell.printed()).doesNotContain(PWNED).contains("node 3 (MULTIPLY) → node 1: local 5.0 × upstream 1.0 = 5.0")
                    .doesNotContain("variant.hostile.f =").doesNotContain("variant.hostile.df_dx =");
        }
    }
}

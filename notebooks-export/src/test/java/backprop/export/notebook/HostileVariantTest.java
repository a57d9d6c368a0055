package backprop.export.notebook;

import backprop.export.model.Chapter;
import backprop.examples.format.Precision;
import backprop.export.model.Worked;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.notebook.cell.Cell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.DisplayName;
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

    @ParameterizedTest
    @MethodSource("hostileTexts")
    @DisplayName("the variant's declaration holds the file's text exactly and runs nothing of it")
    void declarationHoldsTheTextAndRunsNothing(String text) {
        Chapter chapter = new Chapter("variant-hostile", "Exam variant", "variants/hostile.toml", List.of(),
                Precision.decimals(3), text);
        try (JShellCells shell = new JShellCells()) {
            List<Snippet> snippets = shell.run(Notebooks.variantData(chapter));
            assertThat(shell.problems()).isEmpty();
            assertThat(snippets).extracting(s -> ((VarSnippet) s).name()).containsExactly("variantName", "variantText");
            assertThat(shell.printed()).doesNotContain(PWNED).isEmpty();
            assertThat(shell.string("variantText")).isEqualTo(text);
            assertThat(shell.string("variantName")).isEqualTo("hostile.toml");
        }
    }

    static Stream<String> hostileNames() {
        // a file name holds any character but '/' and NUL
        return Stream.of("a\";System.out.println(\"PWNED\");String b=\".toml",
                "a\\u0022;System.out.println(\\u0022PWNED\\u0022);String b=\\u0022.toml",
                "a\\\";System.out.println(\"PWNED\");String b=\".toml",
                "line\nbreak\";System.out.println(\"PWNED\");String b=\".toml",
                "cr\r\";System.out.println(\"PWNED\");\u2028\u001b.toml");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    @DisplayName("the file's name is a string in the notebook, whatever it holds")
    void fileNameIsAString(String name) {
        Chapter chapter = new Chapter("variant-hostile", "Exam variant", "/tmp/exams/" + name, List.of(),
                Precision.decimals(3), VALID);
        try (JShellCells shell = new JShellCells()) {
            List<Snippet> snippets = shell.run(Notebooks.variantData(chapter));
            assertThat(shell.problems()).isEmpty();
            assertThat(snippets).hasSize(2);
            assertThat(shell.printed()).isEmpty();
            assertThat(shell.string("variantName")).isEqualTo(name);
            assertThat(shell.string("variantText")).isEqualTo(VALID);
        }
    }

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
            // ∂f/∂x = y = 5 on the arc x → x*y: the notebook computed the file's scenario, and printed nothing else of
            // it; f is a node's value and ∂f/∂x = y, ∂f/∂y = x are givens, so the answers cell asks none of them
            assertThat(shell.printed()).doesNotContain(PWNED).contains("x -> x*y: local 5 x upstream 1 = 5")
                    .doesNotContain("variant.hostile.f =").doesNotContain("variant.hostile.df_dx =");
        }
    }
}

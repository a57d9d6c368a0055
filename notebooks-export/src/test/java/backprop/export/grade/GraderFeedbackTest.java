package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code grade --feedback FILE}: refused where it would write over what the grader reads (or the --csv), for a
 * numbers-only hand-in, or as a folder, each one line and exit 2 before anything runs; otherwise the page written
 * whole, in place of an earlier one, with the permissions of any new file and no temporary file left.
 */
class GraderFeedbackTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!Squares.SANDBOXED) {
            all.add(0, "--unsandboxed");
        }
        return Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Squares.CLASS_PATH, all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String oneLine() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private Path[] squares(TestNotebook student) throws IOException {
        return new Path[] {file("i.ipynb", Squares.instructor().json()), file("s.ipynb", student.json()),
                file("key.json", Squares.KEY.json())};
    }

    @Test
    void feedbackForANumbersOnlyHandIn_isRefused() throws IOException {
        Path key = file("answer-key.csv", NumberGraderTest.KEY);
        Path answers = file("a.csv", "s1.dw,0.5\n");
        Path page = dir.resolve("f.html");
        assertThat(run("--answers", answers.toString(), "--key", key.toString(), "--feedback", page.toString())).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --feedback is for a notebook (--instructor and --student): a numbers-only"
                + " hand-in has no cells to show");
        assertThat(page).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void feedbackOverAnInput_theCsvOrAFolder_isRefused_andNothingIsWritten() throws IOException {
        Path[] nb = squares(Squares.instructor());
        String student = Files.readString(nb[1]);
        String[] base = {"--instructor", nb[0].toString(), "--student", nb[1].toString(), "--grading-key", nb[2].toString()};
        assertThat(run(with(base, "--feedback", nb[1].toString()))).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --feedback " + nb[1] + ": is the same file as --student " + nb[1]
                + "; the grader does not write over what it reads");
        assertThat(Files.readString(nb[1])).isEqualTo(student);
        err.reset();
        Path link = Files.createSymbolicLink(dir.resolve("f.html"), nb[2]);
        assertThat(run(with(base, "--feedback", link.toString()))).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --feedback " + link + ": is the same file as --grading-key " + nb[2]);
        err.reset();
        // the csv does not exist yet: the same name, written twice, is still refused
        Path same = dir.resolve("out.txt");
        assertThat(run(with(base, "--csv", same.toString(), "--feedback", dir.resolve(".").resolve("out.txt").toString())))
                .isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --feedback " + dir.resolve(".").resolve("out.txt") + ": is the same file as --csv "
                + same + "; the grader does not write over what it reads");
        err.reset();
        // a refused --csv is said first, whatever --feedback is
        assertThat(run(with(base, "--csv", nb[1].toString(), "--feedback", dir.resolve("f2.html").toString()))).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: --csv " + nb[1] + ": is the same file as --student ");
        err.reset();
        assertThat(run(with(base, "--feedback", dir.toString()))).isEqualTo(2);
        assertThat(oneLine()).isEqualTo("grade: --feedback " + dir + ": is a folder, not a file");
        assertThat(same).doesNotExist();
        assertThat(dir.resolve("f2.html")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static String[] with(String[] base, String... more) {
        return Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    }

    /** A notebook of text only: grading it runs no cell and starts no process, and still writes the page. */
    private Path[] textOnly(String answer) throws IOException {
        String intro = "# Explain\n\nWhy does δ flow backwards?";
        return new Path[] {file("i.ipynb", new TestNotebook().markdown("intro", intro).answer("why", "?\n\n### BEGIN SOLUTION\n"
                + "Because.\n### END SOLUTION\n").json()), file("s.ipynb", new TestNotebook().markdown("intro", intro)
                .answer("why", answer).json()), file("key.json", new GradingKey(Map.of()).json())};
    }

    @Test
    void thePageIsWrittenWhole_overAnEarlierOne_asAnyNewFileIs_andNoTemporaryFileStays() throws IOException {
        Path[] nb = textOnly("It is the chain rule <script>x</script>");
        Path page = file("feedback.html", "an earlier page");
        Path csv = dir.resolve("grades.csv");
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(run("--instructor", nb[0].toString(), "--student", nb[1].toString(), "--grading-key", nb[2].toString(),
                "--csv", csv.toString(), "--feedback", page.toString())).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).isEqualTo(FeedbackHtml.page("i.ipynb", NotebookFile.read(nb[0]), NotebookFile.read(nb[1]),
                new Grades(List.of(), List.of())));
        assertThat(html).contains("<h1>Feedback: i.ipynb</h1>").contains("It is the chain rule &lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("Because.");
        assertThat(Files.readString(csv)).isEqualTo("question,earned,possible,feedback\n");
        assertThat(Files.getPosixFilePermissions(page)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(Files.getPosixFilePermissions(plain));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("feedback.html", "grades.csv", "i.ipynb", "key.json", "plain", "s.ipynb");
        }
    }

    @Test
    void aPageThatCannotBeWritten_isOneLineAndExitTwo() throws IOException {
        Path[] nb = textOnly("Because.");
        Path page = dir.resolve("no-such-folder").resolve("f.html");
        assertThat(run("--instructor", nb[0].toString(), "--student", nb[1].toString(), "--grading-key", nb[2].toString(),
                "--feedback", page.toString())).isEqualTo(2);
        assertThat(oneLine()).startsWith("grade: " + page + ":1: cannot write the feedback: ");
        assertThat(page.getParent()).doesNotExist();
    }
}

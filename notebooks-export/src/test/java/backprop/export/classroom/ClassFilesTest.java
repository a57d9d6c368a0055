package backprop.export.classroom;

import backprop.examples.scenariofile.template.Drawn;
import backprop.examples.scenariofile.template.Template;
import backprop.export.classroom.Roster.Student;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.Cell;
import backprop.export.output.Caller;
import backprop.export.output.OutputFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class's files written in-process, as {@code answer-key class} writes them (ClassCommand's order: the runtime jar,
 * start, each student, finish), for students whose draws the test sets: how many draws each took and why, and two
 * students with the same numbers. Every count below is worked from those draws by hand.
 */
@DisplayName("The class's files: each student's six, the README's rows, the statistics and the counts")
class ClassFilesTest {
    private static Template template;
    private static StudentExam ada;
    private static StudentExam bob;
    private static StudentExam cy;

    @TempDir
    Path dir;

    /** {@code e} as if drawn at the first attempt, or with {@code rejections} before it. */
    private static StudentExam drawnAs(StudentExam e, Student s, List<String> rejections) {
        Drawn d = e.drawn();
        Drawn as = new Drawn(s.id(), d.file(), d.text(), d.values(), rejections.size() + 1, rejections);
        return new StudentExam(s, as, e.chapter(), e.worked(), e.cells(), e.key());
    }

    @BeforeAll
    static void draw() {
        template = Template.read(Path.of("..", "variants", "templates", "exam-network-template.toml"));
        ada = drawnAs(StudentExam.draw(template, new Student("s1", "Ada", 2)), new Student("s1", "Ada", 2), List.of());
        bob = drawnAs(StudentExam.draw(template, new Student("s2", "Bob", 3)), new Student("s2", "Bob", 3), List.of());
        // Cy has Ada's numbers, drawn at the third attempt
        cy = drawnAs(ada, new Student("s3", "Cy", 4), List.of("draw 1: z(1) prints as 0", "draw 2: z(1) prints as 0"));
    }

    private ClassFiles write(Path out, StudentExam... exams) {
        ClassFiles files = new ClassFiles(template, "t.toml", "roster.csv");
        try (OutputFolder.Stream folder = OutputFolder.stream(out, new Caller(dir, dir))) {
            folder.bytes(ClassFiles.RUNTIME, new byte[] {1});
            files.start(folder, exams.length);
            for (StudentExam e : exams) {
                files.student(folder, e);
            }
            files.finish(folder);
            folder.commit();
        }
        return files;
    }

    private static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    @Test
    void eachStudentsSixFiles_andTheCount_isEveryFileWritten() throws IOException {
        Path out = dir.resolve("class");
        ClassFiles files = write(out, ada, bob, cy);
        long onDisk;
        try (Stream<Path> all = Files.walk(out)) {
            // the output folder's own manifest (.answer-key, OutputFolder's) is no file of the class's
            onDisk = all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".answer-key")).count();
        }
        // 3 students × 6, key.csv, draws.csv, README.md, statistics.md, the runtime jar
        assertThat(onDisk).isEqualTo(3 * 6 + 5);
        assertThat(files.count()).isEqualTo(3 * 6 + 5);
        for (String id : List.of("s1", "s2", "s3")) {
            for (String f : List.of("instructor/" + id + "/exam.ipynb", "instructor/" + id + "/grading-key.json",
                    "instructor/" + id + "/answer-key.md", "instructor/" + id + "/scenario.toml",
                    "students/" + id + "/exam.ipynb", "students/" + id + "/sheet.html")) {
                assertThat(out.resolve(f)).as(f).isRegularFile();
                assertThat(Files.size(out.resolve(f))).as(f).isPositive();
            }
        }
        assertThat(read(out.resolve("instructor/s2/scenario.toml"))).isEqualTo(bob.drawn().text());
        assertThat(read(out.resolve("instructor/s2/grading-key.json"))).isEqualTo(bob.key().json());
    }

    @Test
    void aDrawnExamsNotebook_opensWithWhoseItIs_aMarkdownCellTheSameInBothVersions_thenTheChaptersCells() {
        StudentExam e = StudentExam.draw(template, new Student("s2", "Bob", 3));
        Cell first = e.cells().get(0);
        String whose = WhoseExam.line(new Student("s2", "Bob", 3), template.assignment(), e.drawn().attempts());
        assertThat(first.id()).isEqualTo(Notebooks.cellId(e.chapter(), "student"));
        assertThat(first.markdown()).isTrue();
        assertThat(first.instructor()).isEqualTo(whose);
        assertThat(first.student()).isEqualTo(whose);
        // a cell's grading key is compared as JSON below; here each cell's id and its two versions' text
        assertThat(e.cells().subList(1, e.cells().size())).extracting(Cell::id, Cell::instructor, Cell::student)
                .isEqualTo(Notebooks.cells(e.chapter(), e.worked()).stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.instructor(), c.student())).toList());
        assertThat(e.key().json()).isEqualTo(Notebooks.gradingKey(Notebooks.cells(e.chapter(), e.worked())).json());
    }

    @Test
    void theAnswerKey_saysWhoseItIs_underItsTitle() throws IOException {
        Path out = dir.resolve("class");
        write(out, ada, bob);
        List<String> key = read(out.resolve("instructor/s2/answer-key.md")).lines().toList();
        List<String> plain = AnswerKeyMarkdown.render(bob.chapter(), bob.worked()).lines().toList();
        assertThat(key.get(0)).startsWith("# ").isEqualTo(plain.get(0));
        assertThat(key.get(1)).isEmpty();
        assertThat(key.get(2)).isEqualTo(WhoseExam.line(new Student("s2", "Bob", 3), template.assignment(), 1));
        assertThat(key.subList(3, key.size())).isEqualTo(plain.subList(1, plain.size()));
    }

    @Test
    void theSummaryAndTheStatistics_countDrawsRejectionsAndStudentsWithTheSameNumbers() throws IOException {
        Path out = dir.resolve("class");
        ClassFiles files = write(out, ada, bob, cy);
        // draws: 1 + 1 + 3 = 5, of which Cy's first two were rejected; Cy has Ada's numbers
        assertThat(files.summary()).isEqualTo("3 students, 5 draws (2 rejected), 1 pairs of students with the same numbers"
                + " (statistics.md)");
        String stats = read(out.resolve("statistics.md"));
        assertThat(stats).startsWith("# Draws: A 2-2-3 network in the style of 004\n\n" + files.summary() + ". ")
                .contains("| draws a student took | students |\n|---|---|\n| 1 | 2 |\n| 3 | 1 |\n")
                .contains("| reason | draws |\n|---|---|\n| z(1) prints as 0 | 2 |\n")
                .endsWith("A copied answer between these cannot be traced (widen the template's ranges):\n\n- s1 and s3\n");
        String readme = read(out.resolve("README.md"));
        assertThat(readme).startsWith("# A 2-2-3 network in the style of 004: a class of 3 students\n")
                .endsWith("| s1 | Ada | 1 | [answer key](instructor/s1/answer-key.md) | [sheet](students/s1/sheet.html) |\n"
                        + "| s2 | Bob | 1 | [answer key](instructor/s2/answer-key.md) | [sheet](students/s2/sheet.html) |\n"
                        + "| s3 | Cy | 3 | [answer key](instructor/s3/answer-key.md) | [sheet](students/s3/sheet.html) |\n");
    }

    @Test
    void aClassWithNoRejectionAndNoSharedNumbers_saysNoneTwice() throws IOException {
        Path out = dir.resolve("class");
        ClassFiles files = write(out, ada, bob);
        assertThat(files.summary()).isEqualTo("2 students, 2 draws (0 rejected)");
        assertThat(read(out.resolve("statistics.md"))).contains("| draws a student took | students |\n|---|---|\n| 1 | 2 |\n")
                .contains("## Why draws were rejected\n\nNone: every student's first draw made a good exam.\n")
                .endsWith("## Students with the same numbers\n\nNone: every student's numbers are their own, so a copied"
                        + " answer names its source.\n");
    }
}

package backprop.export.grade;

import backprop.export.runtime.GradingKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code grade --class DIR --submissions SUB --out GRADED} end to end on small notebooks, each student in their own
 * process (sandboxed where bubblewrap is): the grader's Squares notebook (5 points: q1 2, q2, q3, q4 1 each) for a
 * correct student, a blank one (the stubs), one whose file is not a notebook, one without a submission; and a
 * notebook of two numbers for a copied student and an endless loop. The expected points are the keys', written by
 * hand. Starts a process per student (about 30 s in all): tagged "sandbox", so CI runs it in its own step, and left
 * out of PIT's runs; ClassGraderTest judges the same logic in verify with a stand-in grading.
 */
@Tag("sandbox")
@DisplayName("Grading a small class end to end: every student in their own process, the gradebook, the feedback pages")
class ClassGradingSquaresTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int grade(String... args) {
        return Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Squares.CLASS_PATH, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** DIR/instructor/ID/ with the Squares notebook and key for each id; draws.csv naming them. */
    private Path squaresClass(String... ids) throws IOException {
        Path c = dir.resolve("class");
        StringBuilder draws = new StringBuilder("student,name\r\n");
        for (String id : ids) {
            Path mine = Files.createDirectories(c.resolve("instructor").resolve(id));
            Files.writeString(mine.resolve("exam.ipynb"), Squares.instructor().json(), StandardCharsets.UTF_8);
            Files.writeString(mine.resolve("grading-key.json"), Squares.KEY.json(), StandardCharsets.UTF_8);
            draws.append(id).append(",Student ").append(id).append("\r\n");
        }
        Files.writeString(c.resolve("draws.csv"), draws, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        return c;
    }

    private void submit(String id, String text) throws IOException {
        ClassFixture.submit(dir.resolve("sub"), id, text);
    }

    private String[] classArgs() {
        return new String[] {"--class", dir.resolve("class").toString(), "--submissions", dir.resolve("sub").toString(),
                "--out", dir.resolve("graded").toString(), "--time-limit", "30", "--unsandboxed"};
    }

    @Test
    void aClassOfFour_eachScoredOnItsOwn_aBrokenFileAndAMissingOneCostingOnlyTheirOwner() throws IOException {
        squaresClass("s1-correct", "s2-blank", "s3-broken", "s4-missing");
        submit("s1-correct", Squares.instructor().json());
        submit("s2-blank", Squares.stubs().json());
        submit("s3-broken", "{\"cells\": [");
        submit("s9-unknown", Squares.instructor().json());

        assertThat(grade(classArgs())).as(err()).isZero();

        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        String gradebook = Files.readString(dir.resolve("graded/gradebook.csv"), StandardCharsets.UTF_8);
        try (CSVParser csv = CSVParser.parse(gradebook, CSVFormat.RFC4180.builder().setHeader().get())) {
            assertThat(csv.getHeaderNames()).containsExactly("Student", "ID", "q1", "q2", "q3", "q4", "Total", "Notes");
            csv.forEach(r -> rows.put(r.get("ID"), r));
        }
        assertThat(rows.keySet()).containsExactly("s1-correct", "s2-blank", "s3-broken", "s4-missing");
        // the key's points: q1 2, q2 1, q3 1, q4 1
        assertThat(List.of(rows.get("s1-correct").get("q1"), rows.get("s1-correct").get("q4"), rows.get("s1-correct").get("Total")))
                .containsExactly("2", "1", "5");
        assertThat(rows.get("s1-correct").get("Student")).isEqualTo("Student s1-correct");
        assertThat(rows.get("s1-correct").get("Notes")).isEmpty();
        assertThat(rows.get("s2-blank").get("Total")).isEqualTo("0");
        assertThat(rows.get("s3-broken").get("Total")).isEqualTo("0");
        assertThat(rows.get("s3-broken").get("Notes")).startsWith("not graded: ").contains("exam.ipynb:1: not valid JSON");
        assertThat(rows.get("s4-missing").get("q1")).isEqualTo("0");
        assertThat(rows.get("s4-missing").get("Notes")).isEqualTo("no submission");
        assertThat(gradebook).contains("\r\n").doesNotContain("\n\n");

        try (var pages = Files.list(dir.resolve("graded/feedback"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("s1-correct.html", "s2-blank.html");
        }
        assertThat(Files.readString(dir.resolve("graded/feedback/s1-correct.html"), StandardCharsets.UTF_8)).contains("5/5");
        assertThat(err()).contains("s3-broken: not graded: ")
                .contains(Path.of(dir.resolve("sub").toString(), "s9-unknown") + ": no student s9-unknown in ")
                .contains("graded 2 of 4 students (2 not graded: no submission or none readable; 0 with a cell that"
                        + " ended their process; 0 with another student's variant)");
    }

    /** A notebook of one question "ab" (2 points) whose two parts check the numbers a() and b() give: no input. */
    private static TestNotebook ab(String solution) {
        return new TestNotebook().given("imports", "import backprop.export.runtime.Grade;").solution("ab", solution)
                .grading("ab", 2, "Grade q = Grade.question(\"ab\", \"the answers\", 2);\n"
                        + "q.part(\"a\", in -> a());\nq.part(\"b\", in -> b());\nq.done();");
    }

    /** The key of {@link #ab}: a and b the student's own numbers. */
    private static GradingKey abKey(double a, double b) {
        Map<String, GradingKey.Part> parts = new LinkedHashMap<>();
        parts.put("a", new GradingKey.Part("a", Map.of(), a, null, List.of()));
        parts.put("b", new GradingKey.Part("b", Map.of(), b, null, List.of()));
        return new GradingKey(Map.of("ab", new GradingKey.Question("ab", "the answers", 2, parts)));
    }

    @Test
    void aStudentWhoHandsInAnothersNumbers_isFlaggedWithWhose_andOnesWhoseCellNeverEnds_floods_orRunsOutOfMemory_areStoppedAlone()
            throws IOException {
        Path c = dir.resolve("class");
        Map<String, GradingKey> keys = Map.of("s1", abKey(1, 2), "s2", abKey(3, 4), "s3", abKey(5, 6), "s4", abKey(7, 8),
                "s5", abKey(9, 10));
        for (Map.Entry<String, GradingKey> k : keys.entrySet()) {
            Path mine = Files.createDirectories(c.resolve("instructor").resolve(k.getKey()));
            Files.writeString(mine.resolve("exam.ipynb"), ab("double a() { return 0; }\ndouble b() { return 0; }").json(),
                    StandardCharsets.UTF_8);
            Files.writeString(mine.resolve("grading-key.json"), k.getValue().json(), StandardCharsets.UTF_8);
        }
        String s1 = ab("double a() { return 1; }\ndouble b() { return 2; }").json();
        submit("s1", s1);
        submit("s2", s1);
        // a loop javac cannot prove endless, so that the cell compiles and runs to the time limit
        submit("s3", ab("double a() { long n = 0; while (n >= 0) { n = n % 7 + 1; } return 5; }\ndouble b() { return 6; }").json());
        // .ci/class.py's flood and allocation, in loops javac cannot prove endless
        submit("s4", ab("double a() { long n = 0; while (n >= 0) { System.out.println(\"flood \".repeat(1000)); n = n % 7 + 1; }"
                + " return 7; }\ndouble b() { return 8; }").json());
        submit("s5", ab("double a() { java.util.List<long[]> hog = new java.util.ArrayList<>(); long n = 0;"
                + " while (n >= 0) { hog.add(new long[1 << 24]); n = n % 7 + 1; } return 9; }\ndouble b() { return 10; }").json());

        assertThat(grade("--class", c.toString(), "--submissions", dir.resolve("sub").toString(), "--out",
                dir.resolve("graded").toString(), "--time-limit", "3", "--unsandboxed")).as(err()).isZero();

        List<String> gradebook = Files.readAllLines(dir.resolve("graded/gradebook.csv"), StandardCharsets.UTF_8);
        // an empty first field is quoted (a record of one empty field would be an empty line); a comma quotes a field
        assertThat(gradebook).containsExactly("Student,ID,ab,Total,Notes", "\"\",s1,2,2,",
                "\"\",s2,0,0,\"answers match the variant of s1 (2 of 2 answers; 0 of 2 their own), not their own\"",
                "\"\",s3,0,0,\"cell ab: stopped after 3 s of CPU time, the time limit\"",
                "\"\",s4,0,0,\"cell ab: printed more than 1 MiB of output, a flood; stopped\"",
                "\"\",s5,0,0,cell ab: ran out of memory (OutOfMemoryError)");
        assertThat(err()).contains("s2: answers match the variant of s1 (2 of 2 answers; 0 of 2 their own), not their own\n")
                .contains("s3: cell ab: stopped after 3 s of CPU time, the time limit\n")
                .contains("s4: cell ab: printed more than 1 MiB of output, a flood; stopped\n")
                .contains("s5: cell ab: ran out of memory (OutOfMemoryError)\n")
                .contains("graded 5 of 5 students (0 not graded: no submission or none readable; 3 with a cell that ended"
                        + " their process; 1 with another student's variant)")
                .doesNotContain("s1: ");
        assertThat(Files.readString(dir.resolve("graded/feedback/s2.html"), StandardCharsets.UTF_8)).doesNotContain("s1");
        // each student's page says what stopped their cell, in their words
        assertThat(Files.readString(dir.resolve("graded/feedback/s4.html"), StandardCharsets.UTF_8))
                .contains("the grading cell stopped: printed more than 1 MiB of output, a flood; stopped")
                .contains("your code kept printing, as a print in a loop that does not end does");
        assertThat(Files.readString(dir.resolve("graded/feedback/s5.html"), StandardCharsets.UTF_8))
                .contains("the grading cell stopped: ran out of memory (OutOfMemoryError)")
                .contains("your code asked for more than the 512 MB of memory a notebook is given");
    }
}

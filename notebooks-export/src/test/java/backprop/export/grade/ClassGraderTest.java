package backprop.export.grade;

import backprop.export.output.Caller;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Reply;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code grade --class}: what the class grader makes of its students' gradings, and what it refuses before any
 * student's code runs. A stand-in grading replaces each student's process here (ClassGradingSquaresTest and the
 * sandbox's ClassGradingTest run real ones): it reads what the student "did" from their notebook's solution cell,
 * a word the test writes, and reports it as the Autograder would. The class: one question "ab" (2 points) whose two
 * parts check two numbers the student's answers cell gives (no input), each student's numbers their own.
 */
@DisplayName("Grading a class: every student against their own variant, the gradebook, the report")
class ClassGraderTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The key of one question "ab" of parts a and b, with no input: the student's own numbers. */
    private static GradingKey abKey(double a, double b) {
        Map<String, GradingKey.Part> parts = new LinkedHashMap<>();
        parts.put("a", new GradingKey.Part("a", Map.of(), a, null, List.of()));
        parts.put("b", new GradingKey.Part("b", Map.of(), b, null, List.of()));
        return new GradingKey(Map.of("ab", new GradingKey.Question("ab", "the answers", 2, parts)));
    }

    /** A notebook whose solution cell holds {@code what} (the stand-in's instruction) and one grading cell "ab". */
    private static String notebook(String what) {
        return new TestNotebook().given("imports", "import backprop.export.runtime.Grade;").solution("ab", what)
                .grading("ab", 2, "Grade q = Grade.question(\"ab\", \"the answers\", 2);\nq.part(\"a\", in -> a());\n"
                        + "q.part(\"b\", in -> b());\nq.done();").json();
    }

    /**
     * The stand-in: "full" earns the question's points; "answers X Y" replies X and Y (earning a part each that the
     * key accepts); "stop" has the grading cell end the process; "throw" is the grader failing on the notebook.
     */
    private static final ClassGrader.Grading STAND_IN = (instructor, student, key, keyFile, witness) -> {
        String what = student.cell("ab-solution").source();
        GradingKey.Question q = key.questions().get("ab");
        if (what.equals("throw")) {
            throw new IllegalStateException("a bug of the grader's");
        }
        if (what.equals("stop")) {
            witness.stopped("ab", "stopped after 3 s of CPU time, the time limit");
            return new Grades(List.of(new QuestionScore("ab", 0, 2, List.of("the cell stopped"))), List.of());
        }
        double earned = 0;
        if (what.startsWith("answers ")) {
            String[] given = what.split(" ");
            Map<String, Reply> replies = new LinkedHashMap<>();
            replies.put("a", Reply.of(() -> Double.parseDouble(given[1])));
            replies.put("b", Reply.of(() -> Double.parseDouble(given[2])));
            witness.replies(q, replies);
            earned = (Double.parseDouble(given[1]) == (Double) q.parts().get("a").expected() ? 1 : 0)
                    + (Double.parseDouble(given[2]) == (Double) q.parts().get("b").expected() ? 1 : 0);
        } else if (what.equals("full")) {
            earned = 2;
        }
        return new Grades(List.of(new QuestionScore("ab", earned, 2, List.of())), List.of());
    };

    /** DIR/instructor/ID/ for each student, with their key, and draws.csv naming them. */
    private Path abClass(Map<String, GradingKey> keys) throws IOException {
        Path c = dir.resolve("class");
        StringBuilder draws = new StringBuilder("student,name\r\n");
        for (Map.Entry<String, GradingKey> k : keys.entrySet()) {
            Path mine = Files.createDirectories(c.resolve("instructor").resolve(k.getKey()));
            Files.writeString(mine.resolve("exam.ipynb"), notebook("answers 0 0"), StandardCharsets.UTF_8);
            Files.writeString(mine.resolve("grading-key.json"), k.getValue().json(), StandardCharsets.UTF_8);
            draws.append(k.getKey()).append(",Student ").append(k.getKey().toUpperCase(java.util.Locale.ROOT)).append("\r\n");
        }
        Files.writeString(c.resolve("draws.csv"), draws, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        return c;
    }

    private void submit(String id, String text) throws IOException {
        ClassFixture.submit(dir.resolve("sub"), id, text);
    }

    private void grade(int workers, String graded) {
        new ClassGrader(STAND_IN, workers, new PrintStream(err, true, StandardCharsets.UTF_8))
                .grade(dir.resolve("class"), dir.resolve("sub"), dir.resolve(graded), Caller.current());
    }

    @Test
    void eachStudentScoredOnTheirOwn_theCopiedOneNamingWhose_theStoppedOneSaidSo_theOthersUntouched() throws IOException {
        Map<String, GradingKey> keys = new LinkedHashMap<>();
        keys.put("s1", abKey(1, 2));
        keys.put("s2", abKey(3, 4));
        keys.put("s3", abKey(5, 6));
        keys.put("s4", abKey(7, 8));
        keys.put("s5", abKey(9, 10));
        keys.put("s6", abKey(11, 12));
        abClass(keys);
        submit("s1", notebook("answers 1 2"));
        submit("s2", notebook("answers 1 2"));
        submit("s3", notebook("stop"));
        submit("s4", "not a notebook");
        submit("s6", notebook("throw"));
        submit("s9", notebook("full"));

        grade(2, "graded");

        assertThat(Files.readString(dir.resolve("graded/gradebook.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "Student,ID,ab,Total,Notes\r\n"
                        + "Student S1,s1,2,2,\r\n"
                        + "Student S2,s2,0,0,\"answers match the variant of s1 (2 of 2 answers; 0 of 2 their own), not their own\"\r\n"
                        + "Student S3,s3,0,0,\"cell ab: stopped after 3 s of CPU time, the time limit\"\r\n"
                        + "Student S4,s4,0,0,\"not graded: " + dir.resolve("sub/s4/exam.ipynb") + ":1: not valid JSON:"
                        + " Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false')\"\r\n"
                        + "Student S5,s5,0,0,no submission\r\n"
                        + "Student S6,s6,0,0,not graded: the grader failed on this notebook: java.lang.IllegalStateException:"
                        + " a bug of the grader's\r\n");
        try (var pages = Files.list(dir.resolve("graded/feedback"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).sorted()).containsExactly("s1.html", "s2.html", "s3.html");
        }
        assertThat(Files.readString(dir.resolve("graded/feedback/s2.html"), StandardCharsets.UTF_8)).doesNotContain("s1");
        List<String> report = err().lines().toList();
        assertThat(report.subList(0, report.size() - 1)).containsExactly(
                "s2: answers match the variant of s1 (2 of 2 answers; 0 of 2 their own), not their own",
                "s3: cell ab: stopped after 3 s of CPU time, the time limit",
                "s4: not graded: " + dir.resolve("sub/s4/exam.ipynb") + ":1: not valid JSON: Unrecognized token 'not':"
                        + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "s6: not graded: the grader failed on this notebook: java.lang.IllegalStateException: a bug of the grader's",
                Path.of(dir.resolve("sub").toString(), "s9") + ": no student s9 in " + dir.resolve("class") + ": not graded");
        assertThat(report.get(report.size() - 1)).startsWith("graded 3 of 6 students (3 not graded: no submission or"
                + " none readable; 1 with a cell that ended their process; 1 with another student's variant) in ")
                .endsWith(" s: " + dir.resolve("graded/gradebook.csv"));
    }

    @Test
    void oneWorkerOrFour_theSameFiles() throws IOException {
        abClass(Map.of("s1", abKey(1, 2), "s2", abKey(3, 4), "s3", abKey(5, 6)));
        submit("s1", notebook("answers 1 2"));
        submit("s2", notebook("answers 3 5"));
        submit("s3", notebook("full"));
        grade(1, "one");
        grade(4, "four");
        for (String f : List.of("gradebook.csv", "feedback/s1.html", "feedback/s2.html", "feedback/s3.html")) {
            assertThat(Files.readString(dir.resolve("four").resolve(f), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(f), StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(dir.resolve("one/gradebook.csv"), StandardCharsets.UTF_8))
                .contains("Student S2,s2,1,1,\r\n").contains("Student S3,s3,2,2,\r\n");
    }

    @Test
    void aGradingRunWritesOverItsOwnEarlierOutput() throws IOException {
        abClass(Map.of("s1", abKey(1, 2)));
        submit("s1", notebook("answers 1 2"));
        grade(1, "graded");
        submit("s1", notebook("answers 1 3"));
        grade(1, "graded");
        assertThat(Files.readString(dir.resolve("graded/gradebook.csv"), StandardCharsets.UTF_8)).contains(",s1,1,1,");
    }

    @Test
    void aFolderAKilledRunLeftBesideOut_holdingAForeignFile_isLeftInPlace_andSaidSo() throws IOException {
        abClass(Map.of("s1", abKey(1, 2)));
        submit("s1", notebook("full"));
        Path leftover = Files.createDirectories(dir.resolve(".graded.answer-key-new-7"));
        Files.writeString(leftover.resolve("mine.txt"), "mine", StandardCharsets.UTF_8);
        grade(1, "graded");
        assertThat(err()).contains("note: left " + leftover + " in place: it holds files answer-key did not write\n");
        assertThat(leftover.resolve("mine.txt")).exists();
    }

    @Test
    void aClassGradingInterrupted_stopsItsGradings_andKeepsTheInterrupt() throws Exception {
        abClass(Map.of("s1", abKey(1, 2)));
        submit("s1", notebook("full"));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        ClassGrader.Grading endless = (instructor, student, key, keyFile, witness) -> {
            started.countDown();
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("stopped");
        };
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Thread run = new Thread(() -> {
            try {
                new ClassGrader(endless, 1, System.err).grade(dir.resolve("class"), dir.resolve("sub"), dir.resolve("graded"),
                        Caller.current());
            } catch (RuntimeException e) {
                thrown.set(e);
                interrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        run.start();
        started.await();
        run.interrupt();
        run.join(10_000);
        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessage("interrupted while grading the class");
        assertThat(interrupted.get()).isTrue();
        assertThat(dir.resolve("graded")).doesNotExist();
    }

    @Test
    void anOutFolderTheToolMayNotWrite_isRefusedBeforeAnyStudentIsGraded() throws IOException {
        abClass(Map.of("s1", abKey(1, 2)));
        submit("s1", notebook("full"));
        Files.createDirectories(dir.resolve("graded"));
        Files.writeString(dir.resolve("graded/mine.txt"), "mine", StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicInteger graded = new java.util.concurrent.atomic.AtomicInteger();
        ClassGrader.Grading counting = (instructor, student, key, keyFile, witness) -> {
            graded.incrementAndGet();
            return STAND_IN.grade(instructor, student, key, keyFile, witness);
        };
        assertThatThrownBy(() -> new ClassGrader(counting, 1, System.err).grade(dir.resolve("class"), dir.resolve("sub"),
                dir.resolve("graded"), Caller.current())).isInstanceOf(backprop.export.output.OutputFolderException.class);
        assertThat(graded.get()).isZero();
    }

    @Test
    void theSummarySaysHowLongTheRunTook() throws IOException {
        abClass(Map.of("s1", abKey(1, 2)));
        submit("s1", notebook("full"));
        long started = System.nanoTime();
        grade(1, "graded");
        long took = (System.nanoTime() - started) / 1_000_000_000L;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" in (\\d+) s: ").matcher(err());
        assertThat(m.find()).as(err()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isBetween(0L, took);
    }

    @Test
    void noWorker_isNoGrader() {
        assertThatThrownBy(() -> new ClassGrader(STAND_IN, 0, System.err)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ClassGrader: at least one worker, not 0");
    }

    @Nested
    @DisplayName("refuses, before any student's code runs")
    class Refusals {
        private int grade(String... args) {
            return Grader.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    Squares.CLASS_PATH, args);
        }

        private String[] classArgs() {
            return new String[] {"--class", dir.resolve("class").toString(), "--submissions", dir.resolve("sub").toString(),
                    "--out", dir.resolve("graded").toString(), "--unsandboxed"};
        }

        private Path aClass() throws IOException {
            return abClass(Map.of("s1", abKey(1, 2), "s2", abKey(3, 4)));
        }

        @Test
        void anOutFolderThatIsInsideOrAroundTheClassOrTheSubmissions() throws IOException {
            Path c = aClass();
            Path sub = dir.resolve("sub");
            Map<Path, String> how = new LinkedHashMap<>();
            how.put(c, "is --class " + c);
            how.put(c.resolve("graded"), "is inside --class " + c);
            how.put(dir, "holds --class " + c);
            how.put(sub.resolve("x"), "is inside --submissions " + sub);
            for (Map.Entry<Path, String> o : how.entrySet()) {
                err.reset();
                assertThat(grade("--class", c.toString(), "--submissions", sub.toString(), "--out", o.getKey().toString(),
                        "--unsandboxed")).isEqualTo(2);
                assertThat(err()).endsWith("grade: --out " + o.getKey() + ": " + o.getValue()
                        + "; the grader does not write over what it reads\n");
            }
            assertThat(Files.exists(c.resolve("graded"))).isFalse();
        }

        @Test
        void anOutFolderThatIsALinkIntoTheClass() throws IOException {
            Path c = aClass();
            Path link = Files.createSymbolicLink(dir.resolve("link"), c);
            assertThat(ClassGrader.overlap(link.resolve("graded"), Map.of("--class", c)))
                    .contains("--out " + link.resolve("graded") + ": is inside --class " + c
                            + "; the grader does not write over what it reads");
            assertThat(ClassGrader.overlap(dir.resolve("graded"), Map.of("--class", c))).isEmpty();
            assertThat(ClassGrader.overlap(dir.resolve("class-graded"), Map.of("--class", c))).isEmpty();
        }

        @Test
        void aStudentsKeyThatIsNoKey_atItsFileAndLine() throws IOException {
            Path c = aClass();
            Files.writeString(c.resolve("instructor/s2/grading-key.json"), "{\"format\": \"other\"}", StandardCharsets.UTF_8);
            assertThat(grade(classArgs())).isEqualTo(2);
            assertThat(err()).endsWith("grade: " + c.resolve("instructor/s2/grading-key.json") + ":1: not a grading key"
                    + " (its first field is \"format\": \"backprop-workbook grading key 1\")\n");
            assertThat(Files.exists(dir.resolve("graded"))).isFalse();
        }

        @Test
        void aNotebookWhoseGradingCellTheKeyLacks() throws IOException {
            Path c = aClass();
            Files.writeString(c.resolve("instructor/s1/grading-key.json"), new GradingKey(Map.of()).json(),
                    StandardCharsets.UTF_8);
            assertThat(grade(classArgs())).isEqualTo(2);
            assertThat(err()).contains("grade: " + c.resolve("instructor/s1/grading-key.json") + ":1: no question ab"
                    + " (the grading cell at " + c.resolve("instructor/s1/exam.ipynb") + ":");
        }

        @Test
        void anOutFolderTheToolDidNotWrite_touchingNothing() throws IOException {
            aClass();
            Files.createDirectories(dir.resolve("graded"));
            Files.writeString(dir.resolve("graded/mine.txt"), "mine", StandardCharsets.UTF_8);
            assertThat(grade(classArgs())).isEqualTo(2);
            assertThat(err()).contains("grade: --out " + dir.resolve("graded") + ": is not empty and has no .answer-key"
                    + " manifest, so answer-key did not write it; nothing was touched");
            assertThat(Files.readString(dir.resolve("graded/mine.txt"), StandardCharsets.UTF_8)).isEqualTo("mine");
        }

        @Test
        void theClassOptionsWithoutEachOther_orWithOneNotebooksOptions() throws IOException {
            Path c = aClass();
            String usage = "grade: give --class, --submissions and --out together (and --time-limit ≥ 1), without the"
                    + " options of one notebook's grading\n";
            List<List<String>> wrong = List.of(List.of("--class", "c"), List.of("--submissions", "s"), List.of("--out", "o"),
                    List.of("--class", c.toString(), "--submissions", "s"),
                    List.of("--class", "c", "--out", "o"), List.of("--submissions", "s", "--out", "o"),
                    List.of("--class", "c", "--submissions", "s", "--out", "o", "--time-limit", "0"));
            for (List<String> args : wrong) {
                err.reset();
                assertThat(grade(args.toArray(String[]::new))).as("%s", args).isEqualTo(2);
                assertThat(err()).as("%s", args).isEqualTo(usage);
            }
            for (String extra : List.of("--instructor", "--student", "--answers", "--key", "--grading-key", "--csv",
                    "--feedback")) {
                err.reset();
                assertThat(grade("--class", "c", "--submissions", "s", "--out", "o", extra, "x")).as(extra).isEqualTo(2);
                assertThat(err()).as(extra).isEqualTo(usage);
            }
        }

        /** As GraderTest does: an os.name the sandbox does not run on, for the length of {@code test}. */
        private void onPlan9(Runnable test) {
            String saved = System.getProperty("os.name");
            System.setProperty("os.name", "Plan 9");
            try {
                test.run();
            } finally {
                System.setProperty("os.name", saved);
            }
        }

        @Test
        void withoutASandbox_aClassIsNotGradedUnlessToldUnsandboxed_andThenSaysSoFirst() throws IOException {
            aClass();
            Files.delete(dir.resolve("sub"));
            String noSub = "grade: " + dir.resolve("sub") + ":1: no such folder: --submissions names the folder of the"
                    + " students' notebooks (SUB/ID/exam.ipynb)\n";
            String[] args = {"--class", dir.resolve("class").toString(), "--submissions", dir.resolve("sub").toString(),
                    "--out", dir.resolve("graded").toString(), "--time-limit", "1"};
            onPlan9(() -> {
                assertThat(grade(args)).isEqualTo(2);
                assertThat(err()).isEqualTo("grade: no sandbox here: the sandbox needs Linux (bubblewrap); this is Plan 9;"
                        + " the students' code would run with your rights. Give --unsandboxed to grade anyway.\n");
                err.reset();
                String[] unsandboxed = java.util.Arrays.copyOf(args, args.length + 1);
                unsandboxed[args.length] = "--unsandboxed";
                assertThat(grade(unsandboxed)).isEqualTo(2);
                assertThat(err()).isEqualTo("note: not sandboxed (the sandbox needs Linux (bubblewrap); this is Plan 9):"
                        + " the students' code runs with your rights\n" + noSub);
            });
            if (backprop.export.grade.session.Sandbox.unavailable() == null) {
                err.reset();
                assertThat(grade(args)).isEqualTo(2);
                assertThat(err()).isEqualTo(noSub);
            }
        }

        @Test
        void submissionsThatAreNoFolder() throws IOException {
            aClass();
            Files.delete(dir.resolve("sub"));
            assertThat(grade(classArgs())).isEqualTo(2);
            assertThat(err()).contains("grade: " + dir.resolve("sub") + ":1: no such folder");
        }
    }
}

package backprop.export;

import backprop.export.output.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code answer-key class} on the example template, judged by oracles of its own: each student's drawn numbers by
 * the documented hash (variants/README.md, "Templates", computed here with the JDK's SHA-256 and decimal grids),
 * each student's z(1) by W1·x + b1 from those numbers, and no expected value in what a student receives.
 */
@DisplayName("answer-key class: a class from one template")
class ClassCommandTest {
    static final Path TEMPLATE = Path.of("../variants/templates/exam-network-template.toml").toAbsolutePath().normalize();
    private static final String ROSTER = "id,name\ns01,Ada Lovelace\ns02,\"Noether, Emmy\"\ns03,Alan Turing\n";

    @TempDir
    static Path temp;
    static Caller caller;
    static Runs.Result run;
    static Path out;

    @BeforeAll
    static void aClassOfThree() throws IOException {
        caller = Runs.callerIn(temp);
        Files.writeString(caller.workingDirectory().resolve("roster.csv"), ROSTER, StandardCharsets.UTF_8);
        run = Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "roster.csv", "--out", "class");
        out = caller.workingDirectory().resolve("class");
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), f.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Our CSV files' fields: quoted only where a comma or a quote is in them. */
    private static List<String> fields(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                b.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                f.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        f.add(b.toString());
        return f;
    }

    @Test
    void itRunsAndSaysWhatItWrote() {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 students, ").contains(" files written to ");
    }

    @Test
    void everyStudentHasTheirFilesAndTheInstructorTheirs() {
        for (String id : List.of("s01", "s02", "s03")) {
            for (String f : List.of("students/" + id + "/exam.ipynb", "students/" + id + "/sheet.html",
                    "instructor/" + id + "/exam.ipynb", "instructor/" + id + "/grading-key.json",
                    "instructor/" + id + "/answer-key.md", "instructor/" + id + "/scenario.toml")) {
                assertThat(out.resolve(f)).isRegularFile();
            }
        }
        for (String f : List.of("README.md", "key.csv", "draws.csv", "statistics.md", "students/workbook-runtime.jar")) {
            assertThat(out.resolve(f)).isRegularFile();
        }
    }

    /** The documented hash, written here from the README's words, not from the code. */
    private static String documentedDraw(String student, int attempt, String entry, List<BigDecimal> allowed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\0", "backprop-workbook draw 1",
                    "exam-network-2026", student, Integer.toString(attempt), entry).getBytes(StandardCharsets.UTF_8));
            BigInteger first8 = new BigInteger(1, java.util.Arrays.copyOf(d, 8));
            return allowed.get(first8.mod(BigInteger.valueOf(allowed.size())).intValue()).toPlainString();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static List<BigDecimal> grid(String lo, String hi, String step, String... exclude) {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = new BigDecimal(lo); v.compareTo(new BigDecimal(hi)) <= 0; v = v.add(new BigDecimal(step))) {
            BigDecimal point = v;
            if (Stream.of(exclude).noneMatch(e -> new BigDecimal(e).compareTo(point) == 0)) {
                values.add(point);
            }
        }
        return values;
    }

    @Test
    void eachAnswerKeySaysWhoseItIs() throws IOException {
        assertThat(Files.readString(out.resolve("instructor/s02/answer-key.md"), StandardCharsets.UTF_8).lines().limit(3))
                .containsExactly("# Exam variant — A 2-2-3 network in the style of 004", "",
                        "The exam of **Noether, Emmy** (student s02): their numbers, drawn from the template at draw 1"
                                + " of assignment \"exam-network-2026\".");
    }

    /** The cells of a notebook file: each cell's id, type, source (its lines joined) and whether nbgrader marks it. */
    private static List<List<String>> cells(Path notebook) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(notebook, StandardCharsets.UTF_8)).get("cells")) {
            StringBuilder source = new StringBuilder();
            c.get("source").forEach(line -> source.append(line.asText()));
            cells.add(List.of(c.get("id").asText(), c.get("cell_type").asText(), source.toString(),
                    Boolean.toString(c.get("metadata").has("nbgrader"))));
        }
        return cells;
    }

    @Test
    void eachNotebookSaysWhoseItIs_atTheTop_inBothVersions_underOneCellId() throws IOException {
        List<List<String>> student = cells(out.resolve("students/s02/exam.ipynb"));
        List<List<String>> instructor = cells(out.resolve("instructor/s02/exam.ipynb"));
        // an ordinary Markdown cell, the same in both versions: nbgrader's release leaves it as it is
        List<String> whose = List.of("variant-exam-network-template-student", "markdown", "The exam of **Noether, Emmy**"
                + " (student s02): their numbers, drawn from the template at draw 1 of assignment \"exam-network-2026\".",
                "false");
        assertThat(student.get(0)).isEqualTo(whose);
        assertThat(instructor.get(0)).isEqualTo(whose);
        assertThat(student.stream().map(c -> c.get(0)).toList()).isEqualTo(instructor.stream().map(c -> c.get(0)).toList())
                .doesNotHaveDuplicates();
        assertThat(student.get(1).get(0)).isEqualTo("variant-exam-network-template-title");
        assertThat(cells(out.resolve("students/s01/exam.ipynb")).get(0).get(2)).startsWith("The exam of **Ada Lovelace**"
                + " (student s01): ");
    }

    @Test
    void theGradingKeyHoldsNoStudentsNameAndEveryGradingCellsQuestion() throws IOException {
        com.fasterxml.jackson.databind.JsonNode key = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(out.resolve("instructor/s02/grading-key.json"), StandardCharsets.UTF_8));
        List<String> graded = cells(out.resolve("instructor/s02/exam.ipynb")).stream()
                .filter(c -> c.get(1).equals("code") && key.toString().contains("\"" + c.get(0) + "\"")).map(c -> c.get(0)).toList();
        assertThat(graded).isNotEmpty();
        assertThat(key.toString()).doesNotContain("Noether").doesNotContain("-student\"");
    }

    @Test
    void eachStudentsNumbersAreTheDocumentedHashs() throws IOException {
        // the template: W1 and W2 on [-0.8, 0.8] by 0.1 without 0, b1 and b2 from {-0.2, -0.1, 0.1, 0.2}, x on [0.5, 2] by 0.5
        List<BigDecimal> w = grid("-0.8", "0.8", "0.1", "0");
        List<BigDecimal> b = Stream.of("-0.2", "-0.1", "0.1", "0.2").map(BigDecimal::new).toList();
        List<BigDecimal> x = grid("0.5", "2", "0.5");
        assertThat(w).hasSize(16);
        int checked = 0;
        for (Map<String, String> row : csv(out.resolve("draws.csv"))) {
            int attempt = Integer.parseInt(row.get("attempts")) - 1;
            for (String entry : List.of("W1[1,1]", "W1[2,2]", "W2[3,1]", "b1[1]", "b2[1]", "x[1]", "x[2]")) {
                List<BigDecimal> allowed = entry.startsWith("W") ? w : entry.startsWith("b") ? b : x;
                assertThat(new BigDecimal(row.get(entry))).as(row.get("student") + " " + entry)
                        .isEqualByComparingTo(documentedDraw(row.get("student"), attempt, entry, allowed));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(21);
    }

    @Test
    void eachStudentsKeyIsTheirOwnNumbersWorkedOut() throws IOException {
        Map<String, Map<String, String>> draws = new HashMap<>();
        for (Map<String, String> row : csv(out.resolve("draws.csv"))) {
            draws.put(row.get("student"), row);
        }
        int checked = 0;
        for (Map<String, String> row : csv(out.resolve("key.csv"))) {
            if (!row.get("part").equals("z(1)")) {
                continue;
            }
            Map<String, String> d = draws.get(row.get("student"));
            int i = Integer.parseInt(row.get("entry").replaceAll("[\\[\\]]", ""));
            // z(1)_i = W1[i,1]·x1 + W1[i,2]·x2 + b1: one bias node per layer
            double z = Double.parseDouble(d.get("W1[" + i + ",1]")) * Double.parseDouble(d.get("x[1]"))
                    + Double.parseDouble(d.get("W1[" + i + ",2]")) * Double.parseDouble(d.get("x[2]"))
                    + Double.parseDouble(d.get("b1[1]"));
            assertThat(Double.parseDouble(row.get("expected"))).isCloseTo(z, within(1e-15));
            // half a unit of the 4th significant digit (precision = 4): between 5e-5 and 5e-4 of |z|
            assertThat(Double.parseDouble(row.get("tolerance"))).isBetween(Math.abs(z) * 4.99e-5, Math.abs(z) * 5.01e-4);
            checked++;
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void nothingAStudentReceivesHoldsOneOfTheirExpectedValues() throws IOException {
        Map<String, List<String>> expected = new HashMap<>();
        for (Map<String, String> row : csv(out.resolve("key.csv"))) {
            if (!row.get("expected").isEmpty()) {
                double v = Double.parseDouble(row.get("expected"));
                expected.computeIfAbsent(row.get("student"), k -> new ArrayList<>())
                        .add(new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString());
            }
        }
        for (Map<String, String> d : csv(out.resolve("draws.csv"))) {
            String id = d.get("student");
            String given = Files.readString(out.resolve("instructor/" + id + "/scenario.toml"), StandardCharsets.UTF_8);
            for (String f : List.of("exam.ipynb", "sheet.html")) {
                String text = Files.readString(out.resolve("students/" + id + "/" + f), StandardCharsets.UTF_8);
                for (String v : expected.get(id)) {
                    // a number, not a part of one (the sheet's line-height 1.35 holds no 1.3); one of the student's
                    // given numbers (an input, a weight) is no answer; nor is a form of one significant digit (-1,
                    // 0.3: any code holds them), as CI's scan of the notebooks rules (.ci/scan_student_answers.py)
                    if (new BigDecimal(v).precision() < 2) {
                        continue;
                    }
                    java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?<![0-9.])"
                            + java.util.regex.Pattern.quote(v) + "(?![0-9])");
                    if (!number.matcher(given).find()) {
                        assertThat(number.matcher(text).find()).as(id + "'s " + f + " holds " + v).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void twoRunsGiveTheSameBytesAndANewStudentChangesNobodyElses() throws IOException {
        Files.writeString(caller.workingDirectory().resolve("roster4.csv"), ROSTER + "s00,Grace Hopper\n",
                StandardCharsets.UTF_8);
        assertThat(Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "roster.csv", "--out", "again").status())
                .isZero();
        assertThat(Runs.tree(caller.workingDirectory().resolve("again"))).isEqualTo(Runs.tree(out));
        assertThat(Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "roster4.csv", "--out", "four").status())
                .isZero();
        Path four = caller.workingDirectory().resolve("four");
        for (String id : List.of("s01", "s02", "s03")) {
            assertThat(Runs.tree(four.resolve("students/" + id))).isEqualTo(Runs.tree(out.resolve("students/" + id)));
            assertThat(Runs.tree(four.resolve("instructor/" + id))).isEqualTo(Runs.tree(out.resolve("instructor/" + id)));
        }
    }

    @Test
    void findNamesTheStudentWhoseExamShowsANumber() throws IOException {
        Map<String, String> row = csv(out.resolve("key.csv")).stream().filter(r -> r.get("student").equals("s02")
                && r.get("part").equals("z(2)")).findFirst().orElseThrow();
        String printed = new BigDecimal(row.get("expected")).round(new java.math.MathContext(6)).toPlainString();
        Runs.Result found = Runs.run(caller, "class", "--find", printed, "--class", "class");
        assertThat(found.status()).as(found.err()).isZero();
        assertThat(found.out()).contains("s02 (Noether, Emmy): ").contains(" z(2) ");
        assertThat(found.out().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ students? shows? " 
                + java.util.regex.Pattern.quote(printed) + " \\(.*\\)");
    }

    @Nested
    @DisplayName("a hostile roster: each name shown as text at the top of the student's notebook and answer key")
    class HostileRoster {
        private static final List<String> NAMES = List.of("<img src=x onerror=alert(1)>", "$\\alert$ **x**",
                "[a](javascript:alert(1)) www.evil.example");

        @Test
        void everyNameShowsAsItsText_inBothNotebooksAndTheAnswerKey() throws IOException {
            StringBuilder roster = new StringBuilder("id,name\n");
            for (int i = 0; i < NAMES.size(); i++) {
                roster.append("h").append(i + 1).append(",\"").append(NAMES.get(i).replace("\"", "\"\"")).append("\"\n");
            }
            Files.writeString(caller.workingDirectory().resolve("hostile.csv"), roster, StandardCharsets.UTF_8);
            Runs.Result r = Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "hostile.csv", "--out", "hostile");
            assertThat(r.status()).as(r.err()).isZero();
            Path h = caller.workingDirectory().resolve("hostile");
            for (int i = 0; i < NAMES.size(); i++) {
                String id = "h" + (i + 1);
                String shown = "The exam of " + NAMES.get(i) + " (student " + id + "): their numbers, drawn from the"
                        + " template at draw ";
                for (String f : List.of("students/" + id + "/exam.ipynb", "instructor/" + id + "/exam.ipynb")) {
                    assertThat(backprop.export.classroom.RenderedText.of(cells(h.resolve(f)).get(0).get(2), 1))
                            .as(f).startsWith(shown).endsWith(" of assignment \"exam-network-2026\".");
                }
                String key = Files.readString(h.resolve("instructor/" + id + "/answer-key.md"), StandardCharsets.UTF_8);
                assertThat(backprop.export.classroom.RenderedText.of(key.lines().skip(2).findFirst().orElseThrow(), 1))
                        .startsWith(shown);
            }
        }
    }

    @Nested
    @DisplayName("bad input: one line, exit 2, nothing written")
    class BadInput {
        @Test
        void aMissingOption() {
            String line = Runs.run(caller, "class", "--template", TEMPLATE, "--out", "x").oneLineFailure(2);
            assertThat(line).isEqualTo("answer-key: class: give --template, --roster and --out (or --find with --class)");
            assertThat(caller.workingDirectory().resolve("x")).doesNotExist();
        }

        @Test
        void aRosterError() throws IOException {
            Files.writeString(caller.workingDirectory().resolve("bad.csv"), "id,name\ns1,A\ns1,B\n", StandardCharsets.UTF_8);
            String line = Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "bad.csv", "--out", "y")
                    .oneLineFailure(2);
            assertThat(line).startsWith("answer-key: class: ").contains("bad.csv:3: ");
            assertThat(caller.workingDirectory().resolve("y")).doesNotExist();
        }

        @Test
        void aTemplateNoDrawOfWhichTellsTwoSlipsApart() throws IOException {
            // the two-output network the template's header explains: SOFTMAX_BACKWARD and LOSS_CONSTANT both halve δ(2)
            String two = Files.readString(TEMPLATE, StandardCharsets.UTF_8).replace("layers = [2, 2, 3]", "layers = [2, 2, 2]")
                    .replace("           [0.1, -0.3],\n", "").replace("y = [0, 1, 0]", "y = [0, 1]");
            Files.writeString(caller.workingDirectory().resolve("two.toml"), two, StandardCharsets.UTF_8);
            String line = Runs.run(caller, "class", "--template", "two.toml", "--roster", "roster.csv", "--out", "z")
                    .oneLineFailure(2);
            assertThat(line.toLowerCase(Locale.ROOT)).contains("two.toml:").contains("student s01")
                    .contains("δ(2): the slips softmax_backward and loss_constant give the same answer");
            assertThat(caller.workingDirectory().resolve("z")).doesNotExist();
        }

        @Test
        void anOutputFolderThatIsNotTheTools() throws IOException {
            Files.writeString(caller.workingDirectory().resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
            String line = Runs.run(caller, "class", "--template", TEMPLATE, "--roster", "roster.csv", "--out", "notes.txt")
                    .oneLineFailure(2);
            assertThat(line).startsWith("answer-key: class: --out notes.txt: ");
            assertThat(caller.workingDirectory().resolve("notes.txt")).hasContent("mine");
        }
    }
}

package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.examples.scenariofile.template.Template;
import backprop.export.grade.session.RuntimeJar;
import backprop.export.markdown.AnswerKeyMarkdown;
import backprop.export.model.Escape;
import backprop.export.notebook.Notebooks;
import backprop.export.notebook.cell.NotebookJson;
import backprop.export.output.OutputFolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What {@code answer-key class} writes, and where: per student, the student's files under {@code students/ID/} (their
 * notebook and printable sheet, nothing that holds an expected value) and the instructor's under
 * {@code instructor/ID/} (the instructor notebook, the grading key, the answer key, the student's scenario file); once,
 * {@code key.csv}, {@code draws.csv}, {@code statistics.md}, {@code README.md} and the runtime jar the notebooks run
 * with. Each student's files are written as soon as the student is done, and key.csv, draws.csv and the README's
 * table of students grow by the student's rows ({@link OutputFolder.Stream#append}): nothing is kept until the end but
 * the counts and one 64-bit hash of each student's numbers (to name two students with the same numbers).
 */
public final class ClassFiles {
    /** The runtime jar, once, beside the students' folders: each student gets it with their folder. */
    public static final String RUNTIME = "students/" + RuntimeJar.FILE_NAME;
    private static final Pattern DRAW_NUMBER = Pattern.compile("^draw \\d+: ");

    private final Template template;
    private final String templateName;
    private final String rosterName;
    private final String title;
    private final Map<Integer, Integer> attempts = new TreeMap<>();
    private final Map<String, Integer> reasons = new LinkedHashMap<>();
    private final Map<Long, String> byNumbers = new HashMap<>();
    private final List<String> same = new ArrayList<>();
    private int count;
    private int files;

    public ClassFiles(Template template, String templateName, String rosterName) {
        this.template = template;
        this.templateName = templateName;
        this.rosterName = rosterName;
        this.title = template.master().title();
    }

    /** Starts the files that grow student by student: key.csv's and draws.csv's headers, the README's text. */
    public void start(OutputFolder.Stream folder, int students) {
        folder.append("key.csv", KeyCsv.header());
        List<String> header = new ArrayList<>(List.of("student", "name", "attempts", "rejected"));
        header.addAll(template.entries());
        folder.append("draws.csv", KeyCsv.line(header));
        folder.append("README.md", readme(students));
        files += 3;
    }

    /** Writes one student's files and keeps their rows. */
    public void student(OutputFolder.Stream folder, StudentExam e) {
        Roster.Student s = e.student();
        String mine = "instructor/" + s.id() + "/";
        write(folder, mine + "exam.ipynb", NotebookJson.write(e.cells(), true));
        write(folder, mine + "grading-key.json", e.key().json());
        write(folder, mine + "answer-key.md", answerKey(e));
        write(folder, mine + "scenario.toml", e.drawn().text());
        write(folder, "students/" + s.id() + "/exam.ipynb", NotebookJson.write(e.cells(), false));
        write(folder, "students/" + s.id() + "/sheet.html", ExamSheet.html(s, title, e.chapter(), e.worked(),
                Notebooks.asked(e.chapter(), e.worked(), e.cells())));
        Precision p = e.drawn().file().precision();
        folder.append("key.csv", KeyCsv.rows(s.id(), s.name(), e.key(), p));
        List<String> row = new ArrayList<>(List.of(s.id(), KeyCsv.cell(s.name()), Integer.toString(e.drawn().attempts()),
                String.join("; ", e.drawn().rejections())));
        row.addAll(e.drawn().values().values());
        folder.append("draws.csv", KeyCsv.line(row));
        count++;
        attempts.merge(e.drawn().attempts(), 1, Integer::sum);
        for (String r : e.drawn().rejections()) {
            reasons.merge(DRAW_NUMBER.matcher(r).replaceFirst(""), 1, Integer::sum);
        }
        String first = byNumbers.putIfAbsent(hash(e.drawn().values().values()), s.id());
        if (first != null) {
            same.add(first + " and " + s.id());
        }
        folder.append("README.md", "| " + s.id() + " | " + Escape.markdownCell(s.name()) + " | " + e.drawn().attempts()
                + " | [answer key](" + mine + "answer-key.md) | [sheet](students/" + s.id() + "/sheet.html) |\n");
    }

    /** The student's answer key, saying under its title whose it is: a class's keys all share one title. */
    private String answerKey(StudentExam e) {
        String md = AnswerKeyMarkdown.render(e.chapter(), e.worked());
        int title = md.indexOf('\n') + 1;
        return md.substring(0, title) + "\n" + WhoseExam.line(e.student(), template.assignment(), e.drawn().attempts())
                + "\n" + md.substring(title);
    }

    /** Writes the class's statistics, after the last student. */
    public void finish(OutputFolder.Stream folder) {
        write(folder, "statistics.md", statistics());
    }

    /** The files written, the runtime jar included. */
    public int count() {
        return files + 1;
    }

    /** One line for the terminal: students, draws, rejections. */
    public String summary() {
        int total = attempts.entrySet().stream().mapToInt(a -> a.getKey() * a.getValue()).sum();
        return count + " students, " + total + " draws (" + (total - count) + " rejected)"
                + (same.isEmpty() ? "" : ", " + same.size() + " pairs of students with the same numbers (statistics.md)");
    }

    /**
     * The first 8 bytes of SHA-256 of a student's drawn numbers: two classes' worth of students (10,000) share one
     * by chance with a probability of about 10⁸/2⁶⁵, so equal hashes are taken as equal numbers.
     */
    private static long hash(java.util.Collection<String> values) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", values).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private void write(OutputFolder.Stream folder, String path, String text) {
        folder.text(path, text);
        files++;
    }

    private String statistics() {
        StringBuilder b = new StringBuilder("# Draws: " + Escape.markdown(title) + "\n\n");
        b.append(summary()).append(". Each student's numbers come from ").append(Escape.markdown(templateName))
                .append(", assignment \"").append(Escape.markdown(template.assignment()))
                .append("\"; a draw is redrawn when it makes a poor exam (variants/README.md, \"Templates\").\n\n");
        b.append("| draws a student took | students |\n|---|---|\n");
        attempts.forEach((a, n) -> b.append("| ").append(a).append(" | ").append(n).append(" |\n"));
        b.append("\n## Why draws were rejected\n\n");
        if (reasons.isEmpty()) {
            b.append("None: every student's first draw made a good exam.\n");
        } else {
            b.append("| reason | draws |\n|---|---|\n");
            reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(r -> b.append("| ").append(Escape.markdownCell(r.getKey())).append(" | ")
                            .append(r.getValue()).append(" |\n"));
        }
        b.append("\n## Students with the same numbers\n\n");
        b.append(same.isEmpty() ? "None: every student's numbers are their own, so a copied answer names its source.\n"
                : "A copied answer between these cannot be traced (widen the template's ranges):\n\n"
                + same.stream().map(p -> "- " + p + "\n").reduce("", String::concat));
        return b.toString();
    }

    private String readme(int students) {
        return "# " + Escape.markdown(title) + ": a class of " + students + " students\n\n"
                + "Written by `answer-key class --template " + Escape.markdown(templateName) + " --roster "
                + Escape.markdown(rosterName) + "`. Each student's numbers are drawn from the template, seeded by the"
                + " assignment (\"" + Escape.markdown(template.assignment()) + "\") and the student's id: the same"
                + " template and roster give the same exams on any machine, and adding or removing a student changes"
                + " nobody else's.\n\n"
                + "| what | where |\n|---|---|\n"
                + "| what each student gets: their notebook and their printable exam sheet, with the runtime jar the"
                + " notebook runs with (nothing there holds an expected value) | `students/ID/exam.ipynb`,"
                + " `students/ID/sheet.html`, `" + RUNTIME + "` |\n"
                + "| each student's answer key, grading key, instructor notebook and scenario file (`answer-key"
                + " --variant` reproduces it) | `instructor/ID/` |\n"
                + "| the key for machines: one row per asked entry, expected value, tolerance, a kink's range |"
                + " `key.csv` |\n"
                + "| what was drawn, how many draws each student took and why draws were rejected | `draws.csv`,"
                + " `statistics.md` |\n\n"
                + "Grade the handed-in notebooks with `answer-key grade --class DIR --submissions SUBMITTED/ --out"
                + " GRADED/`; trace a copied number with `answer-key class --find 0.4711 --class DIR`.\n\n"
                + "| student | name | draws | answer key | sheet |\n|---|---|---|---|---|\n";
    }
}

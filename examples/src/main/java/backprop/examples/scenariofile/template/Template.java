package backprop.examples.scenariofile.template;

import backprop.examples.scenariofile.ExamFile;
import backprop.examples.scenariofile.ScenarioFile;
import backprop.examples.scenariofile.draw.Choices;
import backprop.examples.scenariofile.draw.DrawHash;
import backprop.examples.scenariofile.draw.DrawPlan;
import backprop.examples.scenariofile.draw.DrawReader;
import backprop.examples.scenariofile.draw.DrawnEntry;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.ScenarioText;
import backprop.examples.scenariofile.toml.TomlReader;
import backprop.examples.scenariofile.toml.TriviaLines;
import org.tomlj.Toml;
import org.tomlj.TomlTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A template: an ordinary scenario file (its own numbers are the master's) with a [template] and a [draw] table that
 * say which of its numbers each student draws, and from what (variants/README.md, "Templates"). A student's file is
 * the template's text with each drawn number replaced in place, so that comments and layout stay; it is kept only if
 * it makes a good exam ({@link ExamChecks}, then the caller's check), else drawn again with the next attempt.
 */
public final class Template {
    private final String name;
    private final String fileName;
    private final String text;
    private final ScenarioFile master;
    private final DrawPlan plan;

    private Template(String name, String text, ScenarioFile master, DrawPlan plan) {
        this.name = name;
        this.fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        this.text = text;
        this.master = master;
        this.plan = plan;
    }

    /** Reads the template {@code file}; errors call it as given. */
    public static Template read(Path file) {
        return read(file.toString(), ScenarioText.read(file, file.toString()));
    }

    /** Reads a template's {@code text}; {@code name} is what errors call it, and what every student's file is read as. */
    public static Template read(String name, String text) {
        String body = ScenarioText.withoutByteOrderMark(text);
        ScenarioFile master = ExamFile.read(name, body);
        TriviaLines parsed = TriviaLines.dropFrom(body);
        TomlTable toml = Toml.parse(parsed.text());
        TomlReader r = new TomlReader(name, body, null);
        DrawPlan plan = TriviaLines.reading(parsed, () -> DrawReader.read(r, toml, toml.getString("kind")));
        if (plan == null) {
            throw new ScenarioFileException(name, 1, "not a template: it has no [template] and [draw] tables (see"
                    + " variants/README.md, \"Templates\")");
        }
        return new Template(name, body, master, plan);
    }

    /** The template read as a scenario file: its own numbers, "the master". */
    public ScenarioFile master() {
        return master;
    }

    /** template.assignment: the first part of every student's seed. */
    public String assignment() {
        return plan.settings().assignment();
    }

    /** Every drawn entry's own name ({@code W1[1,2]}, never {@code W1}), in the order the [draw] table gives them. */
    public List<String> entries() {
        return plan.entries().stream().map(DrawnEntry::name).toList();
    }

    /**
     * The documented hash (variants/README.md, "Templates"): the index in [0, n) of the value {@code student} gets
     * for {@code entry} at {@code attempt}, the first 8 bytes (big-endian, unsigned) of SHA-256(UTF-8 of
     * "backprop-workbook draw 1" NUL assignment NUL student NUL attempt NUL entry) mod n.
     */
    public static long index(String assignment, String student, int attempt, String entry, long n) {
        return DrawHash.index(assignment, student, attempt, entry, n);
    }

    /**
     * {@code studentId}'s file: draw 1 (attempt 0), and while a draw is refused (its file does not read, a unit is
     * at a kink or saturated, or {@code check} gives a reason) the next, up to template.max_draws. When every draw is
     * refused the template is refused, at its [draw] line, naming the student and the commonest reason.
     *
     * @param check the caller's own check of a drawn file (e.g. that the slips are told apart): a reason to refuse
     *              it, or empty to keep it
     */
    public Drawn draw(String studentId, Function<ScenarioFile, Optional<String>> check) {
        checkId(studentId);
        List<String> rejections = new ArrayList<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int max = plan.settings().maxDraws();
        for (int attempt = 0; attempt < max; attempt++) {
            Map<String, String> values = values(studentId, attempt);
            String drawn = header(studentId, attempt) + substituted(values);
            ScenarioFile file = null;
            Rejection problem;
            try {
                file = ExamFile.read(name, drawn);
                problem = problem(file, check);
            } catch (ScenarioFileException e) {
                problem = refused(e);
            }
            if (problem == null) {
                return new Drawn(studentId, file, drawn, values, attempt + 1, rejections);
            }
            rejections.add("draw " + (attempt + 1) + ": " + problem.text());
            kinds.merge(problem.kind(), 1, Integer::sum);
        }
        throw refusal(studentId, kinds, max);
    }

    /** What is wrong with a drawn file that reads: the built-in checks first, then the caller's; null if nothing. */
    private Rejection problem(ScenarioFile file, Function<ScenarioFile, Optional<String>> check) {
        return ExamChecks.check(file, plan.settings()).or(() -> check.apply(file).map(Rejection::of)).orElse(null);
    }

    /** Each entry's value for this attempt, by the documented hash. */
    private Map<String, String> values(String studentId, int attempt) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DrawnEntry e : plan.entries()) {
            Choices c = e.choices();
            values.put(e.name(), Choices.literal(c.value(index(assignment(), studentId, attempt, e.name(), c.size()))));
        }
        return values;
    }

    /** The first line of a student's file: whose it is, and from which draw of which template. */
    private String header(String studentId, int attempt) {
        return "# drawn for student " + studentId + " (assignment " + assignment() + ", draw " + (attempt + 1)
                + "): from " + fileName + "\n";
    }

    /** The template's text with each drawn entry's number replaced by its value, nothing else changed. */
    private String substituted(Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length());
        List<DrawnEntry> byPlace = new ArrayList<>(plan.entries());
        byPlace.sort(java.util.Comparator.comparingInt(DrawnEntry::start));
        int at = 0;
        for (DrawnEntry e : byPlace) {
            out.append(text, at, e.start()).append(values.get(e.name()));
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** A drawn file its reader refuses (η drawn to 0, say): the reason without the file's name and line. */
    private Rejection refused(ScenarioFileException e) {
        String message = e.getMessage().substring(name.length() + 1);
        String problem = message.replaceFirst("^\\d+(:\\d+)?: ", "");
        return new Rejection("the drawn file is refused: " + problem, "the drawn file is refused at line "
                + message.substring(0, message.indexOf(':')) + ": " + problem);
    }

    private ScenarioFileException refusal(String studentId, Map<String, Integer> kinds, int max) {
        String commonest = null;
        int most = 0;
        for (Map.Entry<String, Integer> k : kinds.entrySet()) {
            if (k.getValue() > most) {
                commonest = k.getKey();
                most = k.getValue();
            }
        }
        return new ScenarioFileException(name, plan.settings().drawLine(), "student " + studentId + ": all " + max
                + " draws were refused; the commonest reason (" + most + " of " + max + "): " + commonest
                + "; widen the ranges, exclude the values that cause it, or raise template.max_draws");
    }

    /** A student id goes into a hashed message split by NUL and into a comment line: neither may break. */
    private static void checkId(String studentId) {
        if (studentId == null || studentId.isBlank() || studentId.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Template: a student id must be one line of text without control"
                    + " characters, is " + (studentId == null ? "null" : "\"" + studentId.replace("\0", "\\0") + "\""));
        }
    }
}

package backprop.examples.scenariofile;

import backprop.examples.format.Precision;
import backprop.examples.scenariofile.draw.DrawReader;
import backprop.examples.scenariofile.exam.ExamReading;
import backprop.examples.scenariofile.expression.ExpressionReader;
import backprop.examples.scenariofile.network.NetworkReader;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.NbgraderMarkers;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.ScenarioText;
import backprop.examples.scenariofile.toml.TomlNesting;
import backprop.examples.scenariofile.toml.TomlReader;
import backprop.examples.scenariofile.toml.TriviaLines;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an exam-variant scenario file (TOML, documented in variants/README.md) into a {@link ScenarioFile}.
 * Everything is validated, and the scenario computed once, before it is returned, so a bad file fails
 * here with one line, {@code FILE:LINE[:COLUMN]: what is wrong}, before anything is written.
 */
public final class ExamFile {
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private ExamFile() {
    }

    /** Reads {@code file}; errors call it as given. */
    public static ScenarioFile read(Path file) {
        return read(file.toString(), ScenarioText.read(file, file.toString()), folderOf(file));
    }

    /** Reads every file, refusing two that would write the same files (ids compared ignoring case). */
    public static List<ScenarioFile> readAll(List<Path> files) {
        Map<String, String> owners = new HashMap<>();
        List<ScenarioFile> read = new ArrayList<>();
        double used = 0;
        for (Path file : files) {
            String name = file.toString();
            if (read.size() == Limits.MAX_FILES) {
                throw new ScenarioFileException(name, 1, "a run takes at most " + Limits.MAX_FILES + " scenario files,"
                        + " and this is file " + (Limits.MAX_FILES + 1) + "; give the others a run of their own");
            }
            ScenarioFile p = read(name, ScenarioText.read(file, name), folderOf(file));
            used += p.footprint().share();
            if (Footprint.overRunLimit(used) != null) {
                throw new ScenarioFileException(name, 1, Footprint.overRunLimit(used));
            }
            String owner = owners.putIfAbsent(p.id().toLowerCase(Locale.ROOT), name);
            if (owner != null) {
                throw new ScenarioFileException(name, p.idLine(), "id '" + p.id() + "' is already used by " + owner
                        + "; give one of them another id = \"…\"");
            }
            read.add(p);
        }
        return read;
    }

    /**
     * Reads a scenario file's {@code text}; {@code name} is what errors call it, its last segment the source. There
     * is no folder, so a data set in a CSV file ({@code [data] csv = …}) is refused: the text of a file read from
     * disk has its CSV rows written in as {@code table = …} ({@link ScenarioFile#text()}), and reads here.
     */
    public static ScenarioFile read(String name, String text) {
        return read(name, text, null);
    }

    /**
     * The folder of {@code file}, where a data set's CSV file is looked for. Called after the file's text is read, so
     * {@code file} is a regular file, and an absolute path to one has a parent.
     */
    private static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }

    private static ScenarioFile read(String name, String text, Path folder) {
        String body = ScenarioText.withoutByteOrderMark(text);
        TomlReader r = new TomlReader(name, body, folder);
        TriviaLines parsed = TriviaLines.dropFrom(body);
        TomlTable toml = toml(r, body, parsed);
        return TriviaLines.reading(parsed, () -> read(name, r, toml, body));
    }

    /** Reads the parsed table; tomlj's lines are the file's own here ({@link TriviaLines#reading}). */
    private static ScenarioFile read(String name, TomlReader r, TomlTable toml, String body) {
        String kind = kind(r, toml);
        Keys.checkTop(r, toml, kind);
        String title = title(r, toml);
        Precision precision = precision(r, toml);
        String fileName = fileName(name);
        String id = id(r, toml, fileName);
        ExamReading reading = kind.equals("network") ? NetworkReader.read(r, toml, fileName, id, title)
                : ExpressionReader.read(r, toml, fileName, id, title);
        // a template's tables, checked here too: `--variant T.toml` shows the master, and a misspelt key in [draw]
        // must be an error there as well, not only when the class is drawn
        DrawReader.read(r, toml, kind);
        Footprint footprint = Footprint.of(reading.scenario(), toml.getString("expression"),
                toml.isArray("published") ? toml.getArray("published").size() : 0);
        reading = Printing.attach(r, toml, reading);
        compute(reading);
        return new ScenarioFile(id, TomlReader.line(toml, "id", 1), fileName, title, reading.scenario(), precision,
                reading.text() == null ? body : reading.text(), footprint);
    }

    private static TomlTable toml(TomlReader r, String text, TriviaLines parsed) {
        TomlNesting.check(text, r);
        NbgraderMarkers.check(text, r);
        TomlParseResult toml = Toml.parse(parsed.text());
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw new ScenarioFileException(r.file(), parsed.original(e.position().line()), e.position().column(),
                    "not valid TOML: " + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", ""));
        }
        if (toml.isEmpty()) {
            throw r.error(1, (text.isBlank() ? "the file is empty" : "the file has no keys, only comments")
                    + "; a scenario file needs at least title, kind and precision (see variants/README.md)");
        }
        return toml;
    }

    /**
     * {@code precision = N}: N significant figures (a loss of 4.36e-6 keeps its digits); or, as the explicit
     * alternative, {@code decimals = N}: N digits after the point. One of the two, not both.
     */
    private static Precision precision(TomlReader r, TomlTable toml) {
        boolean decimals = TomlReader.has(toml, "decimals");
        if (decimals && TomlReader.has(toml, "precision")) {
            throw r.error(TomlReader.line(toml, "decimals", 1), "precision and decimals are alternatives; give one:"
                    + " precision = N (significant figures) or decimals = N (digits after the point)");
        }
        return decimals ? Precision.decimals((int) r.integer(toml, "decimals", "", 1, 1, 17))
                : Precision.significant((int) r.integer(toml, "precision", "", 1, 1, 17));
    }

    private static String kind(TomlReader r, TomlTable toml) {
        String kind = r.string(toml, "kind", "", 1);
        if (!kind.equals("network") && !kind.equals("expression")) {
            throw r.error(TomlReader.line(toml, "kind", 1), "unknown kind '" + Keys.printable(kind)
                    + "'; known: network, expression");
        }
        return kind;
    }

    private static String title(TomlReader r, TomlTable toml) {
        String title = r.string(toml, "title", "", 1);
        int line = TomlReader.line(toml, "title", 1);
        if (title.isBlank() || title.codePoints().anyMatch(Character::isISOControl)) {
            throw r.error(line, "title must be one line of text, is \"" + Keys.printable(title) + "\"");
        }
        if (title.length() > Limits.MAX_TITLE_LENGTH) {
            throw r.error(line, "title has " + title.length() + " characters; the limit is " + Limits.MAX_TITLE_LENGTH);
        }
        return title;
    }

    /** The last segment of {@code name}: the answer key shows it, never a folder that varies between machines. */
    static String fileName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** The id that names the output files: given, or the file name without .toml; never a path or a hidden name. */
    private static String id(TomlReader r, TomlTable toml, String fileName) {
        boolean given = TomlReader.has(toml, "id");
        String id = given ? r.string(toml, "id", "", 1)
                : fileName.endsWith(".toml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        String problem = idProblem(id);
        if (problem != null) {
            throw r.error(TomlReader.line(toml, "id", 1), (given ? "id '" : "the file name gives the id '")
                    + Keys.printable(id) + "', which " + problem + (given ? "" : "; rename the file or give id = \"…\""));
        }
        return id;
    }

    static String idProblem(String id) {
        if (id.isEmpty() || id.length() > Limits.MAX_ID_LENGTH) {
            return "must have 1 to " + Limits.MAX_ID_LENGTH + " characters";
        }
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || id.contains("..") || id.endsWith(".")) {
            return "must be letters, digits, '.', '_' or '-', start with a letter or digit, and have no '..' and"
                    + " no '.' at the end";
        }
        if (DEVICE_NAMES.contains(id.toLowerCase(Locale.ROOT).replaceAll("\\..*", ""))) {
            return "is a device name on Windows";
        }
        return null;
    }

    private static void compute(ExamReading reading) {
        try {
            reading.scenario().compute();
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            throw reading.place().apply(e);
        }
    }
}

package backprop.examples.scenariofile.dataset;

import backprop.core.network.Example;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.ScenarioText;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code [data] csv = "xor.csv"}: a data set in a CSV file beside the scenario file. The name is a plain file
 * name (no folder, no {@code ..}, not absolute) ending in {@code .csv}, and the file a regular file, not a symbolic
 * link (opened with NOFOLLOW_LINKS), of at most {@link Limits#MAX_CSV_BYTES} bytes of UTF-8 (a byte-order mark is
 * dropped). Each non-blank line is a row of comma-separated numbers such as {@code 0.5} or {@code -1e-3}: x first,
 * then y; a first row of names only is a header and skipped. NaN, infinities and anything else are refused at
 * {@code FILE.csv:LINE}, the row named by its line.
 */
final class CsvDataSet {
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N} _.()+-]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern OWN_LINE = Pattern.compile("\\s*csv\\s*=\\s*(\"[^\"]*\"|'[^']*')\\s*(#.*)?");

    private CsvDataSet() {
    }

    static DataSet read(TomlReader r, TomlTable data, int tableLine, int[] sizes, boolean inputsGiven) {
        String name = r.string(data, "csv", "data.", tableLine);
        int at = TomlReader.line(data, "csv", tableLine);
        Path folder = r.folder().orElseThrow(() -> r.error(at, "data.csv: this file was given as text only, with no"
                + " folder to find " + Keys.printable(name) + " in; write the rows as data.table = [[x…, y…], …]"));
        if (!PLAIN_NAME.matcher(name).matches() || name.contains("..") || name.startsWith(".")) {
            throw r.error(at, "data.csv must be a plain file name beside the scenario file (no folder, no '..'), is \""
                    + Keys.printable(name) + "\"");
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw r.error(at, "data.csv must name a .csv file, is \"" + Keys.printable(name) + "\"");
        }
        if (!OWN_LINE.matcher(r.lineText(at)).matches()) {
            throw r.error(at, "data.csv must be written on a line of its own under [data]: csv = \"" + name + "\"");
        }
        String shown = r.file().substring(0, Math.max(r.file().lastIndexOf('/'), r.file().lastIndexOf('\\')) + 1)
                + name;
        String text = ScenarioText.withoutByteOrderMark(ScenarioText.decode(bytes(r, at, folder.resolve(name), name),
                shown));
        DataSet rows = rows(shown, text, sizes);
        return new DataSet(rows.examples(), rows.places(), inlined(rows.examples(), name, inputsGiven, sizes), at);
    }

    private static byte[] bytes(TomlReader r, int at, Path file, String name) {
        if (Files.isSymbolicLink(file)) {
            throw r.error(at, "data.csv: " + name + " is a symbolic link; put the file itself beside the scenario file");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw r.error(at, "data.csv: no file " + name + " beside the scenario file");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw r.error(at, "data.csv: " + name + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(Limits.MAX_CSV_BYTES + 1);
            if (bytes.length > Limits.MAX_CSV_BYTES) {
                throw r.error(at, "data.csv: " + name + " is larger than " + Limits.MAX_CSV_BYTES
                        + " bytes, the limit for a data set");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw r.error(at, "data.csv: no file " + name + " beside the scenario file");
        } catch (IOException e) {
            throw r.error(at, "data.csv: " + name + " cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** The examples of {@code text}, each placed at its line of {@code shown}. */
    private static DataSet rows(String shown, String text, int[] sizes) {
        List<Example> examples = new ArrayList<>();
        List<DataSet.Place> places = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean first = true;
        for (int i = 1; i <= lines.length; i++) {
            String line = lines[i - 1].replace("\r", "");
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (first && isHeader(shown, i, fields)) {
                first = false;
                continue;
            }
            first = false;
            if (examples.size() == Limits.MAX_EXAMPLES) {
                throw new ScenarioFileException(shown, i, "row " + i + " is one example more than "
                        + Limits.MAX_EXAMPLES + ", the limit");
            }
            examples.add(DataSetReader.split(shown, i, "row " + i, numbers(shown, i, fields), sizes));
            places.add(new DataSet.Place(shown, i, "row " + i + ": y"));
        }
        if (examples.isEmpty()) {
            throw new ScenarioFileException(shown, 1, "the file has no rows of numbers");
        }
        return new DataSet(examples, places, null, 0);
    }

    /** A first row of names only; one that mixes names and numbers is refused. */
    private static boolean isHeader(String shown, int line, String[] fields) {
        long numbers = java.util.Arrays.stream(fields).filter(f -> NUMBER.matcher(f.strip()).matches()).count();
        if (numbers > 0 && numbers < fields.length) {
            throw new ScenarioFileException(shown, line, "row " + line + " mixes names and numbers: a header row has"
                    + " names only, a data row numbers only");
        }
        return numbers == 0;
    }

    private static double[] numbers(String shown, int line, String[] fields) {
        double[] out = new double[fields.length];
        for (int j = 0; j < fields.length; j++) {
            String f = fields[j].strip();
            out[j] = NUMBER.matcher(f).matches() ? Double.parseDouble(f) : Double.NaN;
            if (!Double.isFinite(out[j])) {
                throw new ScenarioFileException(shown, line, "row " + line + ", value " + (j + 1) + " is '"
                        + Keys.printable(f) + "'; only finite numbers such as 0.5 or -1e-3 are allowed");
            }
        }
        return out;
    }

    /** The rows as {@code table = …} (and {@code inputs = …}), each number written so that it reads back exactly. */
    private static String inlined(List<Example> examples, String name, boolean inputsGiven, int[] sizes) {
        StringBuilder out = new StringBuilder(inputsGiven ? "" : "inputs = " + sizes[0] + "\n");
        out.append("table = [  # the rows of ").append(name).append(", written in\n");
        for (int m = 0; m < examples.size(); m++) {
            List<String> values = new ArrayList<>();
            for (double v : examples.get(m).x()) {
                values.add(Double.toString(v));
            }
            for (double v : examples.get(m).y()) {
                values.add(Double.toString(v));
            }
            out.append("    [").append(String.join(", ", values)).append(m + 1 < examples.size() ? "],\n" : "]]");
        }
        return out.toString();
    }
}

package backprop.examples.scenariofile.toml;

import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from a TOML table, each failure a {@link ScenarioFileException} naming the file and line. Keys are
 * looked up as one-element paths, never re-parsed as dotted keys, so a quoted key such as {@code "λ"} or
 * {@code "a.b"} is found (and refused by name) rather than breaking the lookup.
 */
public final class TomlReader {
    private final String file;
    private final String text;
    private final Path folder;

    /** {@code file} is how errors name the file; {@code text} is its text, to find columns in. */
    TomlReader(String file, String text) {
        this(file, text, null);
    }

    /**
     * As {@link #TomlReader(String, String)}, for a file read from disk: {@code folder} is the folder it is in,
     * where a data set's CSV file is looked for; null when only the text is known.
     */
    public TomlReader(String file, String text, Path folder) {
        this.file = file;
        this.text = text;
        this.folder = folder;
    }

    /** The folder the file is in, or empty when only its text was given (a notebook reading it again). */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** The text of 1-based line {@code line}, without its line break; empty past the end. */
    public String lineText(int line) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        if (start < 0) {
            return "";
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).replace("\r", "");
    }

    public String file() {
        return file;
    }

    /** The file's text, without a byte-order mark. */
    public String text() {
        return text;
    }

    public ScenarioFileException error(int line, String problem) {
        return new ScenarioFileException(file, line, problem);
    }

    /** The line of {@code key} in {@code table}, or {@code fallback} when the key is absent. */
    public static int line(TomlTable table, String key, int fallback) {
        TomlPosition p = table.inputPositionOf(List.of(key));
        return p == null ? fallback : TriviaLines.current(p.line());
    }

    /** The line entry {@code i} of {@code array} starts on: tomlj records where each entry of a parsed array starts. */
    public static int entryLine(TomlArray array, int i) {
        return TriviaLines.current(array.inputPositionOf(i).line());
    }

    /**
     * The keys of {@code table} in the order the file writes them, by the line and column tomlj records for each
     * (every key of a parsed table has one, and no two keys of a table share one): the answer key lists inputs and
     * names, and reports the first unknown key, in the file's order, byte-identical from run to run. tomlj's key
     * set is in the order keys were made, which puts a table made implicitly by [x.y] before one written earlier.
     */
    public static List<String> keysInFileOrder(TomlTable table) {
        List<String> keys = new java.util.ArrayList<>(table.keySet());
        keys.sort(java.util.Comparator.comparingLong(k -> position(table, k)));
        return keys;
    }

    private static long position(TomlTable table, String key) {
        TomlPosition p = table.inputPositionOf(List.of(key));
        return (long) p.line() << 32 | p.column();
    }

    public static Object get(TomlTable table, String key) {
        return table.get(List.of(key));
    }

    public static boolean has(TomlTable table, String key) {
        return table.contains(List.of(key));
    }

    public String string(TomlTable table, String key, String where, int fallback) {
        Object v = present(table, key, where, fallback);
        if (!(v instanceof String s)) {
            throw error(line(table, key, fallback), where + key + " must be a string, is " + describe(v));
        }
        return s;
    }

    public String optionalString(TomlTable table, String key, String where, String otherwise) {
        return has(table, key) ? string(table, key, where, 1) : otherwise;
    }

    public double number(TomlTable table, String key, String where, int fallback) {
        Object v = present(table, key, where, fallback);
        return finite(v, line(table, key, fallback), where + key);
    }

    public double optionalNumber(TomlTable table, String key, String where, double otherwise) {
        return has(table, key) ? number(table, key, where, 1) : otherwise;
    }

    /** A whole number in [min, max]; {@code limit} says why max (e.g. "the limit"). */
    public long integer(TomlTable table, String key, String where, int fallback, long min, long max) {
        Object v = present(table, key, where, fallback);
        int line = line(table, key, fallback);
        if (!(v instanceof Long l)) {
            throw error(line, where + key + " must be a whole number, is " + describe(v));
        }
        if (l < min || l > max) {
            throw error(line, where + key + " must be " + min + " to " + max + ", is " + l);
        }
        return l;
    }

    public double[] vector(TomlTable table, String key, String where, int fallback) {
        Object v = present(table, key, where, fallback);
        int line = line(table, key, fallback);
        if (!(v instanceof TomlArray a)) {
            throw error(line, where + key + " must be a list of numbers, is " + describe(v));
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            out[i] = finite(a.get(i), line, where + key + "[" + (i + 1) + "]");
        }
        return out;
    }

    public double[][] matrix(TomlTable table, String key, String where, int fallback) {
        Object v = present(table, key, where, fallback);
        int line = line(table, key, fallback);
        if (!(v instanceof TomlArray rows) || rows.size() == 0) {
            throw error(line, where + key + " must be a list of rows, is " + describe(v));
        }
        double[][] out = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof TomlArray row)) {
                throw error(line, where + key + " row " + (r + 1) + " must be a list of numbers, is "
                        + describe(rows.get(r)));
            }
            out[r] = new double[row.size()];
            for (int c = 0; c < row.size(); c++) {
                out[r][c] = finite(row.get(c), line, where + key + "[" + (r + 1) + "][" + (c + 1) + "]");
            }
            if (out[r].length != out[0].length) {
                throw error(line, where + key + " row " + (r + 1) + " has " + out[r].length + " entries, row 1 has "
                        + out[0].length);
            }
        }
        return out;
    }

    /**
     * The table {@code [key]} of {@code toml}. Absent, the error {@code missing} at line 1 (a table that is not
     * there has no line of its own); present but not a table, an error at its line.
     */
    public TomlTable table(TomlTable toml, String key, String missing) {
        Object t = get(toml, key);
        if (t == null) {
            throw error(1, missing);
        }
        if (!(t instanceof TomlTable table)) {
            throw error(line(toml, key, 1), key + " must be a table [" + key + "], is " + describe(t));
        }
        return table;
    }

    private Object present(TomlTable table, String key, String where, int fallback) {
        Object v = get(table, key);
        if (v == null) {
            throw error(fallback, "missing " + where + key);
        }
        return v;
    }

    private double finite(Object v, int line, String what) {
        double d;
        if (v instanceof Long l) {
            d = l;
        } else if (v instanceof Double x) {
            d = x;
        } else {
            throw error(line, what + " must be a number, is " + describe(v));
        }
        if (!Double.isFinite(d)) {
            throw error(line, what + " is " + d + "; only finite numbers are allowed");
        }
        return d;
    }

    /** How a value is named in a message: a string quoted and cut short, a number in plain digits. */
    public static String describe(Object v) {
        if (v instanceof String s) {
            return "the string \"" + Keys.printable(s) + "\"";
        }
        if (v instanceof TomlArray) {
            return "a list";
        }
        if (v instanceof TomlTable) {
            return "a table";
        }
        if (v instanceof Double d && Double.isFinite(d) && Math.abs(d) < 1e15) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v == null ? "missing" : String.valueOf(v);
    }
}

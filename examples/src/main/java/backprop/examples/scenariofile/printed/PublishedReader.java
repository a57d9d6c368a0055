package backprop.examples.scenariofile.printed;

import backprop.examples.PublishedValue;
import backprop.examples.Status;
import backprop.examples.scenariofile.parser.ExpressionParser;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code [[published]]}: the numbers the instructor's source prints, each with {@code quantity} (the grammar of
 * {@link QuantityGrammar}, over our names and those of [names]), {@code printed} (a TOML string, the text exactly
 * as printed, so "0.35891648" keeps its digits), {@code where} it is printed, and optionally {@code expression}
 * (printed beside it) and {@code status} (the instructor's expectation, checked, never used instead of the
 * computed status). Each error is reported at the line of its entry's key.
 */
public final class PublishedReader {
    static final List<String> KEYS = List.of("quantity", "printed", "where", "expression", "status");

    private PublishedReader() {
    }

    /** The entries of {@code [[published]]}, resolved in {@code named} (with [names]); empty when there are none. */
    public static List<PrintedEntry> read(TomlReader r, TomlTable toml, QuantityScope named) {
        if (!TomlReader.has(toml, "published")) {
            return List.of();
        }
        Object v = TomlReader.get(toml, "published");
        int line = TomlReader.line(toml, "published", 1);
        if (!(v instanceof TomlArray a) || !a.toList().stream().allMatch(t -> t instanceof TomlTable)) {
            throw r.error(line, "published must be an array of tables, one [[published]] per printed value, is "
                    + TomlReader.describe(v));
        }
        if (a.size() > Limits.MAX_PUBLISHED) {
            throw r.error(line, "[[published]] has " + a.size() + " entries; the limit is " + Limits.MAX_PUBLISHED);
        }
        Keys.checkEach(r, a, "published", line, KEYS);
        QuantityGrammar grammar = new QuantityGrammar(named);
        List<PrintedEntry> entries = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            entries.addAll(entries(r, a.getTable(i), i + 1, entries.size() + 1, TomlReader.entryLine(a, i), grammar));
            if (entries.size() > Limits.MAX_PUBLISHED) {
                throw r.error(TomlReader.entryLine(a, i), "[[published]] prints " + entries.size() + " numbers with"
                        + " published[" + (i + 1) + "]'s entries; the limit is " + Limits.MAX_PUBLISHED);
            }
        }
        return entries;
    }

    /**
     * One entry, or one per entry of a whole vector or matrix printed at once ({@code printed = "[0.5; 0.25]"},
     * issue 21), numbered from {@code first} on: each keeps its own printed digits and is classified alone.
     */
    private static List<PrintedEntry> entries(TomlReader r, TomlTable t, int number, int first, int line,
                                              QuantityGrammar grammar) {
        String where = "published[" + number + "].";
        String written = r.string(t, "quantity", where, line);
        List<NetworkQuantities.Entry> whole = grammar.whole(written);
        Object v = TomlReader.get(t, "printed");
        boolean matrix = v instanceof String p && p.strip().startsWith("[");
        if (whole == null && !matrix) {
            return List.of(entry(r, t, number, first, line, grammar));
        }
        int at = TomlReader.line(t, "printed", line);
        if (whole == null) {
            throw r.error(at, where + "printed is a vector or matrix, but quantity '" + Keys.printable(written)
                    + "' names one number; name the whole quantity (z1, W2, dL/dW1, …) or print one number");
        }
        List<List<String>> rows = matrix ? rows(r, at, where, ((String) v).strip()) : List.of(List.of(
                printed(r, t, where, line)));
        requireShape(r, at, where, written, rows, whole.get(whole.size() - 1));
        requireNoExpression(r, t, line, where, whole.size());
        List<PrintedEntry> out = new ArrayList<>();
        for (NetworkQuantities.Entry e : whole) {
            // a quantity of one entry keeps the file's words (a2, not a2[1]), as a number printed alone does
            String words = whole.size() == 1 ? written : e.written();
            out.add(new PrintedEntry(first + out.size(), words, resolved(r, t, where, line, grammar, e.ours()),
                    rows.get(e.row() - 1).get(e.column() - 1), text(r, t, "where", where, line,
                    Limits.MAX_TITLE_LENGTH), expression(r, t, where, line), status(r, t, where, line), line));
        }
        return out;
    }

    /** One entry's quantity, in our names; an error at the entry's quantity line. */
    private static PrintedQuantity resolved(TomlReader r, TomlTable t, String where, int line, QuantityGrammar grammar,
                                            String ours) {
        try {
            return grammar.parse(ours);
        } catch (IllegalArgumentException x) {
            throw r.error(TomlReader.line(t, "quantity", line), where + "quantity: " + x.getMessage());
        }
    }

    /** Refuses an expression beside a printed vector or matrix of more than one entry. */
    private static void requireNoExpression(TomlReader r, TomlTable t, int line, String where, int entries) {
        if (TomlReader.has(t, "expression") && entries > 1) {
            throw r.error(TomlReader.line(t, "expression", line), where + "expression: a printed vector or matrix"
                    + " has no expression beside it; give each entry's as an entry of its own");
        }
    }

    /** Refuses a printed vector or matrix whose shape is not the quantity's ({@code last}: its last entry). */
    private static void requireShape(TomlReader r, int at, String where, String written, List<List<String>> rows,
                                     NetworkQuantities.Entry last) {
        int height = last.row();
        int width = last.column();
        if (rows.size() != height || rows.stream().anyMatch(x -> x.size() != width)) {
            throw r.error(at, where + "printed is " + shape(rows) + ", but " + Keys.printable(written.strip())
                    + " is " + height + "×" + width + (width == 1 && height > 1 ? " (a column: [0.5; 0.25])" : ""));
        }
    }

    /** "[0.5; 0.25]", "[0.09 -0.17]", "[0.09, -0.17]", "[1 2; 3 4]": rows split at ';', entries at commas or spaces. */
    private static List<List<String>> rows(TomlReader r, int at, String where, String printed) {
        if (!printed.endsWith("]") || printed.length() > 40 * 1000) {
            throw r.error(at, where + "printed \"" + Keys.printable(printed)
                    + "\" is not a vector or matrix such as \"[0.5; 0.25]\" or \"[0.09 -0.17]\"");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String row : printed.substring(1, printed.length() - 1).split(";", -1)) {
            List<String> entries = new ArrayList<>();
            for (String entry : row.strip().split("\\s*,\\s*|\\s+")) {
                entries.add(number(r, at, where, entry));
            }
            rows.add(entries);
        }
        return rows;
    }

    private static String shape(List<List<String>> rows) {
        return rows.size() + "×" + rows.get(0).size() + (rows.stream().anyMatch(x -> x.size() != rows.get(0).size())
                ? " with rows of unequal lengths" : "");
    }

    private static PrintedEntry entry(TomlReader r, TomlTable t, int number, int sequence, int line,
                                      QuantityGrammar grammar) {
        String where = "published[" + number + "].";
        String written = r.string(t, "quantity", where, line);
        PrintedQuantity quantity;
        try {
            quantity = grammar.parse(written);
        } catch (IllegalArgumentException e) {
            throw r.error(TomlReader.line(t, "quantity", line), where + "quantity: " + e.getMessage());
        }
        return new PrintedEntry(sequence, written, quantity, printed(r, t, where, line), text(r, t, "where", where, line,
                Limits.MAX_TITLE_LENGTH), expression(r, t, where, line), status(r, t, where, line), line);
    }

    /** The expression printed beside the value, or ""; it must evaluate, with its printed numbers alone. */
    private static String expression(TomlReader r, TomlTable t, String where, int line) {
        if (!TomlReader.has(t, "expression")) {
            return "";
        }
        String expression = text(r, t, "expression", where, line, Limits.MAX_PRINTED_EXPRESSION);
        String problem;
        try {
            double v = PrintedVariant.evaluate(expression);
            problem = Double.isFinite(v) ? null : "it evaluates to " + v;
        } catch (ExpressionParser.ExpressionException | ArithmeticException | IllegalArgumentException
                 | IllegalStateException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            throw r.error(TomlReader.line(t, "expression", line), where + "expression: " + problem
                    + " (a printed expression holds the printed numbers, no names)");
        }
        return expression;
    }

    /** The printed text: a string that reads as a decimal number (Unicode minus accepted), never a TOML number. */
    private static String printed(TomlReader r, TomlTable t, String where, int line) {
        Object v = TomlReader.get(t, "printed");
        int at = TomlReader.line(t, "printed", line);
        if (v instanceof Double || v instanceof Long) {
            throw r.error(at, where + "printed must be the text as printed, a string: printed = \""
                    + TomlReader.describe(v) + "\" (a TOML number loses its printed digits)");
        }
        return number(r, at, where, r.string(t, "printed", where, line).strip());
    }

    /** {@code printed} when it reads as a finite decimal number of at most 40 characters. */
    private static String number(TomlReader r, int at, String where, String printed) {
        try {
            double d = PublishedValue.decimal(printed).doubleValue();
            if (!Double.isFinite(d) || printed.length() > 40) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw r.error(at, where + "printed \"" + Keys.printable(printed) + "\" is not a decimal number such as"
                    + " \"0.35891648\" or \"-1.5e-3\"");
        }
        return printed;
    }

    private static String text(TomlReader r, TomlTable t, String key, String where, int line, int most) {
        String s = r.string(t, key, where, line).strip();
        if (s.isEmpty() || s.length() > most || s.codePoints().anyMatch(Character::isISOControl)) {
            throw r.error(TomlReader.line(t, key, line), where + key + " must be one line of 1 to " + most
                    + " characters, is \"" + Keys.printable(s) + "\"");
        }
        return s;
    }

    private static Status status(TomlReader r, TomlTable t, String where, int line) {
        if (!TomlReader.has(t, "status")) {
            return null;
        }
        String s = r.string(t, "status", where, line);
        List<String> known = Arrays.stream(Status.values()).filter(x -> x != Status.DERIVED).map(Status::label).toList();
        for (Status x : Status.values()) {
            if (x != Status.DERIVED && x.label().equals(s)) {
                return x;
            }
        }
        throw r.error(TomlReader.line(t, "status", line), "unknown " + where + "status '" + Keys.printable(s) + "'"
                + Keys.suggestion(s, known));
    }
}

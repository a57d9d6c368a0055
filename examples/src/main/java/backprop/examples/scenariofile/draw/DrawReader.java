package backprop.examples.scenariofile.draw;

import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a template's [template] and [draw] tables (variants/README.md, "Templates"), after the file's own reader has
 * accepted the rest, so that every name is checked against the network or expression the file describes. Every
 * error is one line {@code FILE:LINE: what is wrong}, as the rest of the file's are.
 */
public final class DrawReader {
    static final List<String> TEMPLATE_KEYS = List.of("assignment", "max_draws", "min_slope", "kink_margin");
    static final List<String> ENTRY_KEYS = List.of("uniform", "step", "set", "exclude");
    private static final int MAX_ASSIGNMENT_LENGTH = 64;

    private final TomlReader r;
    private final TomlTable toml;
    private final NumberLiteral literals;

    private DrawReader(TomlReader r, TomlTable toml) {
        this.r = r;
        this.toml = toml;
        this.literals = new NumberLiteral(r.text());
    }

    /**
     * The file's draws, or null when it has neither [template] nor [draw] (an ordinary scenario file). Must run
     * while the file's lines are mapped ({@code TriviaLines.reading}), as the kind readers do.
     */
    public static DrawPlan read(TomlReader r, TomlTable toml, String kind) {
        boolean template = TomlReader.has(toml, "template");
        boolean draw = TomlReader.has(toml, "draw");
        if (!template && !draw) {
            return null;
        }
        if (!template || !draw) {
            String present = template ? "template" : "draw";
            throw r.error(TomlReader.line(toml, present, 1), "[" + present + "] needs "
                    + (template ? "[draw], the numbers each student draws" : "[template] with assignment = \"…\"")
                    + "; a template has both tables (see variants/README.md, \"Templates\")");
        }
        return new DrawReader(r, toml).plan(kind);
    }

    private DrawPlan plan(String kind) {
        TemplateSettings settings = settings();
        refuseWhatNoStudentCanShare();
        TomlTable draw = r.table(toml, "draw", "");
        List<String> keys = TomlReader.keysInFileOrder(draw);
        if (keys.isEmpty()) {
            throw r.error(settings.drawLine(), "[draw] draws nothing; name at least one number, e.g."
                    + " x0 = { uniform = [-3, 3], step = 0.5 }");
        }
        DrawNames names = new DrawNames(r, toml, kind);
        Map<String, String> drawnBy = new LinkedHashMap<>();
        List<DrawnEntry> entries = new ArrayList<>();
        for (String key : keys) {
            int line = TomlReader.line(draw, key, settings.drawLine());
            List<DrawNames.Spot> spots = names.resolve(key, line);
            Choices choices = choices(draw, key, line);
            for (DrawNames.Spot spot : spots) {
                entries.add(entry(draw, key, line, spot, choices, drawnBy));
            }
        }
        return new DrawPlan(settings, entries);
    }

    /** One entry of draw.{@code key}: refused when an earlier key draws it already, or its number cannot be found. */
    private DrawnEntry entry(TomlTable draw, String key, int line, DrawNames.Spot spot, Choices choices,
                             Map<String, String> drawnBy) {
        String earlier = drawnBy.putIfAbsent(spot.entry(), key);
        if (earlier != null) {
            throw r.error(line, "draw." + Keys.printable(key) + " draws " + spot.entry() + ", which draw."
                    + Keys.printable(earlier) + " (line " + TomlReader.line(draw, earlier, 1)
                    + ") draws already; give each entry once");
        }
        int[] at = literals.locate(spot);
        if (at == null) {
            throw r.error(spot.line(), "draw." + Keys.printable(key) + ": the number of " + spot.entry()
                    + " is not written as a number literal here, so it cannot be replaced");
        }
        return new DrawnEntry(spot.entry(), line, choices, at[0], at[1]);
    }

    private TemplateSettings settings() {
        TomlTable t = r.table(toml, "template", "");
        int line = TomlReader.line(toml, "template", 1);
        Keys.check(r, t, "template", line, TEMPLATE_KEYS);
        String assignment = r.string(t, "assignment", "template.", line);
        if (assignment.isEmpty() || assignment.length() > MAX_ASSIGNMENT_LENGTH
                || !assignment.matches("[A-Za-z0-9._-]+")) {
            throw r.error(TomlReader.line(t, "assignment", line), "template.assignment must be 1 to "
                    + MAX_ASSIGNMENT_LENGTH + " letters, digits, '.', '_' or '-', is \"" + Keys.printable(assignment)
                    + "\"");
        }
        int maxDraws = TomlReader.has(t, "max_draws") ? (int) r.integer(t, "max_draws", "template.", line, 1,
                TemplateSettings.MAX_MAX_DRAWS) : TemplateSettings.DEFAULT_MAX_DRAWS;
        double minSlope = r.optionalNumber(t, "min_slope", "template.", TemplateSettings.DEFAULT_MIN_SLOPE);
        if (minSlope < 0 || minSlope >= 1) {
            throw r.error(TomlReader.line(t, "min_slope", line), "template.min_slope must be at least 0 and below 1"
                    + " (tanh's largest slope), is " + TomlReader.describe(minSlope));
        }
        double kinkMargin = r.optionalNumber(t, "kink_margin", "template.", TemplateSettings.DEFAULT_KINK_MARGIN);
        if (kinkMargin < 0) {
            throw r.error(TomlReader.line(t, "kink_margin", line), "template.kink_margin must be at least 0, is "
                    + TomlReader.describe(kinkMargin));
        }
        return new TemplateSettings(assignment, maxDraws, minSlope, kinkMargin, line,
                TomlReader.line(toml, "draw", line));
    }

    /**
     * [[published]] and a data set's CSV file: printed numbers would be the master's, wrong for every student; and
     * each student's file is read from its text alone, where a CSV file beside it cannot be found.
     */
    private void refuseWhatNoStudentCanShare() {
        if (TomlReader.has(toml, "published")) {
            Object published = TomlReader.get(toml, "published");
            int line = published instanceof TomlArray a && a.size() > 0 ? TomlReader.entryLine(a, 0)
                    : TomlReader.line(toml, "published", 1);
            throw r.error(line, "a template has no [[published]] values: they are the master's numbers, wrong for"
                    + " every student's draw; take them out of the template");
        }
        if (TomlReader.get(toml, "data") instanceof TomlTable data && TomlReader.has(data, "csv")) {
            throw r.error(TomlReader.line(data, "csv", 1), "a template's examples are written in it (data.table):"
                    + " each student's file is read from its text alone, where data.csv's file cannot be found");
        }
    }

    /** The values draw.{@code key} allows: a grid or a set, without its excluded values. */
    private Choices choices(TomlTable draw, String key, int line) {
        String where = "draw." + Keys.printable(key);
        if (!(TomlReader.get(draw, key) instanceof TomlTable t)) {
            throw r.error(line, where + " must be { uniform = [lo, hi], step = s } or { set = [v1, v2, …] }, is "
                    + TomlReader.describe(TomlReader.get(draw, key)));
        }
        Keys.check(r, t, where, line, ENTRY_KEYS);
        boolean uniform = TomlReader.has(t, "uniform");
        if (uniform == TomlReader.has(t, "set")) {
            throw r.error(line, where + " needs one of uniform = [lo, hi] (with step) or set = [v1, v2, …]"
                    + (uniform ? ", not both" : ""));
        }
        return uniform ? grid(t, where, line) : set(t, where, line);
    }

    private Choices set(TomlTable t, String where, int line) {
        if (TomlReader.has(t, "step")) {
            throw r.error(line, where + ".step applies to uniform = [lo, hi] only; a set lists its values");
        }
        List<BigDecimal> set = numbers(t, "set", where, line);
        if (set.isEmpty()) {
            throw r.error(line, where + ".set is empty; list at least one value");
        }
        // a TreeSet compares by value (0.5 and 0.50 are one), in n log n: a set may hold half a million values
        TreeSet<BigDecimal> seen = new TreeSet<>();
        for (BigDecimal v : set) {
            if (!seen.add(v)) {
                throw r.error(line, where + ".set has " + Choices.literal(v) + " twice");
            }
        }
        return Choices.set(set, excluded(t, where, line, null, null, set, set.size()));
    }

    private Choices grid(TomlTable t, String where, int line) {
        List<BigDecimal> range = numbers(t, "uniform", where, line);
        if (range.size() != 2 || range.get(0).compareTo(range.get(1)) >= 0) {
            throw r.error(line, where + ".uniform must be [lo, hi] with lo < hi, is " + shown(range));
        }
        if (!TomlReader.has(t, "step")) {
            throw r.error(line, where + " needs step = s beside uniform: the values are lo + k·s ≤ hi, printed"
                    + " exactly");
        }
        BigDecimal step = number(TomlReader.get(t, "step"), where + ".step", line);
        if (step.signum() <= 0) {
            throw r.error(line, where + ".step must be greater than 0, is " + Choices.literal(step));
        }
        BigDecimal low = range.get(0);
        long size = Choices.gridSize(low, range.get(1), step, Choices.MAX_VALUES);
        if (size < 0) {
            throw r.error(line, where + ": uniform " + shown(range) + " in steps of " + Choices.literal(step)
                    + " has more than " + Choices.MAX_VALUES + " values, the limit; take a larger step");
        }
        if (size < 2) {
            throw r.error(line, where + ": uniform " + shown(range) + " in steps of " + Choices.literal(step)
                    + " has only the value " + Choices.literal(low) + "; take a smaller step, or write the number"
                    + " itself");
        }
        return Choices.grid(low, step, size, excluded(t, where, line, low, step, null, size));
    }

    /** The positions, ascending, of the excluded values among the grid's or set's; each must be one of them. */
    private long[] excluded(TomlTable t, String where, int line, BigDecimal low, BigDecimal step,
                            List<BigDecimal> set, long size) {
        if (!TomlReader.has(t, "exclude")) {
            return new long[0];
        }
        TreeSet<Long> positions = new TreeSet<>();
        for (BigDecimal v : numbers(t, "exclude", where, line)) {
            long k = position(v, low, step, set, size);
            if (k < 0) {
                throw r.error(line, where + ".exclude: " + Choices.literal(v) + " is not one of the values"
                        + (set == null ? " lo + k·step" : " of the set"));
            }
            positions.add(k);
        }
        if (positions.size() >= size) {
            throw r.error(line, where + ".exclude leaves no value to draw");
        }
        return positions.stream().mapToLong(Long::longValue).toArray();
    }

    /** Where {@code v} is among the values, or -1. */
    private static long position(BigDecimal v, BigDecimal low, BigDecimal step, List<BigDecimal> set, long size) {
        if (set != null) {
            for (int i = 0; i < set.size(); i++) {
                if (set.get(i).compareTo(v) == 0) {
                    return i;
                }
            }
            return -1;
        }
        BigDecimal[] k = v.subtract(low).divideAndRemainder(step);
        boolean onGrid = k[1].signum() == 0 && k[0].signum() >= 0 && k[0].compareTo(BigDecimal.valueOf(size)) < 0;
        return onGrid ? k[0].longValueExact() : -1;
    }

    private List<BigDecimal> numbers(TomlTable t, String key, String where, int line) {
        if (!(TomlReader.get(t, key) instanceof TomlArray a)) {
            throw r.error(line, where + "." + key + " must be a list of numbers, is "
                    + TomlReader.describe(TomlReader.get(t, key)));
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(number(a.get(i), where + "." + key + "[" + (i + 1) + "]", line));
        }
        return out;
    }

    /**
     * A TOML number as the exact decimal its literal writes: a float's shortest round-trip digits (0.05 is 0.05,
     * as written), so that a grid's points are those the instructor meant.
     */
    private BigDecimal number(Object v, String what, int line) {
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d);
        }
        throw r.error(line, what + (v instanceof Double ? " is " + v + "; only finite numbers are allowed"
                : " must be a number, is " + TomlReader.describe(v)));
    }

    private static String shown(List<BigDecimal> values) {
        return values.stream().map(Choices::literal).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}

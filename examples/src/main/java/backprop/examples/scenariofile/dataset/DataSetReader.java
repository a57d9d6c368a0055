package backprop.examples.scenariofile.dataset;

import backprop.core.network.Example;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The examples of a network file, written in one of four ways (variants/README.md, "Data sets"): one
 * {@code [example]} with x and y; several {@code [[example]]} tables; {@code [data] table = [[x…, y…], …]}, one
 * row per example, the first {@code inputs} numbers x and the rest y; or {@code [data] csv = "FILE.csv"}, the same
 * rows in a CSV file beside the scenario file ({@link CsvDataSet}). Exactly one of them; at most
 * {@link Limits#MAX_EXAMPLES} examples; every number finite; a row of the wrong width named by its row.
 */
public final class DataSetReader {
    static final List<String> DATA = List.of("inputs", "table", "csv");

    private DataSetReader() {
    }

    /** The examples, at most {@link Limits#MAX_OUTPUTS_AFTER_TRAINING} outputs in all. */
    public static DataSet read(TomlReader r, TomlTable toml, int[] sizes) {
        DataSet data = examples(r, toml, sizes);
        long outputs = (long) data.size() * sizes[sizes.length - 1];
        if (outputs > Limits.MAX_OUTPUTS_AFTER_TRAINING) {
            throw r.error(TomlReader.line(toml, TomlReader.has(toml, "data") ? "data" : "example", 1), data.size()
                    + " examples × " + sizes[sizes.length - 1] + " outputs = " + outputs + " outputs to report after"
                    + " training; the limit is " + Limits.MAX_OUTPUTS_AFTER_TRAINING);
        }
        return data;
    }

    private static DataSet examples(TomlReader r, TomlTable toml, int[] sizes) {
        Object example = TomlReader.get(toml, "example");
        boolean data = TomlReader.has(toml, "data");
        if (example != null && data) {
            throw r.error(TomlReader.line(toml, "data", 1), "give the examples once: [example], [[example]] or"
                    + " [data], not two of them");
        }
        if (data) {
            return fromData(r, toml, sizes);
        }
        if (example instanceof TomlArray tables && tables.toList().stream().allMatch(t -> t instanceof TomlTable)
                && !tables.isEmpty()) {
            return fromExamples(r, tables, TomlReader.line(toml, "example", 1), sizes);
        }
        if (example == null) {
            throw r.error(1, "missing examples: [example], [[example]] or [data] (see variants/README.md)");
        }
        if (!(example instanceof TomlTable)) {
            throw r.error(TomlReader.line(toml, "example", 1), "example must be a table [example] or tables"
                    + " [[example]], is " + TomlReader.describe(example));
        }
        Example one = ExampleReader.example(r, toml, sizes);
        return new DataSet(List.of(one), List.of(new DataSet.Place(r.file(), ExampleReader.targetLine(toml),
                "example.y")), null, 0);
    }

    private static DataSet fromExamples(TomlReader r, TomlArray tables, int line, int[] sizes) {
        limit(r, line, "[[example]] has " + tables.size() + " tables", tables.size());
        Keys.checkEach(r, tables, "example", line, ExampleReader.KEYS);
        List<Example> examples = new ArrayList<>();
        List<DataSet.Place> places = new ArrayList<>();
        for (int m = 1; m <= tables.size(); m++) {
            TomlTable t = tables.getTable(m - 1);
            int at = TomlReader.entryLine(tables, m - 1);
            String where = "example " + m + ": ";
            double[] x = r.vector(t, "x", where, at);
            double[] y = r.vector(t, "y", where, at);
            width(r, TomlReader.line(t, "x", at), where + "x", x.length, sizes[0], "input");
            width(r, TomlReader.line(t, "y", at), where + "y", y.length, sizes[sizes.length - 1], "output");
            examples.add(new Example(x, y));
            places.add(new DataSet.Place(r.file(), TomlReader.line(t, "y", at), where + "y"));
        }
        return new DataSet(examples, places, null, 0);
    }

    private static void width(TomlReader r, int line, String what, int has, int needs, String layer) {
        if (has != needs) {
            throw r.error(line, what + " has " + has + " entries; the " + layer + " layer has " + needs);
        }
    }

    private static DataSet fromData(TomlReader r, TomlTable toml, int[] sizes) {
        TomlTable data = r.table(toml, "data", "");
        int line = TomlReader.line(toml, "data", 1);
        Keys.check(r, data, "data", line, DATA);
        boolean inputsGiven = TomlReader.has(data, "inputs");
        if (inputsGiven) {
            long inputs = r.integer(data, "inputs", "data.", line, 1, Limits.MAX_NEURONS);
            if (inputs != sizes[0]) {
                throw r.error(TomlReader.line(data, "inputs", line), "data.inputs is " + inputs + ", but the input"
                        + " layer has " + sizes[0] + " (network.layers[1])");
            }
        }
        boolean table = TomlReader.has(data, "table");
        if (table && TomlReader.has(data, "csv")) {
            throw r.error(TomlReader.line(data, "csv", line), "data.table and data.csv are alternatives; give one");
        }
        if (table) {
            return fromTable(r, data, line, sizes);
        }
        if (!TomlReader.has(data, "csv")) {
            throw r.error(line, "[data] needs table = [[x…, y…], …] or csv = \"FILE.csv\" (see variants/README.md)");
        }
        return CsvDataSet.read(r, data, line, sizes, inputsGiven);
    }

    private static DataSet fromTable(TomlReader r, TomlTable data, int line, int[] sizes) {
        int at = TomlReader.line(data, "table", line);
        Object v = TomlReader.get(data, "table");
        if (!(v instanceof TomlArray rows)) {
            throw r.error(at, "data.table must be a list of rows [[x…, y…], …], is " + TomlReader.describe(v));
        }
        if (rows.isEmpty()) {
            throw r.error(at, "data.table has no rows");
        }
        limit(r, at, "data.table has " + rows.size() + " rows", rows.size());
        List<Example> examples = new ArrayList<>();
        List<DataSet.Place> places = new ArrayList<>();
        for (int m = 1; m <= rows.size(); m++) {
            int rowLine = TomlReader.entryLine(rows, m - 1);
            String where = "data.table row " + m;
            examples.add(split(r.file(), rowLine, where, row(r, rows.get(m - 1), rowLine, where), sizes));
            places.add(new DataSet.Place(r.file(), rowLine, where + ": y"));
        }
        return new DataSet(examples, places, null, 0);
    }

    private static double[] row(TomlReader r, Object v, int line, String where) {
        if (!(v instanceof TomlArray a)) {
            throw r.error(line, where + " must be a list of numbers, is " + TomlReader.describe(v));
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            String what = where + ", value " + (i + 1);
            Object e = a.get(i);
            if (!(e instanceof Long) && !(e instanceof Double)) {
                throw r.error(line, what + " must be a number, is " + TomlReader.describe(e));
            }
            out[i] = ((Number) e).doubleValue();
            if (!Double.isFinite(out[i])) {
                throw r.error(line, what + " is " + out[i] + "; only finite numbers are allowed");
            }
        }
        return out;
    }

    /**
     * Row {@code values} as an example: the first sizes[0] are x, the rest y; a row of another width is refused
     * at its own {@code file} and {@code line}.
     */
    static Example split(String file, int line, String where, double[] values, int[] sizes) {
        int inputs = sizes[0];
        int outputs = sizes[sizes.length - 1];
        if (values.length != inputs + outputs) {
            throw new ScenarioFileException(file, line, where + " has " + values.length + " values; x has " + inputs
                    + " and y " + outputs + ", so " + (inputs + outputs) + " are needed");
        }
        return new Example(Arrays.copyOf(values, inputs), Arrays.copyOfRange(values, inputs, values.length));
    }

    static void limit(TomlReader r, int line, String has, int count) {
        if (count > Limits.MAX_EXAMPLES) {
            throw r.error(line, has + "; the limit is " + Limits.MAX_EXAMPLES);
        }
    }
}

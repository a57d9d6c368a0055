package backprop.examples.scenariofile.dataset;

import backprop.core.network.Example;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.List;

/** Reads [example]: the input x, one entry per input neuron, and the target y, one per output neuron. */
final class ExampleReader {
    /** The keys of [example], and of each [[example]] of a data set. */
    static final List<String> KEYS = List.of("x", "y");

    private ExampleReader() {
    }

    static Example example(TomlReader r, TomlTable toml, int[] sizes) {
        TomlTable example = r.table(toml, "example", "missing [example] with x and y");
        int line = TomlReader.line(toml, "example", 1);
        Keys.check(r, example, "example", line, KEYS);
        double[] x = r.vector(example, "x", "example.", line);
        if (!TomlReader.has(example, "y")) {
            throw r.error(line, "missing target: [example] needs y");
        }
        double[] y = r.vector(example, "y", "example.", line);
        if (x.length != sizes[0]) {
            throw r.error(TomlReader.line(example, "x", line), "example.x has " + x.length + " entries; the input"
                    + " layer has " + sizes[0]);
        }
        if (y.length != sizes[sizes.length - 1]) {
            throw r.error(TomlReader.line(example, "y", line), "example.y has " + y.length + " entries; the output"
                    + " layer has " + sizes[sizes.length - 1]);
        }
        return new Example(x, y);
    }

    /** The line of example.y, where a target outside the loss's domain is reported. */
    static int targetLine(TomlTable toml) {
        Object example = TomlReader.get(toml, "example");
        int line = TomlReader.line(toml, "example", 1);
        return example instanceof TomlTable t ? TomlReader.line(t, "y", line) : line;
    }
}

package backprop.examples.scenariofile.network;

import backprop.core.method.FrozenParameters.Kind;
import backprop.core.method.FrozenParameters.Parameter;
import backprop.core.method.FrozenParameters;
import backprop.core.network.Network;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * training.frozen: the parameters the update leaves unchanged, named as the answer key names them: {@code W1},
 * {@code b2} for a whole matrix or vector, {@code W1[1,2]}, {@code b1[2]} for one entry (1-based). A textbook
 * example that never updates its biases says {@code frozen = ["b1", "b2"]}. An unknown name is refused at the
 * key's line with the nearest name that exists, an entry outside its matrix with the matrix's size.
 */
final class FrozenReader {
    private static final Pattern NAME = Pattern.compile("([Wb])(\\d{1,3})(?:\\[(\\d{1,4})(?:,\\s*(\\d{1,4}))?\\])?");

    private FrozenReader() {
    }

    static FrozenParameters read(TomlReader r, TomlTable t, int tableLine, Network network) {
        if (!TomlReader.has(t, "frozen")) {
            return FrozenParameters.NONE;
        }
        int line = TomlReader.line(t, "frozen", tableLine);
        Object v = TomlReader.get(t, "frozen");
        if (!(v instanceof TomlArray a)) {
            throw r.error(line, "training.frozen must be a list of parameter names such as [\"b1\", \"W2[1,2]\"], is "
                    + TomlReader.describe(v));
        }
        Set<Parameter> frozen = new LinkedHashSet<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String name)) {
                throw r.error(line, "training.frozen[" + (i + 1) + "] must be a parameter name such as \"b1\", is "
                        + TomlReader.describe(a.get(i)));
            }
            frozen.add(parameter(r, line, name.strip(), network));
        }
        return new FrozenParameters(frozen);
    }

    private static Parameter parameter(TomlReader r, int line, String name, Network network) {
        Matcher m = NAME.matcher(name);
        int k = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (m.matches() && k > network.depth()) {
            throw r.error(line, "training.frozen: " + Keys.printable(name) + " names layer " + k + ", but the network"
                    + " has " + network.depth() + "; the parameters are " + String.join(", ", names(network)));
        }
        if (k < 1) {
            throw r.error(line, "training.frozen: unknown parameter '" + Keys.printable(name) + "'"
                    + Keys.suggestion(name, names(network)));
        }
        boolean weights = m.group(1).equals("W");
        Kind kind = weights ? Kind.WEIGHTS : Kind.BIAS;
        if (m.group(3) == null) {
            return new Parameter(k, kind, FrozenParameters.WHOLE);
        }
        int rows = weights ? network.layer(k).outputSize() : network.layer(k).bias().length;
        int cols = weights ? network.layer(k).inputSize() : 1;
        int i = Integer.parseInt(m.group(3));
        // a bias entry b2[i] is column 1 of its vector; a weight without its column is refused below, whatever j is
        int j = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        boolean shaped = weights == (m.group(4) != null);
        if (!shaped || i < 1 || i > rows || j < 1 || j > cols) {
            throw r.error(line, "training.frozen: " + Keys.printable(name) + " is not an entry of " + m.group(1) + k
                    + ", which is " + (weights ? rows + "×" + cols + " (write W" + k + "[row,column])"
                    : "a vector of " + rows + " (write b" + k + "[i])"));
        }
        return new Parameter(k, kind, (i - 1) * cols + (j - 1));
    }

    /** W1, b1, W2, b2, …: the names that exist. */
    private static List<String> names(Network network) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= network.depth(); k++) {
            names.add("W" + k);
            names.add("b" + k);
        }
        return names;
    }
}

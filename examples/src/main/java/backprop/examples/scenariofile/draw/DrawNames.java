package backprop.examples.scenariofile.draw;

import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import backprop.examples.scenariofile.toml.TriviaLines;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a [draw] key names in the file, and where each of its entries' numbers is written. A network file's names are
 * those {@code frozen} uses, 1-based: {@code W<k>}, {@code W<k>[i,j]}, {@code b<k>}, {@code b<k>[i]}; and {@code x},
 * {@code x[i]}, {@code y}, {@code y[j]} of its one [example], and {@code learning_rate}, {@code momentum},
 * {@code lambda} of [training]. An expression file's names are its inputs. A whole {@code W1} is every entry, row by
 * row. Called after the file's own reader has accepted it, so the tables have the shapes the network needs.
 */
final class DrawNames {
    private static final Pattern PARAMETER = Pattern.compile("([Wb])(\\d{1,4})(?:\\[(\\d{1,4})(?:,\\s*(\\d{1,4}))?\\])?");
    private static final Pattern EXAMPLE = Pattern.compile("([xy])(?:\\[(\\d{1,4})\\])?");
    private static final List<String> TRAINING = List.of("learning_rate", "momentum", "lambda");

    /**
     * Where an entry's number is: a line of the file and tomlj's column there, at the number itself (an array's
     * entry) or at its key ({@code keyed}), the number after the key's {@code =}.
     */
    record Spot(String entry, int line, int column, boolean keyed) {
        static Spot at(String entry, TomlPosition p, boolean keyed) {
            return new Spot(entry, TriviaLines.current(p.line()), p.column(), keyed);
        }
    }

    private final TomlReader r;
    private final TomlTable toml;
    private final boolean network;

    DrawNames(TomlReader r, TomlTable toml, String kind) {
        this.r = r;
        this.toml = toml;
        this.network = kind.equals("network");
    }

    /** The entries {@code name} draws, each with where its number is; an error at {@code line} if none. */
    List<Spot> resolve(String name, int line) {
        return network ? networkEntries(name, line) : inputEntry(name, line);
    }

    private List<Spot> inputEntry(String name, int line) {
        TomlTable inputs = (TomlTable) TomlReader.get(toml, "inputs");
        if (!TomlReader.has(inputs, name)) {
            List<String> known = TomlReader.keysInFileOrder(inputs);
            throw r.error(line, "draw." + Keys.printable(name) + ": '" + Keys.printable(name) + "' is not an input of"
                    + " [inputs]" + Keys.suggestion(name, known));
        }
        return List.of(Spot.at(name, inputs.inputPositionOf(List.of(name)), true));
    }

    private List<Spot> networkEntries(String name, int line) {
        Matcher p = PARAMETER.matcher(name);
        if (p.matches()) {
            return parameter(name, p, line);
        }
        Matcher e = EXAMPLE.matcher(name);
        if (e.matches()) {
            return example(name, e, line);
        }
        if (TRAINING.contains(name)) {
            TomlTable training = (TomlTable) TomlReader.get(toml, "training");
            if (!TomlReader.has(training, name)) {
                throw r.error(line, "draw." + name + ": training." + name + " is not in the file; write " + name
                        + " = a number under [training], for the draw to replace");
            }
            return List.of(Spot.at(name, training.inputPositionOf(List.of(name)), true));
        }
        throw r.error(line, "draw." + Keys.printable(name) + ": unknown name" + Keys.suggestion(name, names())
                .replace("; known:", "; the names are"));
    }

    private List<Spot> parameter(String name, Matcher m, int line) {
        if (TomlReader.has(toml, "initial")) {
            throw r.error(line, "draw." + name + ": this file draws its weights and biases from [initial] seed; a"
                    + " template draws them only where [[network.layer]] writes them");
        }
        int depth = layers().size();
        int k = Integer.parseInt(m.group(2));
        boolean weights = m.group(1).equals("W");
        if (k < 1 || k > depth) {
            throw r.error(line, "draw." + name + " names layer " + k + ", but the network has " + depth
                    + (depth == 1 ? " layer" : " layers") + "; the names are " + String.join(", ", names()));
        }
        TomlTable layer = layers().getTable(k - 1);
        Object values = TomlReader.get(layer, weights ? "weights" : "biases");
        if (!(values instanceof TomlArray array)) {
            throw r.error(line, "draw." + name + ": layer " + k + " has no biases (biases = \"none\"), so there is"
                    + " nothing to draw");
        }
        return m.group(3) == null ? whole(m.group(1), k, array, weights) : one(name, m, line, k, array, weights);
    }

    /** Every entry of W<k> (row by row) or b<k>. */
    private static List<Spot> whole(String letter, int k, TomlArray array, boolean weights) {
        int cols = weights ? array.getArray(0).size() : 1;
        List<Spot> spots = new ArrayList<>();
        for (int i = 1; i <= array.size(); i++) {
            for (int j = 1; j <= cols; j++) {
                spots.add(entry(letter, k, array, i, j, weights));
            }
        }
        return spots;
    }

    /** The one entry W<k>[i,j] or b<k>[i], refused when it is outside the matrix or vector. */
    private List<Spot> one(String name, Matcher m, int line, int k, TomlArray array, boolean weights) {
        int rows = array.size();
        int cols = weights ? array.getArray(0).size() : 1;
        int i = Integer.parseInt(m.group(3));
        int j = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        boolean shaped = weights == (m.group(4) != null);
        if (!shaped || i < 1 || i > rows || j < 1 || j > cols) {
            throw r.error(line, "draw." + name + " is not an entry of " + m.group(1) + k + ", which is "
                    + (weights ? rows + "×" + cols + " (write W" + k + "[row,column])"
                    : "a vector of " + rows + " (write b" + k + "[i])"));
        }
        return List.of(entry(m.group(1), k, array, i, j, weights));
    }

    /** W<k>[i,j] or b<k>[i]: the entry's own name, and where the file writes its number. */
    private static Spot entry(String letter, int k, TomlArray array, int i, int j, boolean weights) {
        return weights ? Spot.at("W" + k + "[" + i + "," + j + "]", array.getArray(i - 1).inputPositionOf(j - 1), false)
                : Spot.at("b" + k + "[" + i + "]", array.inputPositionOf(i - 1), false);
    }

    private List<Spot> example(String name, Matcher m, int line) {
        Object example = TomlReader.get(toml, "example");
        if (!(example instanceof TomlTable one)) {
            throw r.error(line, "draw." + name + ": this file has several examples ([[example]] or [data]); " + m.group(1)
                    + " is drawn only in a file with one [example]");
        }
        TomlArray values = one.getArray(m.group(1));
        if (m.group(2) == null) {
            List<Spot> spots = new ArrayList<>();
            for (int i = 1; i <= values.size(); i++) {
                spots.add(Spot.at(m.group(1) + "[" + i + "]", values.inputPositionOf(i - 1), false));
            }
            return spots;
        }
        int i = Integer.parseInt(m.group(2));
        if (i < 1 || i > values.size()) {
            throw r.error(line, "draw." + name + " is not an entry of " + m.group(1) + ", which has " + values.size()
                    + (values.size() == 1 ? " entry" : " entries"));
        }
        return List.of(Spot.at(m.group(1) + "[" + i + "]", values.inputPositionOf(i - 1), false));
    }

    private TomlArray layers() {
        return ((TomlTable) TomlReader.get(toml, "network")).getArray("layer");
    }

    /** W1, b1, W2, b2, …, x, y, learning_rate, momentum, lambda: the names a network file's [draw] may use. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        int depth = TomlReader.has(toml, "initial") ? 0 : layers().size();
        for (int k = 1; k <= depth; k++) {
            names.add("W" + k);
            names.add("b" + k);
        }
        names.addAll(List.of("x", "y"));
        names.addAll(TRAINING);
        return names;
    }
}

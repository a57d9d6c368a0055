package backprop.examples.scenariofile.network;

import backprop.core.function.Activation;
import backprop.core.graph.Conventions;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Network;
import backprop.examples.scenariofile.dataset.DataSet;
import backprop.examples.scenariofile.dataset.DataSetReader;
import backprop.examples.scenariofile.exam.ExamReading;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code kind = "network"} file: [network] with one [[network.layer]] per layer or [initial] weights drawn
 * from a seed ({@link InitialWeights}), the examples ({@link DataSetReader}), [training] (variants/README.md). Remembers where each table is, so that an error raised while computing (core's
 * {@code NonFiniteValueException} names the layer as ^(k)) is reported at the line of the layer it names.
 */
public final class NetworkReader {
    private static final List<String> TABLE_KEYS = List.of("layers", "activations", "bias_layout", "conventions",
            "layer");
    private static final List<String> LAYER_KEYS = List.of("weights", "biases");
    private static final Pattern LAYER = Pattern.compile("\\^\\((\\d+)\\)|layer (\\d+)");

    private final TomlReader r;
    private final TomlTable toml;
    private final TomlTable net;
    private final int netLine;
    private int[] layerLines = new int[0];
    private String weightsOrigin;
    private Conventions conventions;
    private final Set<Integer> biasless = new TreeSet<>();

    private NetworkReader(TomlReader r, TomlTable toml) {
        this.r = r;
        this.toml = toml;
        this.net = r.table(toml, "network", "missing [network] with layers, activations and [[network.layer]]");
        this.netLine = TomlReader.line(toml, "network", 1);
    }

    /** The network exam of the file, and where to report an error raised while computing it. */
    public static ExamReading read(TomlReader r, TomlTable toml, String fileName, String stem, String title) {
        NetworkReader reader = new NetworkReader(r, toml);
        Keys.check(r, reader.net, "network", reader.netLine, TABLE_KEYS);
        int[] sizes = reader.sizes();
        Network network = reader.network(sizes, InitialWeights.read(r, toml));
        DataSet data = DataSetReader.read(r, toml, sizes);
        Training training = Training.read(r, toml, network, reader.conventions, data, sizes, reader.biasless);
        NetworkExam exam = new NetworkExam(fileName, stem, title, network, data.examples(), training,
                reader.weightsOrigin);
        return new ExamReading(exam, e -> r.error(reader.lineOf(e.getMessage(), training.line()),
                "the network does not compute: " + e.getMessage()), data.selfContained(r.text()));
    }

    /**
     * The line of the layer a core message names first ("z^(2)", "layer 2"), else {@code otherwise}. Core's
     * messages carry text and name the network's own layers, 1 to its depth, or a^(0), its input (whose line is
     * the [network] table's, or [initial]'s).
     */
    private int lineOf(String message, int otherwise) {
        Matcher m = LAYER.matcher(message);
        if (m.find()) {
            return layerLines[Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))];
        }
        return otherwise;
    }

    private int[] sizes() {
        double[] sizes = r.vector(net, "layers", "network.", netLine);
        int line = TomlReader.line(net, "layers", netLine);
        if (sizes.length < 2 || sizes.length > Limits.MAX_LAYERS + 1) {
            throw r.error(line, "network.layers needs the input size and 1 to " + Limits.MAX_LAYERS
                    + " layers (the limit), has " + sizes.length + " entries");
        }
        int[] n = new int[sizes.length];
        long parameters = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != Math.rint(sizes[i]) || sizes[i] < 1 || sizes[i] > Limits.MAX_NEURONS) {
                throw r.error(line, "network.layers[" + (i + 1) + "] must be a whole number from 1 to "
                        + Limits.MAX_NEURONS + " (the limit), is " + TomlReader.describe(sizes[i]));
            }
            n[i] = (int) sizes[i];
            parameters += i == 0 ? 0 : (long) n[i] * (n[i - 1] + 1);
        }
        if (parameters > Limits.MAX_PARAMETERS) {
            throw r.error(line, "network.layers " + Arrays.toString(n) + " has " + parameters
                    + " weights and biases; the limit is " + Limits.MAX_PARAMETERS);
        }
        return n;
    }

    private Network network(int[] n, InitialWeights initial) {
        List<Activation> activations = activations(n.length - 1);
        BiasLayout layout = choice(net, "bias_layout", "per_neuron", List.of("per_neuron", "shared_per_layer"))
                .equals("per_neuron") ? BiasLayout.PER_NEURON : BiasLayout.SHARED_PER_LAYER;
        conventions = choice(net, "conventions", "libraries", List.of("libraries", "documents"))
                .equals("libraries") ? Conventions.LIBRARIES : Conventions.DOCUMENTS;
        if (initial != null) {
            return drawn(n, initial, layout, activations);
        }
        TomlArray tables = layerTables(n);
        layerLines = new int[n.length];
        layerLines[0] = netLine;
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 1; k < n.length; k++) {
            layerLines[k] = TomlReader.entryLine(tables, k - 1);
            layers.add(layer(k, n, tables.getTable(k - 1), layout, activations.get(k - 1)));
        }
        return new Network(layers);
    }

    /** The network of [initial]: no [[network.layer]] may give the weights as well. */
    private Network drawn(int[] n, InitialWeights initial, BiasLayout layout, List<Activation> activations) {
        if (TomlReader.has(net, "layer")) {
            throw r.error(initial.line(), "the weights are given twice, in [[network.layer]] and in [initial]; give"
                    + " one");
        }
        layerLines = new int[n.length];
        Arrays.fill(layerLines, initial.line());
        weightsOrigin = initial.origin();
        return new Network(initial.layers(n, layout, activations));
    }

    /** " (its characters outside ASCII: \\u0435)" for a word that only looks like ASCII, else "". */
    private static String outsideAscii(String word) {
        String odd = word.codePoints().filter(c -> c > 127)
                .mapToObj(c -> String.format(Locale.ROOT, "\\u%04x", c)).distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        return odd.isEmpty() ? "" : " (its characters outside ASCII: " + odd + ")";
    }

    /** One of {@code known}, at {@code key}, or {@code otherwise} when the key is absent. */
    private String choice(TomlTable table, String key, String otherwise, List<String> known) {
        String v = r.optionalString(table, key, "network.", otherwise);
        if (!known.contains(v)) {
            throw r.error(TomlReader.line(table, key, netLine), "unknown " + key + " '" + Keys.printable(v)
                    + "'; known: " + String.join(", ", known));
        }
        return v;
    }

    private List<Activation> activations(int layers) {
        Object v = TomlReader.get(net, "activations");
        int line = TomlReader.line(net, "activations", netLine);
        if (!(v instanceof TomlArray a)) {
            throw r.error(line, v == null ? "missing network.activations" : "network.activations must be a list of"
                    + " names, is " + TomlReader.describe(v));
        }
        if (a.size() != layers) {
            throw r.error(line, "network.activations has " + a.size() + " entries; " + layers
                    + " layers need one each");
        }
        List<Activation> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String s)) {
                throw r.error(line, "network.activations[" + (i + 1) + "] must be a name, is "
                        + TomlReader.describe(a.get(i)));
            }
            try {
                out.add(Activation.named(s));
            } catch (IllegalArgumentException e) {
                throw r.error(line, "layer " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private TomlArray layerTables(int[] n) {
        Object v = TomlReader.get(net, "layer");
        boolean tables = v instanceof TomlArray a && a.toList().stream().allMatch(t -> t instanceof TomlTable);
        int found = v instanceof TomlArray a ? a.size() : 0;
        if (!tables || found != n.length - 1) {
            throw r.error(TomlReader.line(net, "layer", netLine), "network needs one"
                    + " [[network.layer]] table per layer: " + (n.length - 1) + " for layers " + Arrays.toString(n)
                    + ", found " + (tables ? found : TomlReader.describe(v)));
        }
        Keys.checkEach(r, (TomlArray) v, "network.layer", netLine, LAYER_KEYS);
        return (TomlArray) v;
    }

    private DenseLayer layer(int k, int[] n, TomlTable layer, BiasLayout layout, Activation activation) {
        int line = layerLines[k];
        String where = "layer " + k + ": ";
        double[][] w = r.matrix(layer, "weights", where, line);
        if (w.length != n[k] || w[0].length != n[k - 1]) {
            throw r.error(TomlReader.line(layer, "weights", line), where + "weights are " + w.length + "×"
                    + w[0].length + ", but layer sizes " + Arrays.toString(n) + " need " + n[k] + "×" + n[k - 1]);
        }
        int need = layout == BiasLayout.PER_NEURON ? n[k] : 1;
        if (TomlReader.get(layer, "biases") instanceof String none) {
            if (!none.equals("none")) {
                throw r.error(TomlReader.line(layer, "biases", line), where + "biases must be a list of numbers or"
                        + " \"none\" (a layer without biases), is \"" + Keys.printable(none) + "\""
                        + outsideAscii(none));
            }
            // no b: zeros that the method keeps frozen and the answer key never shows
            biasless.add(k);
            return new DenseLayer(w, new double[need], layout, activation);
        }
        double[] b = r.vector(layer, "biases", where, line);
        if (b.length != need) {
            throw r.error(TomlReader.line(layer, "biases", line), where + "biases have " + b.length
                    + " entries; bias_layout " + layout.name().toLowerCase(Locale.ROOT) + " needs " + need);
        }
        return new DenseLayer(w, b, layout, activation);
    }
}

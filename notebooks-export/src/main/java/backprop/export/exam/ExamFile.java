package backprop.export.exam;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.network.Activation;
import backprop.core.network.BiasLayout;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.GradientDescent;
import backprop.core.network.Loss;
import backprop.core.network.Network;
import backprop.examples.Scenario;
import backprop.export.Chapter;
import backprop.export.Precision;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an exam-variant scenario file (TOML, documented in variants/README.md) into a chapter of one
 * scenario. Everything is validated, and the scenario computed once, before the chapter is returned, so a
 * bad file fails here, naming the file, the line and what is wrong, before anything is written.
 */
public final class ExamFile {
    private ExamFile() {
    }

    public static Chapter read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(file, 1, "no such file");
        }
        try {
            return read(file, Files.readString(file));
        } catch (IOException e) {
            throw new ScenarioFileException(file, 1, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a scenario file's {@code text}; {@code name} is what errors and the answer key call it. */
    public static Chapter read(String name, String text) {
        return read(Path.of(name), text);
    }

    private static Chapter read(Path file, String text) {
        TomlParseResult toml = Toml.parse(text);
        if (toml.hasErrors()) {
            TomlParseError e = toml.errors().get(0);
            throw new ScenarioFileException(file, e.position().line(), "not valid TOML: " + e.getMessage());
        }
        TomlReader r = new TomlReader(file);
        String title = r.string(toml, "title", "", 1);
        long precision = r.integer(toml, "precision", "", 1);
        if (precision < 1 || precision > 17) {
            throw r.error(TomlReader.line(toml, "precision", 1), "precision must be 1 to 17 decimals, is " + precision);
        }
        String stem = r.optionalString(toml, "id", "", stemOf(file));
        if (!stem.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw r.error(TomlReader.line(toml, "id", 1), "id '" + stem + "' must be letters, digits, '.', '_' or '-'");
        }
        String kind = r.string(toml, "kind", "", 1);
        Scenario scenario = switch (kind) {
            case "network" -> network(file, r, toml, title, stem);
            case "expression" -> expression(file, r, toml, title, stem);
            default -> throw r.error(TomlReader.line(toml, "kind", 1), "unknown kind '" + kind
                    + "'; known: network, expression");
        };
        try {
            scenario.compute();
        } catch (NonFiniteValueException e) {
            throw new ScenarioFileException(file, 1, "the scenario does not evaluate: " + e.getMessage());
        }
        return new Chapter("variant-" + stem, "Exam variant — " + title, file.toString(), List.of(scenario),
                Precision.decimals((int) precision), text);
    }

    private static String stemOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Scenario expression(Path file, TomlReader r, TomlParseResult toml, String title, String stem) {
        String text = r.string(toml, "expression", "", 1);
        int line = TomlReader.line(toml, "expression", 1);
        TomlTable inputs = toml.getTable("inputs");
        if (inputs == null) {
            throw r.error(1, "missing [inputs]: the value of every name in the expression");
        }
        int inputsLine = TomlReader.line(toml, "inputs", 1);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : inputs.keySet()) {
            values.put(name, r.number(inputs, name, "inputs.", inputsLine));
        }
        List<String> parameters = new ArrayList<>();
        if (toml.contains("parameters")) {
            Object p = toml.get("parameters");
            if (!(p instanceof TomlArray a)) {
                throw r.error(TomlReader.line(toml, "parameters", 1), "parameters must be a list of names");
            }
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof String s) || !values.containsKey(s)) {
                    throw r.error(TomlReader.line(toml, "parameters", 1), "parameters[" + (i + 1) + "] "
                            + TomlReader.describe(a.get(i)) + " is not a name in [inputs]");
                }
                parameters.add(s);
            }
        }
        ExpressionExam exam = new ExpressionExam(file, stem, title, text, values, parameters);
        try {
            exam.build(new Graph());
        } catch (ExpressionParser.ExpressionException e) {
            throw r.error(line, "expression, column " + e.column + ": " + e.getMessage());
        } catch (NonFiniteValueException e) {
            throw r.error(line, "the expression does not evaluate at these inputs: " + e.getMessage());
        }
        return exam;
    }

    private static Scenario network(Path file, TomlReader r, TomlParseResult toml, String title, String stem) {
        TomlTable net = toml.getTable("network");
        if (net == null) {
            throw r.error(1, "missing [network]");
        }
        int netLine = TomlReader.line(toml, "network", 1);
        double[] sizes = r.vector(net, "layers", "network.", netLine);
        int layersLine = TomlReader.line(net, "layers", netLine);
        if (sizes.length < 2) {
            throw r.error(layersLine, "network.layers needs the input size and at least one layer, has " + sizes.length);
        }
        int[] n = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != Math.rint(sizes[i]) || sizes[i] < 1) {
                throw r.error(layersLine, "network.layers[" + (i + 1) + "] must be a whole number ≥ 1, is " + sizes[i]);
            }
            n[i] = (int) sizes[i];
        }
        List<String> activationNames = strings(r, net, "activations", netLine);
        int activationsLine = TomlReader.line(net, "activations", netLine);
        if (activationNames.size() != n.length - 1) {
            throw r.error(activationsLine, "network.activations has " + activationNames.size() + " entries; "
                    + (n.length - 1) + " layers need one each");
        }
        BiasLayout layout = switch (r.optionalString(net, "bias_layout", "network.", "per_neuron")) {
            case "per_neuron" -> BiasLayout.PER_NEURON;
            case "shared_per_layer" -> BiasLayout.SHARED_PER_LAYER;
            default -> throw r.error(TomlReader.line(net, "bias_layout", netLine),
                    "unknown bias_layout; known: per_neuron, shared_per_layer");
        };
        Conventions conventions = switch (r.optionalString(net, "conventions", "network.", "libraries")) {
            case "documents" -> Conventions.DOCUMENTS;
            case "libraries" -> Conventions.LIBRARIES;
            default -> throw r.error(TomlReader.line(net, "conventions", netLine),
                    "unknown conventions; known: documents (ReLU'(0) = 1), libraries (ReLU'(0) = 0)");
        };
        Object layerTables = net.get("layer");
        if (!(layerTables instanceof TomlArray tables) || tables.size() != n.length - 1) {
            throw r.error(netLine, "network needs one [[network.layer]] table per layer: " + (n.length - 1)
                    + " for layers " + java.util.Arrays.toString(n) + ", found "
                    + (layerTables instanceof TomlArray t ? t.size() : 0));
        }
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 1; k < n.length; k++) {
            TomlTable layer = tables.getTable(k - 1);
            int layerLine = tables.inputPositionOf(k - 1) == null ? netLine : tables.inputPositionOf(k - 1).line();
            Activation activation;
            try {
                activation = Activation.named(activationNames.get(k - 1));
            } catch (IllegalArgumentException e) {
                throw r.error(activationsLine, "layer " + k + ": " + e.getMessage());
            }
            double[][] w = r.matrix(layer, "weights", "layer " + k + ": ", layerLine);
            int wLine = TomlReader.line(layer, "weights", layerLine);
            if (w.length != n[k] || w[0].length != n[k - 1]) {
                throw r.error(wLine, "layer " + k + ": weights are " + w.length + "×" + w[0].length + ", but layer sizes "
                        + java.util.Arrays.toString(n) + " need " + n[k] + "×" + n[k - 1]);
            }
            double[] b = r.vector(layer, "biases", "layer " + k + ": ", layerLine);
            int need = layout == BiasLayout.PER_NEURON ? n[k] : 1;
            if (b.length != need) {
                throw r.error(TomlReader.line(layer, "biases", layerLine), "layer " + k + ": biases have " + b.length
                        + " entries; bias_layout " + layout.name().toLowerCase(Locale.ROOT) + " needs " + need);
            }
            layers.add(new DenseLayer(w, b, layout, activation));
        }
        TomlTable example = toml.getTable("example");
        if (example == null) {
            throw r.error(1, "missing [example] with x and y");
        }
        int exampleLine = TomlReader.line(toml, "example", 1);
        double[] x = r.vector(example, "x", "example.", exampleLine);
        if (!example.contains("y")) {
            throw r.error(exampleLine, "missing target: [example] needs y");
        }
        double[] y = r.vector(example, "y", "example.", exampleLine);
        if (x.length != n[0]) {
            throw r.error(TomlReader.line(example, "x", exampleLine), "example.x has " + x.length + " entries; the input"
                    + " layer has " + n[0]);
        }
        if (y.length != n[n.length - 1]) {
            throw r.error(TomlReader.line(example, "y", exampleLine), "example.y has " + y.length + " entries; the output"
                    + " layer has " + n[n.length - 1]);
        }
        TomlTable training = toml.getTable("training");
        if (training == null) {
            throw r.error(1, "missing [training] with loss and learning_rate");
        }
        int trainingLine = TomlReader.line(toml, "training", 1);
        String lossName = r.string(training, "loss", "training.", trainingLine);
        Loss loss;
        try {
            loss = Loss.named(lossName);
        } catch (IllegalArgumentException e) {
            throw r.error(TomlReader.line(training, "loss", trainingLine), e.getMessage());
        }
        double rate = r.number(training, "learning_rate", "training.", trainingLine);
        double momentum = r.optionalNumber(training, "momentum", "training.", 0.0);
        double lambda = r.optionalNumber(training, "lambda", "training.", 0.0);
        GradientDescent.UpdateOrder order = switch (r.optionalString(training, "update_order", "training.",
                "all_gradients_first")) {
            case "all_gradients_first" -> GradientDescent.UpdateOrder.ALL_GRADIENTS_FIRST;
            case "each_layer_when_its_gradient_is_ready" -> GradientDescent.UpdateOrder.EACH_LAYER_WHEN_ITS_GRADIENT_IS_READY;
            default -> throw r.error(TomlReader.line(training, "update_order", trainingLine),
                    "unknown update_order; known: all_gradients_first, each_layer_when_its_gradient_is_ready");
        };
        long epochs = training.contains("epochs") ? r.integer(training, "epochs", "training.", trainingLine) : 0;
        if (epochs < 0 || epochs > 100_000) {
            throw r.error(TomlReader.line(training, "epochs", trainingLine), "epochs must be 0 to 100000, is " + epochs);
        }
        try {
            new GradientDescent(rate, momentum, new backprop.core.network.L2Regularisation(lambda), order);
        } catch (IllegalArgumentException e) {
            throw r.error(trainingLine, e.getMessage());
        }
        return new NetworkExam(file, stem, title, new Network(layers, conventions), new Example(x, y), loss, rate,
                momentum, lambda, order, (int) epochs);
    }

    private static List<String> strings(TomlReader r, TomlTable table, String key, int fallback) {
        Object v = table.get(key);
        int line = TomlReader.line(table, key, fallback);
        if (!(v instanceof TomlArray a)) {
            throw r.error(line, v == null ? "missing network." + key : "network." + key + " must be a list of names");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String s)) {
                throw r.error(line, "network." + key + "[" + (i + 1) + "] must be a name, is " + TomlReader.describe(a.get(i)));
            }
            out.add(s);
        }
        return out;
    }
}

package backprop.examples.scenariofile.expression;

import backprop.core.NonFiniteValueException;
import backprop.core.graph.Conventions;
import backprop.examples.scenariofile.exam.ExamReading;
import backprop.examples.scenariofile.parser.ExpressionParser;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.scenariofile.toml.ScenarioFileException;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code kind = "expression"} file: the expression, [inputs] and the optional parameters list. Every
 * input must be a name the expression can use, and must be used; the expression is built and differentiated
 * once here, so that an error is reported at the expression's line and, where it can be, the column of the
 * operation that fails.
 */
public final class ExpressionReader {
    /** The first quote after '=': where the expression's string starts. */
    private static final Pattern OPENING_QUOTE = Pattern.compile("=\\s*(['\"])");

    private ExpressionReader() {
    }

    public static ExamReading read(TomlReader r, TomlTable toml, String fileName, String stem, String title) {
        String text = r.string(toml, "expression", "", 1);
        int line = TomlReader.line(toml, "expression", 1);
        Map<String, Double> values = inputs(r, toml);
        ExpressionExam exam = new ExpressionExam(fileName, stem, title, text, values, parameters(r, toml, values),
                conventions(r, toml));
        ExpressionParser.Result parsed = check(r, exam, line, text);
        for (String name : values.keySet()) {
            if (!parsed.used().contains(name)) {
                throw r.error(inputLine(toml, name), "input '" + name + "' is not used by the expression;"
                        + " remove it or use it");
            }
        }
        return new ExamReading(exam, e -> r.error(line, "the expression does not compute: " + e.getMessage()));
    }

    /** Builds and differentiates the expression once, turning every failure into line:column. */
    private static ExpressionParser.Result check(TomlReader r, ExpressionExam exam, int line, String text) {
        ExpressionParser.Result parsed;
        try {
            parsed = exam.build();
        } catch (ExpressionParser.ExpressionException e) {
            throw at(r, line, text, e.column, e.getMessage());
        }
        try {
            parsed.output().graph().backward(parsed.output());
        } catch (NonFiniteValueException e) {
            throw at(r, line, text, columnNamed(parsed, e.getMessage()),
                    "the gradient is not finite at these inputs: " + e.getMessage());
        }
        return parsed;
    }

    /**
     * An error at column {@code column} of the expression: FILE:LINE:COLUMN with the file's column when the
     * expression is written on its line without escapes, else FILE:LINE with "expression, column N".
     */
    private static ScenarioFileException at(TomlReader r, int line, String expression, int column, String problem) {
        if (column <= 0) {
            return r.error(line, "expression: " + problem);
        }
        // the line of the key holds '=' and the string's opening quote (which may open a multi-line string)
        String raw = r.lineText(line);
        Matcher opening = OPENING_QUOTE.matcher(raw);
        return opening.find() && plain(raw, opening.start(1), expression)
                ? new ScenarioFileException(r.file(), line, opening.start(1) + 1 + column, "expression: " + problem)
                : r.error(line, "expression, column " + column + ": " + problem);
    }

    /** Whether {@code raw} writes {@code expression} from {@code quote} on, as it is, in one-line quotes. */
    private static boolean plain(String raw, int quote, String expression) {
        String q = raw.substring(quote, quote + 1);
        return !raw.startsWith(q.repeat(3), quote) && raw.startsWith(expression, quote + 1)
                && raw.startsWith(q, quote + 1 + expression.length());
    }

    /**
     * The column of the latest node whose label the message quotes as an arc's consumer ("→ label"); 0 when none
     * does. Only operators have columns: the inputs, made first, have none.
     */
    private static int columnNamed(ExpressionParser.Result parsed, String message) {
        return parsed.output().graph().nodes().stream()
                .filter(n -> parsed.columns().containsKey(n) && message.contains("→ " + n.label() + " "))
                .reduce((earlier, later) -> later).map(parsed.columns()::get).orElse(0);
    }

    private static Map<String, Double> inputs(TomlReader r, TomlTable toml) {
        TomlTable inputs = r.table(toml, "inputs", "missing [inputs]: the value of every name in"
                + " the expression");
        if (inputs.size() > Limits.MAX_INPUTS) {
            throw r.error(TomlReader.line(toml, "inputs", 1), "[inputs] has " + inputs.size()
                    + " names; the limit is " + Limits.MAX_INPUTS);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : TomlReader.keysInFileOrder(inputs)) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw r.error(inputLine(toml, name), "input name '" + Keys.printable(name) + "' is not a name the"
                        + " expression can use: letters a-z, A-Z, digits and '_', not starting with a digit");
            }
            values.put(name, r.number(inputs, name, "inputs.", inputLine(toml, name)));
        }
        return values;
    }

    private static int inputLine(TomlTable toml, String name) {
        int tableLine = TomlReader.line(toml, "inputs", 1);
        return toml.get(List.of("inputs")) instanceof TomlTable t ? TomlReader.line(t, name, tableLine) : tableLine;
    }

    /**
     * The derivative conventions at kinks: {@code conventions = "libraries" | "documents"} as a network file
     * has it (default libraries: ReLU'(0) = 0, a tie in max to the first), then {@code relu_at_zero = 0 | 1}
     * and {@code max_tie = "first" | "split_evenly"}, each overriding its half of the named set.
     */
    static Conventions conventions(TomlReader r, TomlTable toml) {
        Conventions named = choice(r, toml, "conventions", "libraries", List.of("libraries", "documents"))
                .equals("documents") ? Conventions.DOCUMENTS : Conventions.LIBRARIES;
        Conventions.ReluAtZero relu = named.reluAtZero();
        if (TomlReader.has(toml, "relu_at_zero")) {
            Object v = TomlReader.get(toml, "relu_at_zero");
            if (!(v instanceof Long l) || (l != 0 && l != 1)) {
                throw r.error(TomlReader.line(toml, "relu_at_zero", 1), "relu_at_zero must be 0 or 1, is "
                        + TomlReader.describe(v));
            }
            relu = l == 1 ? Conventions.ReluAtZero.ONE : Conventions.ReluAtZero.ZERO;
        }
        String tie = choice(r, toml, "max_tie", named.maxTie() == Conventions.MaxTie.FIRST ? "first" : "split_evenly",
                List.of("first", "split_evenly"));
        return new Conventions(relu, tie.equals("first") ? Conventions.MaxTie.FIRST : Conventions.MaxTie.SPLIT_EVENLY);
    }

    private static String choice(TomlReader r, TomlTable toml, String key, String otherwise, List<String> known) {
        String v = r.optionalString(toml, key, "", otherwise);
        if (!known.contains(v)) {
            throw r.error(TomlReader.line(toml, key, 1), "unknown " + key + " '" + Keys.printable(v) + "'; known: "
                    + String.join(", ", known));
        }
        return v;
    }

    private static List<String> parameters(TomlReader r, TomlTable toml, Map<String, Double> values) {
        if (!TomlReader.has(toml, "parameters")) {
            return List.of();
        }
        int line = TomlReader.line(toml, "parameters", 1);
        if (!(TomlReader.get(toml, "parameters") instanceof TomlArray a)) {
            throw r.error(line, "parameters must be a list of names");
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String s) || !values.containsKey(s)) {
                throw r.error(line, "parameters[" + (i + 1) + "] " + TomlReader.describe(a.get(i))
                        + " is not a name in [inputs]");
            }
            parameters.add(s);
        }
        return parameters;
    }
}

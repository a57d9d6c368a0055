package backprop.examples.scenariofile.expression;

import backprop.core.graph.Conventions;
import backprop.core.graph.Graph;
import backprop.core.graph.Kinks;
import backprop.core.graph.Node;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.exam.ExamVariant;
import backprop.examples.scenariofile.parser.ExpressionParser;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.QuantityScope;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exam variant that is an expression over named inputs: its value and ∂f/∂(each input). */
public final class ExpressionExam extends ExamVariant {
    private final String expression;
    private final Map<String, Double> values;
    private final List<String> parameters;
    private final Conventions conventions;

    ExpressionExam(String fileName, String stem, String title, String expression, Map<String, Double> values,
                   List<String> parameters, Conventions conventions) {
        super(fileName, stem, title);
        this.expression = expression;
        this.values = new LinkedHashMap<>(values);
        this.parameters = List.copyOf(parameters);
        this.conventions = conventions;
    }

    /** The names its printed values may use: f, the inputs, and every node by its label, in its graph. */
    public QuantityScope scope() {
        return new QuantityScope(new int[0], new int[0], 0, 0, new java.util.LinkedHashSet<>(values.keySet()), Map.of(),
                build().output());
    }

    /** Its printed values, f and ∂f/∂(input), computed under the file's conventions and the catalogue's. */
    public PrintedEvaluator printing() {
        return new ExpressionPrinting(expression, values, conventions);
    }

    /**
     * The expression's graph under the file's conventions, with one leaf per input: its output, named nodes,
     * used names and columns.
     */
    ExpressionParser.Result build() {
        Graph g = new Graph(conventions);
        Map<String, Node> leaves = leaves(g);
        return ExpressionParser.parse(expression, g, leaves::get);
    }

    private Map<String, Node> leaves(Graph g) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        values.forEach((name, v) -> leaves.put(name, parameters.contains(name) ? g.parameter(name, v) : g.input(name, v)));
        return leaves;
    }

    /**
     * The expression in LaTeX, rebuilt token by token so that nothing of the file's text reaches the maths
     * unescaped: each name as {@code \\mathrm{…}} through {@link LatexName#escape}, {@code *} as {@code \\cdot},
     * every run of white space (line breaks included) as one space, numbers and {@code + - / ^ ( ) ,} as they
     * are, anything else escaped too.
     */
    @Override
    public String formula() {
        StringBuilder tex = new StringBuilder("f = ");
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                i = name(i, tex);
            } else if (isSpace(c)) {
                i = space(i, tex);
            } else if (c == '^') {
                // The exponent is a signed number (the grammar's power rule): braced, so x^10 is x¹⁰, not x¹0.
                i = exponent(i + 1, tex);
            } else {
                // digits and + - / ( ) . , come through LatexName.escape as they are
                tex.append(c == '*' ? " \\cdot " : LatexName.escape(String.valueOf(c)));
                i++;
            }
        }
        return tex.toString();
    }

    /** Appends {@code \\mathrm{…}} for the name that starts at {@code from}; returns the index after it. */
    private int name(int from, StringBuilder tex) {
        int i = from;
        while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                || expression.charAt(i) == '_')) {
            i++;
        }
        tex.append("\\mathrm{").append(LatexName.escape(expression.substring(from, i))).append('}');
        return i;
    }

    /** Appends one space for the run of white space (line breaks included) at {@code from}; returns the index after it. */
    private int space(int from, StringBuilder tex) {
        int i = from;
        while (i < expression.length() && isSpace(expression.charAt(i))) {
            i++;
        }
        tex.append(' ');
        return i;
    }

    /** White space as the parser skips it: a no-break space is not, so it never reaches a formula. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c);
    }

    /**
     * Appends ^{exponent} for the signed number that starts at {@code from}; returns the index after it. A sign
     * after the first character is an exponent's only after e or E; the first is '-' or a digit.
     */
    private int exponent(int from, StringBuilder tex) {
        int i = from;
        while (i < expression.length() && Character.isWhitespace(expression.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < expression.length() && expression.charAt(i) == '-') {
            i++;
        }
        while (i < expression.length() && (Character.isDigit(expression.charAt(i)) || ".eE".indexOf(expression.charAt(i)) >= 0
                || ("+-".indexOf(expression.charAt(i)) >= 0
                && "eE".indexOf(expression.charAt(i - 1)) >= 0))) {
            i++;
        }
        tex.append("^{").append(LatexName.escape(expression.substring(start, i))).append('}');
        return i;
    }

    @Override
    public List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        values.forEach((name, v) -> inputs.add(new Input(name, Precision.shortest(v), Provenance.STATED,
                fromFile() + (parameters.contains(name) ? " (a parameter)" : ""))));
        // The nodes whose formula is too long for a label, named u1, u2, … as the graph below shows them.
        for (String definition : build().definitions()) {
            int eq = definition.indexOf(" = ");
            inputs.add(new Input(definition.substring(0, eq), definition.substring(eq + 3), Provenance.STATED,
                    "a node of the expression, named for short"));
        }
        return inputs;
    }

    /**
     * Every node between the inputs and f, in the order the forward pass computes it: its value and ∂f/∂node, as
     * {@code node3} and {@code df_dnode3} (the node's index: stable, whatever its label), so that each forward value
     * and each gradient of the trace has a CSV row too; at a kink, with its one-sided range.
     */
    private void intermediates(ScenarioResult r, Graph g, Node f, Map<Node, Kinks.Interval> oneSided) {
        for (Node n : g.nodes()) {
            if (n.primitive().isLeaf() || n == f) {
                continue;
            }
            String gradient = id() + ".df_dnode" + n.index();
            r.derived(id() + ".node" + n.index(), n.label(), new Source.NodeValue(n))
                    .derived(gradient, "∂f/∂(" + n.label() + ")", n.gradient(), new Source.NodeGradient(f, n));
            Kinks.Interval range = oneSided.get(n);
            if (range != null && !range.isPoint()) {
                r.kink(gradient, range);
            }
        }
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph(conventions);
        Map<String, Node> leaves = leaves(g);
        Node f = ExpressionParser.parse(expression, g, leaves::get).output();
        GraphWork work = GraphWork.of("f = " + expression, f, leaves.values().toArray(new Node[0]));
        ScenarioResult r = new ScenarioResult().derived(id() + ".f", "f", new Source.NodeValue(f));
        leaves.forEach((name, node) -> r.derived(id() + ".df_d" + name, "∂f/∂" + name, node.gradient(),
                new Source.NodeGradient(f, node)));
        Map<Node, Kinks.Interval> oneSided = Kinks.gradients(f);
        intermediates(r, g, f, oneSided);
        leaves.forEach((name, node) -> {
            Kinks.Interval range = oneSided.get(node);
            if (range != null && !range.isPoint()) {
                r.kink(id() + ".df_d" + name, range);
            }
        });
        return r.graph(work);
    }
}

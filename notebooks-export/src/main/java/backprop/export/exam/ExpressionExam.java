package backprop.export.exam;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.GraphWork;
import backprop.examples.Input;
import backprop.examples.Provenance;
import backprop.examples.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exam variant that is an expression over named inputs: its value and ∂f/∂(each input). */
final class ExpressionExam extends ExamVariant {
    private final String expression;
    private final Map<String, Double> values;
    private final List<String> parameters;

    ExpressionExam(String fileName, String stem, String title, String expression, Map<String, Double> values,
                   List<String> parameters) {
        super(fileName, stem, title);
        this.expression = expression;
        this.values = new LinkedHashMap<>(values);
        this.parameters = List.copyOf(parameters);
    }

    /** The expression's graph, with one leaf per input: its output, named nodes, used names and columns. */
    ExpressionParser.Result build(Graph g) {
        Map<String, Node> leaves = leaves(g);
        return ExpressionParser.parse(expression, g, leaves::get);
    }

    private Map<String, Node> leaves(Graph g) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        values.forEach((name, v) -> leaves.put(name, parameters.contains(name) ? g.parameter(name, v) : g.input(name, v)));
        return leaves;
    }

    @Override
    public String formula() {
        return "f = " + expression.replace("*", " \\cdot ");
    }

    @Override
    public List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        values.forEach((name, v) -> inputs.add(new Input(name, Double.toString(v), Provenance.STATED,
                fromFile() + (parameters.contains(name) ? " (a parameter)" : ""))));
        // The nodes whose formula is too long for a label, named u1, u2, … as the graph below shows them.
        for (String definition : build(new Graph()).definitions()) {
            int eq = definition.indexOf(" = ");
            inputs.add(new Input(definition.substring(0, eq), definition.substring(eq + 3), Provenance.STATED,
                    "a node of the expression, named for short"));
        }
        return inputs;
    }

    @Override
    public ScenarioResult compute() {
        Graph g = new Graph();
        Map<String, Node> leaves = leaves(g);
        Node f = ExpressionParser.parse(expression, g, leaves::get).output();
        GraphWork work = GraphWork.of("f = " + expression, f, leaves.values().toArray(new Node[0]));
        ScenarioResult r = new ScenarioResult().derived(id() + ".f", "f", f.value());
        leaves.forEach((name, node) -> r.derived(id() + ".df_d" + name, "∂f/∂" + name, node.gradient()));
        return r.graph(work);
    }
}

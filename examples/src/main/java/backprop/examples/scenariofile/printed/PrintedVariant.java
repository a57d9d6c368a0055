package backprop.examples.scenariofile.printed;

import backprop.core.catalogue.Explained;
import backprop.core.catalogue.Explanation;
import backprop.core.catalogue.Variation;
import backprop.core.graph.Graph;
import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.Input;
import backprop.examples.PrintedExpression;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.scenariofile.parser.ExpressionParser;
import backprop.examples.work.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An exam variant with the numbers its source prints ({@code [[published]]}), each classified by computation
 * with the documents' four statuses: REPRODUCED when the stated method gives it at its printed precision; else
 * REPRODUCED_WITH_DOCUMENT_ROUNDING when rounding the intermediates as the file prints them does; else
 * DOCUMENT_METHOD_DIFFERS when a catalogued variation (or a pair) does, in the catalogue's words; else ERRATUM.
 * The search runs once, the first time the scenario is computed.
 */
public final class PrintedVariant implements Scenario {
    private final Scenario variant;
    private final List<PrintedEntry> entries;
    private final Map<String, String> names;
    private final PrintedEvaluator evaluator;
    private List<Explained> explained;

    public PrintedVariant(Scenario variant, List<PrintedEntry> entries, Map<String, String> names,
                          PrintedEvaluator evaluator) {
        this.variant = variant;
        this.entries = List.copyOf(entries);
        this.names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        this.evaluator = evaluator;
    }

    @Override
    public String id() {
        return variant.id();
    }

    @Override
    public Document document() {
        return null;
    }

    @Override
    public String title() {
        return variant.title();
    }

    @Override
    public String section() {
        return variant.section();
    }

    @Override
    public String formula() {
        return variant.formula();
    }

    /** The file's inputs, then each source name of [names] beside the name of ours it stands for. */
    @Override
    public List<Input> inputs() {
        List<Input> inputs = new ArrayList<>(variant.inputs());
        names.forEach((theirs, ours) -> inputs.add(new Input(theirs, ours, Provenance.STATED,
                "the source's name for " + ours + ", from [names]")));
        return inputs;
    }

    @Override
    public List<PublishedValue> published() {
        List<Explained> found = explained();
        List<PublishedValue> values = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PrintedEntry e = entries.get(i);
            Status computed = status(found.get(i));
            values.add(new PublishedValue(valueId(e), null, e.where(), e.shown(), e.printed(), e.expression(),
                    e.expected() == null ? computed : e.expected(), reason(found.get(i))));
        }
        return values;
    }

    @Override
    public List<PrintedExpression> expressions() {
        List<PrintedExpression> out = new ArrayList<>();
        for (PrintedEntry e : entries) {
            if (!e.expression().isEmpty()) {
                double asPrinted = evaluate(e.expression());
                boolean consistent = Math.abs(asPrinted - PublishedValue.decimal(e.printed()).doubleValue())
                        <= PublishedValue.halfUnit(e.printed()) * (1 + 1e-12);
                out.add(new PrintedExpression(valueId(e), e.expression(), () -> asPrinted, consistent, consistent
                        ? "evaluated with the printed numbers, it comes to the printed value"
                        : "evaluated with the printed numbers, it does not come to " + e.printed()));
            }
        }
        return out;
    }

    /** The variant's own result, with the computation of every printed value by the method that explains it. */
    @Override
    public ScenarioResult compute() {
        ScenarioResult r = variant.compute();
        List<Explained> found = explained();
        Map<String, Source> sources = r.sources();
        for (int i = 0; i < entries.size(); i++) {
            Computed computed = computed(entries.get(i), found.get(i));
            Source source = sameAs(entries.get(i).quantity()).stream().map(sources::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (source == null) {
                r.value(valueId(entries.get(i)), computed);
            } else {
                r.value(valueId(entries.get(i)), computed, source);
            }
        }
        return r;
    }

    /**
     * The ids under which the variant itself records the quantity a printed entry names (its source, if it has
     * one, is the entry's): a z or a of the first forward pass, a gradient of the first backward pass, a parameter
     * after the first update, f, ∂f/∂input, a node or ∂f/∂node of an expression. A bias shared by its layer is named
     * without its index (its only index is 1, so the second name is recorded only for it).
     */
    private List<String> sameAs(PrintedQuantity q) {
        String p = variant.id() + ".";
        if (q instanceof PrintedQuantity.Node n && n.kind() != PrintedQuantity.Kind.DELTA) {
            return List.of(p + n.kind().name().toLowerCase(Locale.ROOT) + n.layer() + "_" + n.index());
        }
        if (q instanceof PrintedQuantity.WeightGradient w) {
            return List.of(p + "dL_dW" + w.layer() + "[" + w.row() + "," + w.column() + "]");
        }
        if (q instanceof PrintedQuantity.BiasGradient b) {
            return List.of(p + "dL_db" + b.layer() + "[" + b.index() + "]", p + "dL_db" + b.layer());
        }
        if (q instanceof PrintedQuantity.WeightAfter w && w.updates() == 1) {
            return List.of(p + "W" + w.layer() + "[" + w.row() + "," + w.column() + "]_new");
        }
        if (q instanceof PrintedQuantity.BiasAfter b && b.updates() == 1) {
            return List.of(p + "b" + b.layer() + "[" + b.index() + "]_new", p + "b" + b.layer() + "_new");
        }
        return expressionSameAs(p, q);
    }

    /**
     * An expression's ids: f, ∂f/∂input, a node ({@code node3}: the graph's index) and ∂f/∂node; none for another
     * derivative of one node by another (a local gradient such as ∂q/∂x, or ∂f/∂f: f's gradient has no row).
     */
    private static List<String> expressionSameAs(String p, PrintedQuantity q) {
        if (q instanceof PrintedQuantity.ExpressionValue) {
            return List.of(p + "f");
        }
        if (q instanceof PrintedQuantity.ExpressionDerivative d) {
            return List.of(p + "df_d" + d.input());
        }
        if (q instanceof PrintedQuantity.ExpressionNode n) {
            return List.of(p + "node" + n.index());
        }
        if (q instanceof PrintedQuantity.NodeDerivative d && d.of().label().equals(PrintedQuantity.ExpressionNode.F)) {
            return List.of(p + "df_dnode" + d.by().index());
        }
        return List.of();
    }

    private String valueId(PrintedEntry e) {
        return id() + ".printed" + e.number();
    }

    private List<Explained> explained() {
        if (explained == null) {
            IntermediateRounding printed = rounding(entries);
            List<Variation> variations = evaluator.variations(printed);
            List<Explained> found = new ArrayList<>();
            for (PrintedEntry e : entries) {
                found.add(Explanation.explain(evaluator.stated(), variations,
                        m -> evaluator.value(e.quantity(), m), PublishedValue.decimal(e.printed()).doubleValue(),
                        PublishedValue.halfUnit(e.printed()) * (1 + 1e-12)));
            }
            explained = List.copyOf(found);
        }
        return explained;
    }

    /**
     * The intermediates rounded as the file prints them: each printed z, a or δ of a network rounds that
     * intermediate to its printed decimals, as {@link backprop.examples.published.PrintedRounding} rebuilds a
     * document's, except that an intermediate a file prints twice takes its last print's decimals where a
     * document's reviewed list is refused (a file's entries are the instructor's, each already placed at its line).
     */
    private static IntermediateRounding rounding(List<PrintedEntry> entries) {
        IntermediateRounding rounding = IntermediateRounding.NONE;
        for (PrintedEntry e : entries) {
            if (e.quantity() instanceof PrintedQuantity.Node n) {
                Intermediate.Kind kind = Intermediate.Kind.valueOf(n.kind().name());
                rounding = rounding.with(new Intermediate(kind, n.layer(), n.index()),
                        PublishedValue.decimals(e.printed()));
            }
        }
        return rounding;
    }

    private Computed computed(PrintedEntry e, Explained x) {
        return switch (x.kind()) {
            case STATED, NONE -> Computed.exact(x.value());
            case ROUNDING -> Computed.rounded(evaluator.value(e.quantity(), evaluator.stated()), x.value());
            case METHOD -> Computed.method(evaluator.value(e.quantity(), evaluator.stated()), x.value());
        };
    }

    private static Status status(Explained x) {
        return switch (x.kind()) {
            case STATED -> Status.REPRODUCED;
            case ROUNDING -> Status.REPRODUCED_WITH_DOCUMENT_ROUNDING;
            case METHOD -> Status.DOCUMENT_METHOD_DIFFERS;
            case NONE -> Status.ERRATUM;
        };
    }

    private String reason(Explained x) {
        return switch (x.kind()) {
            case STATED -> "the file's stated method gives it at its printed precision";
            case ROUNDING, METHOD -> Explanation.note(x, evaluator.stated());
            case NONE -> "no catalogued method reproduces the print (the stated method, each single and each pair"
                    + " of variations tried)";
        };
    }

    /** A printed expression's value with its printed numbers (it names no input: only numbers and functions). */
    static double evaluate(String expression) {
        Graph g = new Graph();
        return ExpressionParser.parse(expression, g, name -> null).output().value();
    }
}

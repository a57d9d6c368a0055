package backprop.examples.doc004;

import backprop.core.catalogue.MethodRun;
import backprop.core.method.Method;
import backprop.examples.Computed;
import backprop.examples.PublishedValue;
import backprop.examples.ScenarioResult;
import backprop.examples.work.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Records each printed value of a 004 scenario the catalogue's way: the document's value is a quantity of a
 * {@link MethodRun} under {@link DocumentMethod#document()}, and the catalogue's search names the variations that
 * reproduce the print. Whether the document's value is "with document rounding" or "by the document's method" is
 * itself computed: rounding when the stated method with 004's printed rounding alone gives the same number.
 * Mutable: it adds to the scenario's result.
 */
final class DocumentWay {
    private final ScenarioResult result;
    private final Map<String, PublishedValue> printed = new HashMap<>();
    private final double b1;
    private final double b2;
    private final MethodRun document;
    private final MethodRun roundedOnly;

    /** 004's network with biases b1, b2; {@code published} the scenario's printed values. Not modified. */
    DocumentWay(ScenarioResult result, List<PublishedValue> published, double b1, double b2) {
        this.result = result;
        this.b1 = b1;
        this.b2 = b2;
        published.forEach(v -> printed.put(v.id(), v));
        this.document = DocumentMethod.run(b1, b2, DocumentMethod.document());
        this.roundedOnly = DocumentMethod.run(b1, b2, roundedOnlyMethod());
    }

    /** ŷ of the run's first forward pass, as a vector. */
    static double[] output(MethodRun run) {
        return new double[] {run.a(1, 2, 1), run.a(1, 2, 2)};
    }

    /** Records {@code id}: its exact value and {@code quantity} of 004's run; returns the document's value. */
    double value(String id, double exact, ToDoubleFunction<MethodRun> quantity) {
        return valueUnder(id, exact, (run, method) -> quantity.applyAsDouble(run));
    }

    /** As {@link #value}, for a value that is the engine quantity {@code source}: its exact value is the source's. */
    double value(String id, Source source, ToDoubleFunction<MethodRun> quantity) {
        return valueUnder(id, source, (run, method) -> quantity.applyAsDouble(run));
    }

    /** As {@link #value}, for a quantity that also reads the method (∂L/∂ŷ follows the method's loss). */
    double valueUnder(String id, double exact, ToDoubleBiFunction<MethodRun, Method> quantity) {
        Computed computed = computed(exact, quantity);
        handWritten(id, computed, quantity);
        return document(computed);
    }

    /** As {@link #valueUnder(String, double, ToDoubleBiFunction)}, for the engine quantity {@code source}. */
    double valueUnder(String id, Source source, ToDoubleBiFunction<MethodRun, Method> quantity) {
        Computed computed = computed(source.value(), quantity);
        handWritten(id, computed, source, quantity);
        return document(computed);
    }

    /** 004's value of a {@link #computed} value: the rounded one or the document method's, whichever it has. */
    private static double document(Computed computed) {
        return computed.documentRounding() != null ? computed.documentRounding() : computed.documentMethod();
    }

    /** The exact value with 004's: "rounded" when rounding alone gives it, else the document's own method. */
    private Computed computed(double exact, ToDoubleBiFunction<MethodRun, Method> quantity) {
        double documentValue = quantity.applyAsDouble(document, DocumentMethod.document());
        double rounded = quantity.applyAsDouble(roundedOnly, roundedOnlyMethod());
        return rounded == documentValue ? Computed.rounded(exact, documentValue) : Computed.method(exact, documentValue);
    }

    /**
     * Records {@code id} with a value the catalogue cannot form (the caller says why), and the catalogue's
     * explanation of its print through {@code quantity}.
     */
    void handWritten(String id, Computed computed, ToDoubleBiFunction<MethodRun, Method> quantity) {
        result.value(id, computed);
        explain(id, quantity);
    }

    /** As {@link #handWritten(String, Computed, ToDoubleBiFunction)}, for a value that is the engine quantity {@code source}. */
    void handWritten(String id, Computed computed, Source source, ToDoubleBiFunction<MethodRun, Method> quantity) {
        result.value(id, computed, source);
        explain(id, quantity);
    }

    private void explain(String id, ToDoubleBiFunction<MethodRun, Method> quantity) {
        PublishedValue v = printed.get(id);
        if (v == null) {
            throw new IllegalArgumentException("DocumentWay: " + id + " is not among the scenario's printed values");
        }
        DocumentMethod.explain(v, b1, b2, quantity).ifPresent(words -> result.explanation(id, words));
    }

    private static Method roundedOnlyMethod() {
        return DocumentMethod.stated().withRounding(DocumentMethod.printedRounding());
    }
}

package backprop.examples;

import java.util.List;

/**
 * One worked example of a document: its inputs, the values it prints, and how we compute them. A
 * scenario's source carries the document's formula and section above the code that computes it.
 */
public interface Scenario {

    /** Stable identifier, e.g. "004.example1". */
    String id();

    /** The document it comes from; null for an instructor's exam variant read from a scenario file. */
    Document document();

    /** A short title in the document's words. */
    String title();

    /** The heading the scenario appears under, verbatim. */
    String section();

    /** The main formula, in LaTeX. */
    String formula();

    List<Input> inputs();

    /** Every value the document prints for this scenario, in the order printed. */
    List<PublishedValue> published();

    /** Expressions printed beside values, checked as printed. */
    default List<PrintedExpression> expressions() {
        return List.of();
    }

    /** Computes every published value (exactly, and the document's way) and the derived quantities. */
    ScenarioResult compute();
}

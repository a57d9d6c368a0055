package backprop.export.model;

import backprop.examples.Computed;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;
import backprop.examples.published.Classification;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario with its computed result and the classification of each printed value, computed once and
 * shared by the answer key, the CSV and the notebooks.
 */
public record Worked(Scenario scenario, ScenarioResult result, List<Row> rows) {

    public Worked {
        rows = List.copyOf(rows);
    }

    /** One printed value: what was printed, what we compute, and how they relate. */
    public record Row(PublishedValue value, Computed computed, Status status) {

        /** The value of the derivation that matched the printed one (the exact value for an erratum). */
        public double matching() {
            return switch (status) {
                case REPRODUCED_WITH_DOCUMENT_ROUNDING -> computed.documentRounding();
                case DOCUMENT_METHOD_DIFFERS -> computed.documentMethod();
                default -> computed.exact();
            };
        }
    }

    /**
     * The note on printed value {@code r}: its reviewed reason and, where the catalogue of methods explains a
     * print the stated method does not reproduce, the catalogue's words for it.
     */
    public String note(Row r) {
        String words = result.explanation(r.value().id());
        return words.isEmpty() || r.status() == Status.REPRODUCED ? r.value().reason()
                : r.value().reason() + "; catalogue: " + words;
    }

    /** Runs the scenario and classifies every printed value by computation. */
    public static Worked of(Scenario scenario) {
        ScenarioResult result = scenario.compute();
        List<Row> rows = new ArrayList<>();
        for (PublishedValue v : scenario.published()) {
            Computed c = result.computed(v.id());
            rows.add(new Row(v, c, Classification.classify(v, c)));
        }
        return new Worked(scenario, result, rows);
    }

    /** Works every scenario of a chapter, in order. */
    public static List<Worked> of(Chapter chapter) {
        return chapter.scenarios().stream().map(Worked::of).toList();
    }
}

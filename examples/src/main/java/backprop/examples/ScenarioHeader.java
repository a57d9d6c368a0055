package backprop.examples;

/**
 * What names a scenario of a document, written once per scenario: its id, its document, its title, the
 * heading it appears under and its main formula. {@link DocumentScenario} answers {@link Scenario}'s
 * accessors from it, so no scenario repeats them as one-line overrides.
 *
 * @param id       stable identifier, e.g. "004.w212"; the prefix of its published values' ids
 * @param document the document it comes from
 * @param title    a short title in the document's words
 * @param section  the heading the scenario appears under, verbatim
 * @param formula  the main formula, in LaTeX
 */
public record ScenarioHeader(String id, Document document, String title, String section, String formula) {

    public ScenarioHeader {
        if (document == null) {
            throw new IllegalArgumentException("ScenarioHeader " + id + ": no document");
        }
        requireText(id, "id", id);
        requireText(id, "title", title);
        requireText(id, "section", section);
        requireText(id, "formula", formula);
    }

    /** The id of one published or derived value of this scenario: {@code "004.w212" + "." + name}. */
    public String valueId(String name) {
        return id + "." + name;
    }

    /** The id of entry {@code i} (from 0) of a printed vector, numbered from 1 as the documents do: "004.w212.a1_1". */
    public String entryId(String vector, int i) {
        return valueId(vector + "_" + (i + 1));
    }

    private static void requireText(String id, String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("ScenarioHeader " + id + ": the " + what + " is blank");
        }
    }
}

package backprop.export.model;

import backprop.examples.catalogue.Catalogue;
import backprop.examples.format.Precision;
import backprop.examples.Document;
import backprop.examples.Scenario;
import backprop.examples.scenariofile.ScenarioFile;

import java.util.List;

/**
 * What one answer key and one notebook pair are written for: a document with its scenarios, or an exam
 * variant read from a scenario file.
 *
 * @param fileStem  the base name of the chapter's files, e.g. "004" or "variant-exam1"
 * @param heading   the title line, e.g. "004 — One Fourth Labs, “Backpropagation (Light Math)”"
 * @param source    where it comes from, e.g. "shared/seeds/004_2cd8fe6da2b2ec30.txt"
 * @param scenarios the scenarios, in the order to present them
 * @param precision how computed numbers are printed
 * @param variantText the scenario file's text for an exam variant, or null for a document: the notebooks no longer
 *                    embed it (issue 20) and read only whether it is there (a variant's printed values and file
 *                    name stay with the instructor)
 */
public record Chapter(String fileStem, String heading, String source, List<Scenario> scenarios, Precision precision,
                      String variantText) {

    public Chapter {
        if (fileStem == null || !fileStem.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("Chapter: file stem '" + fileStem
                    + "' must be letters, digits, '.', '_' or '-'");
        }
        scenarios = List.copyOf(scenarios);
    }

    /** The chapter of one of the five documents, with the catalogue's scenarios. */
    public static Chapter of(Document d) {
        return new Chapter(d.number(), d.number() + " — " + d.author() + ", “" + d.title() + "”",
                "shared/seeds/" + d.fileName(), Catalogue.of(d), Precision.DOCUMENTS, null);
    }

    /** The chapter of an exam variant: the scenario file's one scenario, its files named "variant-" + its id. */
    public static Chapter of(ScenarioFile f) {
        return new Chapter("variant-" + f.id(), "Exam variant — " + f.title(), f.fileName(), List.of(f.scenario()),
                f.precision(), f.text());
    }

    /** The five documents' chapters, in order. */
    public static List<Chapter> documents() {
        return List.of(Document.values()).stream().map(Chapter::of).toList();
    }
}

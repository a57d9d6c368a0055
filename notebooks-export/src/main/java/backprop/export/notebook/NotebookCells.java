package backprop.export.notebook;

// tag::imports[]
import backprop.examples.catalogue.Catalogue;
import backprop.examples.Derived;
import backprop.examples.Scenario;
import backprop.examples.ScenarioResult;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.runtime.Given;
import backprop.export.runtime.Grade;
import backprop.export.runtime.Slip;
import java.util.Map;
import java.util.TreeMap;
// end::imports[]

/**
 * The source of the notebooks' code cells. Each region between {@code // tag::name[]} and
 * {@code // end::name[]} becomes a cell, so every line a notebook runs is compiled and tested here first;
 * the lines between {@code // BEGIN SOLUTION} and {@code // END SOLUTION} are what a student writes
 * (nbgrader's convention) and are removed from the student notebook.
 *
 * <p>A cell may use the variables an earlier cell declared: {@code scenario} is declared by the
 * notebook (generated from the catalogue, or from an exam variant's file) before {@code solve}.
 */
public final class NotebookCells {
    private NotebookCells() {
    }

    /** The answers of one scenario, by published-value id or derived name: the body of the solution cell. */
    public static Map<String, Double> solve(Scenario scenario) {
        // tag::solve[]
        Map<String, Double> answers = new TreeMap<>();
        // BEGIN SOLUTION
        ScenarioResult result = scenario.compute();
        result.values().forEach((id, computed) -> answers.put(id, computed.exact()));
        for (Derived d : result.derived()) {
            answers.put(d.name(), d.value());
        }
        // END SOLUTION
        // end::solve[]
        return answers;
    }

    /** Prints every answer as "id = value": the lines CI compares with answer-key.csv. */
    public static void show(Map<String, Double> answers) {
        // tag::show[]
        answers.forEach((id, value) -> System.out.println(id + " = " + value));
        // end::show[]
    }

    /** The declaration of {@code scenario} in a document's notebook. */
    public static Scenario fromCatalogue(String scenarioId) {
        // tag::catalogue[]
        Scenario scenario = Catalogue.scenario(scenarioId);
        // end::catalogue[]
        return scenario;
    }

    /** The declaration of {@code scenario} in an exam variant's notebook, from the file's text. */
    public static Scenario fromVariant(String variantName, String variantText) {
        // tag::variant[]
        Scenario scenario = ExamFile.read(variantName, variantText).scenario();
        // end::variant[]
        return scenario;
    }
}

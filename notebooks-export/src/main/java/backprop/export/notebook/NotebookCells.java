package backprop.export.notebook;

// tag::imports[]
import backprop.export.runtime.Given;
import backprop.export.runtime.Grade;
import java.util.Map;
import java.util.TreeMap;
// end::imports[]

/**
 * The source of the notebooks' fixed code cells. Each region between {@code // tag::name[]} and
 * {@code // end::name[]} becomes a cell, so every line a notebook runs is compiled here first. The imports are
 * the notebook runtime and the JDK only: a notebook runs with {@code workbook-runtime.jar} alone on its class
 * path, which holds no step of the engine (issue 20), so no cell may need anything else.
 */
public final class NotebookCells {
    private NotebookCells() {
    }

    /** Prints every answer as "id = value": the lines CI compares with answer-key.csv. */
    public static void show(Map<String, Double> answers) {
        // tag::show[]
        answers.forEach((id, value) -> System.out.println(id + " = " + value));
        // end::show[]
    }

}

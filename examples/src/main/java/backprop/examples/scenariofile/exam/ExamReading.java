package backprop.examples.scenariofile.exam;

import backprop.examples.Scenario;
import backprop.examples.scenariofile.toml.ScenarioFileException;

import java.util.function.Function;

/**
 * A scenario read from its file, and how to report an error raised while computing it (at the line of the
 * expression, of the layer the error names, or of [training]): what each kind's reader hands back to the entry
 * point, {@code ExamFile}, which computes the scenario once and reports a failure through {@code place}.
 *
 * @param text the file's text as a notebook reads it again, with no folder: null for the text itself; for a
 *             data set in a CSV file, the text with the CSV's rows written in as {@code table = …}
 */
public record ExamReading(Scenario scenario, Function<RuntimeException, ScenarioFileException> place, String text) {
    public ExamReading(Scenario scenario, Function<RuntimeException, ScenarioFileException> place) {
        this(scenario, place, null);
    }
}

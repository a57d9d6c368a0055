package backprop.examples.scenariofile.dataset;

import backprop.core.network.Example;
import backprop.examples.scenariofile.toml.ScenarioFileException;

import java.util.List;

/**
 * The examples of a network file, in the order given, with where each was written, so that a problem found later
 * (a target outside the loss's domain) is reported at its example: a line of the scenario file, or a row of the CSV
 * file beside it.
 *
 * @param examples the examples, at least one, at most
 *                 {@link backprop.examples.scenariofile.toml.Limits#MAX_EXAMPLES}
 * @param places   where example m (index m − 1) was written
 * @param csvText  for a data set read from a CSV file, the lines that write it into the scenario file's text
 *                 ({@code table = …}), for a notebook that reads the text again without a folder; else null
 * @param csvLine  the line of {@code csv = …} that {@code csvText} replaces (0 when there is none)
 */
public record DataSet(List<Example> examples, List<Place> places, String csvText, int csvLine) {

    /**
     * Where one example was written.
     *
     * @param file the file errors name: the scenario file as given, or its CSV file beside it
     * @param line the line in that file
     * @param what how a message names the example's target: {@code example.y}, {@code example 2: y},
     *             {@code data.table row 3: y}, {@code row 3: y}
     */
    record Place(String file, int line, String what) {
    }

    public DataSet {
        examples = List.copyOf(examples);
        places = List.copyOf(places);
    }

    /** A problem with example m (1-based), at the line that wrote it. */
    public ScenarioFileException error(int m, String problem) {
        Place p = places.get(m - 1);
        return new ScenarioFileException(p.file(), p.line(), problem);
    }

    /** How a message names example m's target, e.g. {@code data.table row 3: y}. */
    public String target(int m) {
        return places.get(m - 1).what();
    }

    public int size() {
        return examples.size();
    }

    /** The text a notebook reads again: {@code text} itself, or with {@code csv = …} replaced by the rows. */
    public String selfContained(String text) {
        if (csvText == null) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        lines[csvLine - 1] = csvText;
        return String.join("\n", lines);
    }
}

package backprop.examples.scenariofile;

import backprop.examples.Scenario;
import backprop.examples.format.Precision;

/**
 * An instructor's scenario file as read: validated, its scenario computed once. It is the reader's own result,
 * below any renderer, so that {@code verification} checks it as it checks a document's scenario and the answer
 * key builds its chapter from it.
 *
 * @param id        the id that names the output files: given in the file, or its name without {@code .toml}
 * @param idLine    the line that gave the id (1 when the file name did), for an error about it
 * @param fileName  the file's name alone, never a folder that varies between machines
 * @param title     the one-line title
 * @param scenario  the scenario the file describes, already computed once
 * @param precision how its computed numbers are printed
 * @param text      the file's text without a byte-order mark (a notebook reads the scenario again from it); a data
 *                  set read from a CSV file is written into it as {@code table = …}, since the notebook has no folder
 * @param footprint what the file costs a run ({@link Footprint}), summed over a run's files
 */
public record ScenarioFile(String id, int idLine, String fileName, String title, Scenario scenario,
                           Precision precision, String text, Footprint footprint) {
}

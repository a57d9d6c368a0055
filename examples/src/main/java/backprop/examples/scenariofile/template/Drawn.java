package backprop.examples.scenariofile.template;

import backprop.examples.scenariofile.ScenarioFile;

import java.util.List;
import java.util.Map;

/**
 * One student's draw from a template: their scenario file and how it was reached.
 *
 * @param studentId  the student's id, as the roster gives it
 * @param file       their scenario file, read as any file (its id the template's, so every student's notebook has
 *                   the same cell and question ids)
 * @param text       its text: the template's with each drawn number replaced in place, under a first comment line
 *                   saying whose it is
 * @param values     each drawn entry's value as written into the text, by entry name, in the template's order
 * @param attempts   how many draws it took (1 when the first was kept)
 * @param rejections why each earlier draw was refused, "draw N: …", in order
 */
public record Drawn(String studentId, ScenarioFile file, String text, Map<String, String> values, int attempts,
                    List<String> rejections) {
    public Drawn {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        rejections = List.copyOf(rejections);
    }
}

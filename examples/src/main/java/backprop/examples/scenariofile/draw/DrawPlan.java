package backprop.examples.scenariofile.draw;

import java.util.List;

/**
 * What a template draws: its [template] settings and every drawn entry, in the order the [draw] table writes them
 * (a whole {@code W1} expanded row by row).
 */
public record DrawPlan(TemplateSettings settings, List<DrawnEntry> entries) {
    public DrawPlan {
        entries = List.copyOf(entries);
    }
}

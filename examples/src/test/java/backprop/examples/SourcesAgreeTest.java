package backprop.examples;

import backprop.core.graph.Kinks;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.scenariofile.ExamFile;
import backprop.examples.work.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every source a scenario names is the quantity the scenario recorded: the source's own entry has the recorded
 * exact value (within 1e-12 of max(1, |v|), the same number computed in another order), or, at a kink, the id has
 * its one-sided range recorded. A wrong index, layer or pass at a call site reads another entry and fails here.
 */
@DisplayName("Each answer's source holds the answer's value, in every document and every variant file")
class SourcesAgreeTest {

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> all = new ArrayList<>(Catalogue.scenarios());
        try (Stream<Path> files = Files.list(Path.of("../variants"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".toml")).sorted().toList()) {
                all.add(ExamFile.read(f).scenario());
            }
        }
        return all;
    }

    /** A gradient with no one value is at a kink of its node: the value must lie between the one-sided ones. */
    private static boolean atItsKink(Source source, double v) {
        if (!(source instanceof Source.NodeGradient g)) {
            return false;
        }
        Kinks.Interval range = Kinks.gradients(g.output()).get(g.node());
        return range != null && !range.isPoint() && range.lo() <= v && v <= range.hi();
    }

    @Test
    void everySource_holdsItsAnswersValue() throws IOException {
        Map<String, String> wrong = new TreeMap<>();
        int checked = 0;
        for (Scenario s : scenarios()) {
            ScenarioResult r = s.compute();
            Map<String, Double> values = new TreeMap<>();
            r.values().forEach((id, c) -> values.put(id, c.exact()));
            r.derived().forEach(d -> values.put(d.name(), d.value()));
            for (Map.Entry<String, Source> e : r.sources().entrySet()) {
                double v = values.get(e.getKey());
                double source = e.getValue().value();
                boolean agrees = Double.isNaN(source) ? atItsKink(e.getValue(), v)
                        : Math.abs(source - v) <= 1e-12 * Math.max(1, Math.abs(v));
                if (!agrees) {
                    wrong.put(e.getKey(), v + " but its source " + e.getValue().getClass().getSimpleName() + " holds " + source);
                }
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("sources checked").isGreaterThan(300);
    }
}

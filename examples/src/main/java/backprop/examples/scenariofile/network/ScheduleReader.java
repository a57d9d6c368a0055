package backprop.examples.scenariofile.network;

import backprop.core.method.BatchReduction;
import backprop.core.method.Schedule.Batching;
import backprop.examples.scenariofile.toml.Keys;
import backprop.examples.scenariofile.toml.TomlReader;
import org.tomlj.TomlTable;

import java.util.List;

/**
 * [training]'s {@code batching = "per_example" | "whole_batch"}, {@code batch_reduction = "mean" | "sum"} (whole
 * batch only: a per-example update has one example, nothing to add up or average) and {@code stop_below = ε}
 * (with epochs &gt; 0), each refused at its own line.
 */
final class ScheduleReader {
    private ScheduleReader() {
    }

    /**
     * How a file visits and combines its examples.
     *
     * @param batching  one update per example, in the order given, or one per pass over all of them
     * @param reduction with whole-batch updates, J = Σ_m L_m + λ‖ω‖² (and its gradient) summed, or the mean
     *                  (1/n) Σ_m L_m + λ‖ω‖²
     * @param stopBelow ε: stop training once J &lt; ε; 0 never stops early
     */
    record Visits(Batching batching, BatchReduction reduction, double stopBelow) {
        /** One update per example, the mean, no early stop: what a file gets without these keys. */
        static final Visits DEFAULT = new Visits(Batching.PER_EXAMPLE, BatchReduction.MEAN, 0.0);
    }

    static Visits read(TomlReader r, TomlTable t, int line, int epochs) {
        String batching = choice(r, t, line, "batching", List.of("per_example", "whole_batch"));
        boolean given = TomlReader.has(t, "batch_reduction");
        String reduction = choice(r, t, line, "batch_reduction", List.of("mean", "sum"));
        Training.require(r, t, "batch_reduction", !given || batching.equals("whole_batch"), "applies to batching ="
                + " \"whole_batch\" only: a per-example update has one example, nothing to add up or average");
        double stopBelow = r.optionalNumber(t, "stop_below", "training.", 0.0);
        if (TomlReader.has(t, "stop_below")) {
            Training.require(r, t, "stop_below", stopBelow > 0, "must be > 0, is " + TomlReader.describe(stopBelow));
            Training.require(r, t, "stop_below", epochs > 0, "needs epochs > 0: it stops a training run early");
        }
        return new Visits(batching.equals("per_example") ? Batching.PER_EXAMPLE : Batching.WHOLE_BATCH,
                reduction.equals("sum") ? BatchReduction.SUM : BatchReduction.MEAN, stopBelow);
    }

    /** The value of {@code key}, one of {@code known}; the first when the key is absent. */
    private static String choice(TomlReader r, TomlTable t, int line, String key, List<String> known) {
        String v = r.optionalString(t, key, "training.", known.get(0));
        if (!known.contains(v)) {
            throw r.error(TomlReader.line(t, key, line), "unknown " + key + " '" + Keys.printable(v) + "'; known: "
                    + String.join(", ", known));
        }
        return v;
    }
}

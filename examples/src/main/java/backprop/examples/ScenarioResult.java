package backprop.examples;

import backprop.core.graph.Kinks;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import backprop.examples.work.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario computed: a {@link Computed} for each of its published values, the quantities it
 * derives that the document does not print, and the graphs and networks behind them.
 */
public final class ScenarioResult {
    private final Map<String, Computed> values = new LinkedHashMap<>();
    private final List<Derived> derived = new ArrayList<>();
    private final List<GraphWork> graphs = new ArrayList<>();
    private final List<NetworkWork> networks = new ArrayList<>();
    private final Map<String, Kinks.Interval> kinks = new LinkedHashMap<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** Records the computation of the published value {@code id}. */
    public ScenarioResult value(String id, Computed computed) {
        if (values.putIfAbsent(id, computed) != null) {
            throw new IllegalStateException("ScenarioResult: value " + id + " computed twice");
        }
        return this;
    }

    /**
     * Records the computation of the published value {@code id}, which is the engine quantity {@code source}: a
     * notebook takes the answer from that quantity's step and from nothing else.
     */
    public ScenarioResult value(String id, Computed computed, Source source) {
        return value(id, computed).source(id, source);
    }

    public ScenarioResult derived(String name, String quantity, double value) {
        derived.add(new Derived(name, quantity, value));
        return this;
    }

    /** Records a derived quantity that is the engine quantity {@code source}, its value computed another way. */
    public ScenarioResult derived(String name, String quantity, double value, Source source) {
        return derived(name, quantity, value).source(name, source);
    }

    /** Records a derived quantity that is the engine quantity {@code source}, with the source's own value. */
    public ScenarioResult derived(String name, String quantity, Source source) {
        double value = source.value();
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("ScenarioResult: " + name + " has no one value from " + source);
        }
        return derived(name, quantity, value, source);
    }

    private ScenarioResult source(String id, Source source) {
        if (source == null) {
            throw new IllegalArgumentException("ScenarioResult: no source for " + id);
        }
        sources.put(id, source);
        return this;
    }

    /**
     * Records that the derived quantity {@code name} sits at a kink: its value is a convention's choice, and
     * any value in {@code oneSided} (between its one-sided derivatives) is as valid.
     */
    public ScenarioResult kink(String name, Kinks.Interval oneSided) {
        kinks.put(name, oneSided);
        return this;
    }

    /**
     * Records the catalogue of methods' explanation of the published value {@code id}, in its words ("comes out
     * only when …"), for the answer key's note.
     */
    public ScenarioResult explanation(String id, String words) {
        if (explanations.putIfAbsent(id, words) != null) {
            throw new IllegalStateException("ScenarioResult: value " + id + " explained twice");
        }
        return this;
    }

    /** The catalogue's explanation of published value {@code id}, or "" when none was recorded. */
    public String explanation(String id) {
        return explanations.getOrDefault(id, "");
    }

    public ScenarioResult graph(GraphWork work) {
        graphs.add(work);
        return this;
    }

    public ScenarioResult network(NetworkWork work) {
        networks.add(work);
        return this;
    }

    /** The computation of each published value, by id, in the order recorded (a read-only view of a copy). */
    public Map<String, Computed> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The computation of published value {@code id}; an error names the id when it is missing. */
    public Computed computed(String id) {
        Computed c = values.get(id);
        if (c == null) {
            throw new IllegalArgumentException("ScenarioResult: no computation for published value " + id);
        }
        return c;
    }

    public List<Derived> derived() {
        return List.copyOf(derived);
    }

    /**
     * The engine quantity each answer is, by published-value id or derived name, in the order recorded; an answer
     * with no single source (a sum over paths, a printed form, a loss) is not in it.
     */
    public Map<String, Source> sources() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The one-sided range of each derived quantity recorded at a kink, by name, in the order recorded. */
    public Map<String, Kinks.Interval> kinks() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(kinks));
    }

    public List<GraphWork> graphs() {
        return List.copyOf(graphs);
    }

    public List<NetworkWork> networks() {
        return List.copyOf(networks);
    }
}

package backprop.examples.catalogue;

import backprop.examples.Document;
import backprop.examples.PublishedValue;
import backprop.examples.Scenario;
import backprop.examples.doc000.ActivationDerivatives;
import backprop.examples.doc000.ChainRuleExamples;
import backprop.examples.doc000.CrossEntropyGraph;
import backprop.examples.doc000.SingleNeuron;
import backprop.examples.doc001.WeightsBetweenLayers;
import backprop.examples.doc002.HiddenNeuronGradients;
import backprop.examples.doc003.DirectAndIndirectEffects;
import backprop.examples.doc003.ExampleOne;
import backprop.examples.doc003.GateActions;
import backprop.examples.doc003.RegularisedNetwork;
import backprop.examples.doc003.SigmoidGate;
import backprop.examples.doc003.SquaredNorm;
import backprop.examples.doc003.TanhGate;
import backprop.examples.doc004.ChainRuleFlowDiagrams;
import backprop.examples.doc004.WeightW131;
import backprop.examples.doc004.WeightW212;

import java.util.List;

/**
 * Every scenario of every document, listed explicitly (no classpath scanning), in document order.
 */
public final class Catalogue {
    private static final List<Scenario> SCENARIOS = List.of(
            new ChainRuleExamples(),
            new ActivationDerivatives(),
            new SingleNeuron(),
            new CrossEntropyGraph(),
            new WeightsBetweenLayers(),
            new HiddenNeuronGradients(),
            new RegularisedNetwork(),
            new DirectAndIndirectEffects(),
            new ExampleOne(),
            new SigmoidGate(),
            new GateActions(),
            new TanhGate(),
            new SquaredNorm(),
            new ChainRuleFlowDiagrams(),
            new WeightW212(),
            new WeightW131());

    private Catalogue() {
    }

    /** All scenarios, in document order. */
    public static List<Scenario> scenarios() {
        return SCENARIOS;
    }

    /** The scenarios of one document. */
    public static List<Scenario> of(Document document) {
        return SCENARIOS.stream().filter(s -> s.document() == document).toList();
    }

    /** The scenario with {@code id}, or an error listing the known ids. */
    public static Scenario scenario(String id) {
        return SCENARIOS.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown scenario '" + id + "'; known: "
                        + SCENARIOS.stream().map(Scenario::id).toList()));
    }

    /** Every published value of every scenario, in document order (ScenarioTest: no id twice). */
    public static List<PublishedValue> publishedValues() {
        return SCENARIOS.stream().flatMap(s -> s.published().stream()).toList();
    }

    /** The number of published values a document holds. */
    public static long count(Document document) {
        return publishedValues().stream().filter(v -> v.document() == document).count();
    }
}

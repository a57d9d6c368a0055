package backprop.examples.scenariofile.network;

import backprop.core.catalogue.Applicability;
import backprop.core.catalogue.Choice;
import backprop.core.catalogue.MethodCatalogue;
import backprop.core.catalogue.MethodRun;
import backprop.core.catalogue.Variation;
import backprop.core.method.FrozenParameters;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;
import backprop.core.method.Schedule;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.scenariofile.printed.PrintedEvaluator;
import backprop.examples.scenariofile.printed.PrintedQuantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network file's printed quantities, read from core's {@link MethodRun} under a method: the first
 * forward and backward pass (z, a, δ, ∂L/∂W, ∂L/∂b, L), the parameters after n updates, the loss after n
 * epochs and the outputs after training. One run per method, shared by every printed value of the file (the
 * catalogue's search tries about a hundred methods).
 */
final class NetworkPrinting implements PrintedEvaluator {
    private final Network network;
    private final List<Example> data;
    private final Schedule schedule;
    private final Method stated;
    private final boolean trains;
    private final Set<Integer> biasless;
    private final Map<Method, MethodRun> runs = new HashMap<>();

    /** {@code trains}: some printed value comes after an update (the update order, frozen biases, epochs apply). */
    NetworkPrinting(Network network, List<Example> data, Schedule schedule, Method stated, boolean trains) {
        this(network, data, schedule, stated, trains, Set.of());
    }

    /** {@code biasless}: the layers without biases, whose zeros no variation may unfreeze. */
    NetworkPrinting(Network network, List<Example> data, Schedule schedule, Method stated, boolean trains,
                    Set<Integer> biasless) {
        this.biasless = Set.copyOf(biasless);
        this.network = network.copy();
        this.data = List.copyOf(data);
        this.schedule = schedule;
        this.stated = stated;
        this.trains = trains;
    }

    @Override
    public Method stated() {
        return stated;
    }

    @Override
    public List<Variation> variations(IntermediateRounding printed) {
        List<Variation> all = MethodCatalogue.variations(stated, Applicability.network(network, trains,
                data.size() > 1), printed);
        if (biasless.isEmpty()) {
            return all;
        }
        // a layer without biases has none to free or leave out of z: where no layer has biases, those variations
        // change nothing and are dropped; elsewhere each variation keeps the biasless layers' zeros frozen
        boolean anyBias = network.depth() > biasless.size();
        return all.stream().filter(v -> anyBias || v.choice() != Choice.FROZEN_BIASES
                        && v.choice() != Choice.BIAS_IN_FORWARD)
                .map(v -> new Variation(v.choice(), v.name(), v.words(), m -> {
                    Method varied = v.apply().apply(m.withFrozen(withBiasesOf(m.frozen())));
                    return varied.withFrozen(Training.withoutBiases(varied.frozen(), biasless));
                })).toList();
    }

    /** {@code frozen} without the biasless layers' biases, as the catalogue sees a method that freezes none. */
    private FrozenParameters withBiasesOf(FrozenParameters frozen) {
        Set<FrozenParameters.Parameter> rest = new java.util.HashSet<>(frozen.frozen());
        rest.removeIf(p -> p.kind() == FrozenParameters.Kind.BIAS && biasless.contains(p.layer()));
        return new FrozenParameters(rest);
    }

    @Override
    public double value(PrintedQuantity quantity, Method method) {
        MethodRun run = runs.computeIfAbsent(method, m -> MethodRun.of(network, data, schedule, m));
        if (quantity instanceof PrintedQuantity.Node n) {
            return node(run, n);
        }
        if (quantity instanceof PrintedQuantity.LossTerm || quantity instanceof PrintedQuantity.OutputError
                || quantity instanceof PrintedQuantity.InputValue || quantity instanceof PrintedQuantity.Slope
                || quantity instanceof PrintedQuantity.WeightedDelta || quantity instanceof PrintedQuantity.Derivative) {
            return new FirstPass(network, data.get(0), method).value(quantity);
        }
        return trained(run, quantity);
    }

    /** z, a or δ of the first example's first forward and backward pass. */
    private static double node(MethodRun run, PrintedQuantity.Node n) {
        return switch (n.kind()) {
            case Z -> run.z(1, n.layer(), n.index());
            case A -> run.a(1, n.layer(), n.index());
            case DELTA -> run.delta(1, n.layer(), n.index());
        };
    }

    private static double trained(MethodRun run, PrintedQuantity quantity) {
        if (quantity instanceof PrintedQuantity.WeightGradient g) {
            return run.weightGradient(g.layer(), g.row(), g.column());
        }
        if (quantity instanceof PrintedQuantity.BiasGradient g) {
            return run.biasGradient(g.layer(), g.index());
        }
        if (quantity instanceof PrintedQuantity.WeightAfter w) {
            return run.weightAfter(w.updates(), w.layer(), w.row(), w.column());
        }
        if (quantity instanceof PrintedQuantity.BiasAfter b) {
            return run.biasAfter(b.updates(), b.layer(), b.index());
        }
        if (quantity instanceof PrintedQuantity.LossAfter l) {
            return run.lossAfter(l.epochs());
        }
        if (quantity instanceof PrintedQuantity.OutputAfterTraining o) {
            return run.output(o.example(), o.output());
        }
        if (quantity instanceof PrintedQuantity.Loss) {
            return run.lossAfter(0);
        }
        throw new IllegalArgumentException("a network prints z, a, δ, L, gradients, parameters after updates, the"
                + " loss after epochs and outputs after training, not " + quantity.label());
    }
}

package backprop.verification.oracle;

import backprop.core.function.Loss;
import backprop.core.graph.Node;
import backprop.core.method.Method;
import backprop.core.network.BackwardPass;
import backprop.core.network.Example;
import backprop.core.network.Gradients;
import backprop.core.network.Network;
import backprop.core.network.NetworkGraph;
import backprop.examples.Scenario;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.work.NetworkWork;
import backprop.verification.oracle.RandomNetworks.RandomNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * core's two engines on the same networks: Network.backward (Algorithm 2, the δ recursion) against
 * NetworkGraph + Graph.backward (Algorithm 4 on the scalar graph). They form the same sums of products in
 * another order (and softmax as e^{z_j}·(Σe^z)^−1 without the shift by max z), so they differ by rounding
 * alone; the bound is forward mode's: |Δ| ≤ {@link GradientCheckBounds#FORWARD_MODE} · max(|g|, floor),
 * floor = {@link GradientCheckBounds#FLOOR_FRACTION} · S, S from forward mode as in every check.
 */
@DisplayName("Two engines, one gradient: Network.backward equals Graph.backward on NetworkGraph")
class EnginesAgreeTest {
    static final int RANDOM_NETWORKS = 200;
    static final long FIRST_SEED = 50_000L;

    @Test
    @DisplayName("on every scenario network, within 1e-12 · max(|g|, floor)")
    void scenarioNetworks_agree() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : Catalogue.scenarios()) {
            for (NetworkWork w : s.compute().networks()) {
                failures.addAll(disagreements(s.id() + " " + w.title(), w.before(), w.example(), w.method()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @DisplayName("on " + RANDOM_NETWORKS + " seeded random networks (every activation, loss and bias layout)")
    void randomNetworks_agree() {
        List<String> failures = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + RANDOM_NETWORKS; seed++) {
            RandomNetwork c = RandomNetworks.generate(seed);
            failures.addAll(disagreements(c.toString(), c.network(), c.example(), c.method()));
        }
        assertThat(failures).isEmpty();
    }

    /** One line per entry on which the engines differ by more than the bound. */
    private static List<String> disagreements(String what, Network network, Example example, Method method) {
        Loss loss = method.loss();
        BackwardPass pass = network.backward(example, method);
        NetworkGraph graph = NetworkGraph.build(network, example, loss, method.conventions());
        graph.graph().backward(graph.loss());
        double[] layerWise = flatten(pass.gradients(), pass.inputGradient());
        double[] scalar = graphGradients(graph);
        ForwardDerivatives fm = ForwardMode.ofNetwork(network, example, loss);
        double floor = GradientCheckBounds.FLOOR_FRACTION * Math.max(Math.abs(fm.value()), fm.termScale());
        List<String> failures = new ArrayList<>();
        for (int j = 0; j < layerWise.length; j++) {
            double bound = GradientCheckBounds.FORWARD_MODE * Math.max(Math.abs(layerWise[j]), floor);
            if (!(Math.abs(layerWise[j] - scalar[j]) <= bound)) {
                failures.add(what + ": " + fm.names().get(j) + " layer-wise " + layerWise[j] + ", graph " + scalar[j]
                        + ", bound " + bound);
            }
        }
        return failures;
    }

    /** In ForwardMode.networkVariables order: per layer W row by row, then b; then x. */
    private static double[] flatten(Gradients g, double[] inputGradient) {
        List<Double> values = new ArrayList<>();
        for (int k = 1; k <= g.weights().size(); k++) {
            for (double v : g.weight(k).data()) {
                values.add(v);
            }
            for (double v : g.bias(k)) {
                values.add(v);
            }
        }
        for (double v : inputGradient) {
            values.add(v);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] graphGradients(NetworkGraph graph) {
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < graph.weights().length; k++) {
            for (Node[] row : graph.weights()[k]) {
                for (Node w : row) {
                    values.add(w.gradient());
                }
            }
            for (Node b : graph.biases()[k]) {
                values.add(b.gradient());
            }
        }
        for (Node x : graph.inputs()) {
            values.add(x.gradient());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

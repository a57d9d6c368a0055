package backprop.verification.oracle;

import backprop.core.function.Loss;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.core.network.BackwardPass;
import backprop.core.network.Gradients;
import backprop.core.network.Matrix;
import backprop.core.network.NetworkGraph;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.work.GraphWork;
import backprop.examples.work.NetworkWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker is proven able to fail (tinygrad's rule): a wrong gradient is reported FAIL, entry by
 * entry, and only the entries it affects.
 */
@DisplayName("The checker fails on wrong gradients, exactly where they are wrong")
class CheckerCanFailTest {

    private static NetworkWork network(String scenario) {
        return Catalogue.scenario(scenario).compute().networks().get(0);
    }

    private static List<String> failing(GradientCheckReport report) {
        return report.failures().stream().map(GradientCheckEntry::name).toList();
    }

    @Test
    @DisplayName("a flipped sign on ∂L/∂w131 of 004's network fails that entry and no other")
    void flippedSign_failsThatEntryOnly() {
        NetworkWork w = network("004.w131");
        Gradients right = w.backward().gradients();
        Matrix dW1 = right.weight(1).copy();
        // w131 is W^(1)_31: row 3, column 1
        dW1.set(2, 0, -dW1.get(2, 0));
        Gradients wrong = new Gradients(right.loss(), List.of(dW1, right.weight(2)), right.biases());
        GradientCheckReport report = GradientCheck.ofNetwork(w.before(), w.example(), w.loss(), wrong);
        assertThat(failing(report)).as("%s", report).containsExactly("W1[3,1]");
    }

    @Test
    @DisplayName("a flipped sign on ∂f/∂x of 003's x·y + z fails that entry and no other")
    void flippedSignInAGraph_failsThatEntryOnly() {
        GraphWork g = Catalogue.scenario("003.example1").compute().graphs().get(0);
        double[] analytic = g.wrt().stream().mapToDouble(Node::gradient).toArray();
        analytic[0] = -analytic[0];
        GradientCheckReport report = GradientCheck.ofGraph(g.graph(), g.output(), g.wrt(), analytic);
        assertThat(failing(report)).containsExactly(g.wrt().get(0).label());
    }

    @Test
    @DisplayName("a missing factor 2 (½Σ(a−y)²'s gradient for Σ(a−y)²) fails every entry of 001's 3-4-3-2 network")
    void missingFactorTwo_failsEveryEntry() {
        NetworkWork w = network("001.delta-recursion");
        assertThat(w.loss()).isEqualTo(Loss.SUM_SQUARED_ERROR);
        BackwardPass half = w.before().backward(w.example(), w.method().withLoss(Loss.HALF_SUM_SQUARED_ERROR));
        GradientCheckReport report = GradientCheck.ofNetwork(w.before(), w.example(), Loss.SUM_SQUARED_ERROR,
                half.gradients(), half.inputGradient());
        assertThat(report.entries()).isNotEmpty().allMatch(e -> !e.passed());
        GradientCheckReport right = GradientCheck.ofNetwork(w.before(), w.example(), Loss.SUM_SQUARED_ERROR,
                w.backward().gradients(), w.backward().inputGradient());
        assertThat(right.passed()).as("%s", right).isTrue();
    }

    @Test
    @DisplayName("σ' doubled at a2[1], deep in 001's network: exactly the leaves below a2[1] fail")
    void wrongLocalDerivativeDeepInside_failsExactlyTheLeavesBelowIt() {
        NetworkWork w = network("001.delta-recursion");
        NetworkGraph ng = NetworkGraph.build(w.before(), w.example(), w.loss(), w.method().conventions());
        Graph g = ng.graph();
        List<Node> leaves = g.nodes().stream()
                .filter(n -> n.primitive() == Primitive.INPUT || n.primitive() == Primitive.PARAMETER).toList();
        Node wrong = g.nodes().stream().filter(n -> n.label().equals("a2[1]")).findFirst().orElseThrow();
        assertThat(wrong.primitive()).isEqualTo(Primitive.SIGMOID);

        double[] correct = BuggyBackward.gradients(g, ng.loss(), leaves, wrong, 1.0);
        assertThat(GradientCheck.ofGraph(g, ng.loss(), leaves, correct).passed()).isTrue();

        GradientCheckReport report = GradientCheck.ofGraph(g, ng.loss(), leaves,
                BuggyBackward.gradients(g, ng.loss(), leaves, wrong, 2.0));
        Set<Node> below = ancestors(wrong);
        List<String> expected = leaves.stream().filter(below::contains).map(Node::label).toList();
        assertThat(expected).contains("x[1]", "W1[1,1]", "b1[1]", "W2[1,1]", "b2[1]").doesNotContain("W2[2,1]", "W3[1,1]");
        assertThat(failing(report)).as("%s", report).containsExactlyElementsOf(expected);
    }

    /** Every node a path leads from up to {@code node}: what its gradient flows into. */
    private static Set<Node> ancestors(Node node) {
        Set<Node> seen = new HashSet<>();
        List<Node> stack = new ArrayList<>(node.arguments());
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (seen.add(n)) {
                stack.addAll(n.arguments());
            }
        }
        return seen;
    }
}

package backprop.verification.oracle;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.work.GraphWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ScenarioGradients varies every input and every parameter of a graph, and no constant")
class ScenarioGradientsLeavesTest {

    @Test
    @DisplayName("f = w·x + 2: the check varies x (an input) and w (a parameter), in creation order, not the constant 2")
    void leaves_areTheInputsAndParameters() {
        Graph g = new Graph();
        Node x = g.input("x", 3);
        Node w = g.parameter("w", 0.5);
        Node f = g.add("f", g.multiply("w·x", w, x), g.constant(2));
        GraphWork work = GraphWork.of("f = w·x + 2", f, x, w);
        assertThat(ScenarioGradients.leaves(work)).containsExactly(x, w);
    }
}

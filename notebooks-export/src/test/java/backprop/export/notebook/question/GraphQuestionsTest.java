package backprop.export.notebook.question;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.examples.work.GraphWork;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summation question uses the student's own {@code localGradient} (the runtime gives no local rule): it is asked
 * only after the question that declares it, never where the notebook has not declared it.
 */
class GraphQuestionsTest {
    /** f = x·y + z (003's first graph), at x = −2, y = 5, z = −4. */
    private static GraphWork xyPlusZ() {
        Graph g = new Graph();
        Node x = g.input("x", -2);
        Node y = g.input("y", 5);
        Node z = g.input("z", -4);
        Node f = g.add("f", g.multiply("q", x, y), z);
        return GraphWork.of("x·y + z", f, x, y, z);
    }

    @Test
    void localGradientIsAskedAndDeclared_beforeTheQuestionsThatCallIt() {
        Set<String> declared = new HashSet<>();
        List<Question> qs = GraphQuestions.of("t", xyPlusZ(), declared);
        assertThat(qs).extracting(Question::id).containsExactly("t-local", "t-arcs", "t-nodes");
        assertThat(qs.get(0).method()).contains("double localGradient(");
        assertThat(qs.get(2).method()).contains("localGradient(kinds[i], args, exponents[i], k)").doesNotContain("Given.");
        assertThat(qs.get(2).prompt()).contains("your `localGradient`").doesNotContain("Given.localGradient");
        assertThat(declared).contains("localGradient", "nodeGradients");
    }

    @Test
    void aLaterGraphOfTheNotebook_usesTheLocalGradientDeclaredByAnEarlierOne() {
        Set<String> declared = new HashSet<>();
        GraphQuestions.of("t1", xyPlusZ(), declared);
        List<Question> again = GraphQuestions.of("t2", xyPlusZ(), declared);
        // every kind was asked by t1: no local question, and no method declared twice
        assertThat(again).extracting(Question::id).containsExactly("t2-arcs", "t2-nodes");
        assertThat(again).extracting(Question::method).containsOnlyNulls();
    }

    @Test
    void withoutLocalGradientDeclared_neitherTheArcsNorTheSummationIsAsked() {
        // the graph's kinds marked as asked, but no localGradient in the notebook: nothing could compute a local rule
        Set<String> declared = new HashSet<>(Set.of("kind ADD", "kind MULTIPLY"));
        assertThat(GraphQuestions.of("t", xyPlusZ(), declared)).isEmpty();
        assertThat(declared).doesNotContain("nodeGradients");
    }
}

package backprop.export.notebook;

import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.GraphWork;
import backprop.examples.Scenario;
import backprop.examples.scenariofile.ExamFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures read as SVG: each box and arc named by node index ({@code data-node}, {@code data-from},
 * {@code data-to}), so each arc is checked against the graph's own arguments, not against a label.
 */
@DisplayName("Graph figures: arcs between node identities, arrowheads, no constant's arc, no two labels overlapping")
class GraphFigureTest {
    static Stream<Drawn> everyFigure() {
        List<Scenario> scenarios = new ArrayList<>(Catalogue.scenarios());
        for (String f : new String[] {"../variants/exam-network.toml", "../variants/exam-expression.toml"}) {
            scenarios.add(ExamFile.read(Path.of(f)).scenario());
        }
        return scenarios.stream().flatMap(s -> s.compute().graphs().stream()).filter(GraphFigure::drawable)
                .map(Drawn::new);
    }

    /** A figure's graph, named by its title in the test tree. */
    record Drawn(GraphWork work) {
        @Override
        public String toString() {
            return work.title();
        }
    }

    @Test
    @DisplayName("000's cross-entropy graph: each arc starts on its argument's box and ends on its consumer's box")
    void crossEntropy_arcsRunBetweenTheirOwnNodes() {
        List<GraphWork> graphs = Catalogue.scenario("000.cross-entropy-graph").compute().graphs();
        assertThat(graphs).hasSize(2);
        for (GraphWork work : graphs) {
            List<Node> nodes = work.graph().nodes().subList(0, work.output().index() + 1);
            assertThat(nodes.stream().filter(n -> n.primitive() == Primitive.CONSTANT && n.label().equals("-1")))
                    .as("the graph does have two constants labelled -1").hasSizeGreaterThanOrEqualTo(2);
            Document svg = parse(GraphFigure.svg(work));
            List<String> expected = new ArrayList<>();
            for (Node n : nodes) {
                for (Node a : n.arguments()) {
                    if (a.primitive() != Primitive.CONSTANT) {
                        expected.add(a.index() + "→" + n.index());
                    }
                }
            }
            List<String> drawn = new ArrayList<>();
            for (Element line : elements(svg, "polyline")) {
                int from = Integer.parseInt(line.getAttribute("data-from"));
                int to = Integer.parseInt(line.getAttribute("data-to"));
                drawn.add(from + "→" + to);
                double[] p = points(line);
                Element a = box(svg, from);
                Element c = box(svg, to);
                assertThat(p[0]).as("start of %s on the right edge of %s", drawn, nodes.get(from).label())
                        .isEqualTo(num(a, "x") + num(a, "width"));
                assertThat(p[1]).isBetween(num(a, "y"), num(a, "y") + num(a, "height"));
                assertThat(p[p.length - 2]).as("end on the left edge of %s", nodes.get(to).label()).isEqualTo(num(c, "x"));
                assertThat(p[p.length - 1]).isBetween(num(c, "y"), num(c, "y") + num(c, "height"));
                assertThat(line.getAttribute("marker-end")).isEqualTo("url(#arrow)");
            }
            assertThat(drawn).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(elements(svg, "marker")).extracting(m -> m.getAttribute("id")).containsExactly("arrow");
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure of the five documents and the two example variants: no constant drawn, no '−0'")
    void noConstant_andNoNegativeZero(Drawn drawn) {
        GraphWork work = drawn.work();
        Document svg = parse(GraphFigure.svg(work));
        List<Node> nodes = work.graph().nodes();
        for (Element rect : elements(svg, "rect")) {
            if (rect.hasAttribute("data-node")) {
                assertThat(nodes.get(Integer.parseInt(rect.getAttribute("data-node"))).primitive())
                        .isNotEqualTo(Primitive.CONSTANT);
            }
        }
        for (Element line : elements(svg, "polyline")) {
            assertThat(nodes.get(Integer.parseInt(line.getAttribute("data-from"))).primitive())
                    .isNotEqualTo(Primitive.CONSTANT);
        }
        assertThat(nodes).extracting(Node::label).doesNotContain("−0", "-0", "−-0");
        assertThat(work.trace().arcs()).noneMatch(a -> a.argument().primitive() == Primitive.CONSTANT);
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure: no two labels overlap, and a label is inside a box or clear of it")
    void labels_doNotOverlap(Drawn drawn) {
        Document svg = parse(GraphFigure.svg(drawn.work()));
        SvgText.assertNoOverlap(drawn.work().title(), elements(svg, "text").stream().map(SvgText::extent).toList(),
                SvgText.boxes(svg));
    }

    private static Element box(Document svg, int node) {
        return elements(svg, "rect").stream().filter(r -> r.getAttribute("data-node").equals(Integer.toString(node)))
                .findFirst().orElseThrow(() -> new AssertionError("no box for node " + node));
    }

    private static double[] points(Element line) {
        return Stream.of(line.getAttribute("points").trim().split("[ ,]+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double num(Element e, String attribute) {
        return SvgText.num(e, attribute);
    }

    private static List<Element> elements(Document svg, String tag) {
        return SvgText.elements(svg, tag);
    }

    private static Document parse(String svg) {
        return SvgText.parse(svg);
    }
}

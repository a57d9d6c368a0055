package backprop.export.notebook;

import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.catalogue.Catalogue;
import backprop.examples.work.GraphWork;
import backprop.examples.Scenario;
import backprop.examples.scenariofile.ExamFile;
import backprop.export.notebook.figure.GraphFigure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure: an arc's label is clear of every node box, and a node's text is inside its own box")
    void arcLabels_stayClearOfEveryNodeBox(Drawn drawn) {
        Document svg = parse(GraphFigure.svg(drawn.work()));
        List<Element> nodeBoxes = elements(svg, "rect").stream().filter(r -> r.hasAttribute("data-node")).toList();
        List<Element> texts = elements(svg, "text");
        for (Element text : texts.stream().filter(t -> t.hasAttribute("data-from")).toList()) {
            Rectangle2D ink = SvgText.extent(text);
            for (Element box : nodeBoxes) {
                assertThat(ink.intersects(rect(box))).as("%s: arc label '%s' %s against node %s's box",
                        drawn, text.getTextContent(), ink, box.getAttribute("data-node")).isFalse();
            }
        }
        // three texts per node box (name, value, gradient), each wholly inside its own box
        for (Element box : nodeBoxes) {
            String node = box.getAttribute("data-node");
            long inside = texts.stream().filter(t -> !t.hasAttribute("data-from"))
                    .filter(t -> rect(box).contains(SvgText.extent(t))).count();
            assertThat(inside).as("%s: texts inside node %s's box", drawn, node).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("everyFigure")
    @DisplayName("every figure: an arc's label sits on its own arc, so a reader knows which arc it belongs to")
    void arcLabel_sitsOnItsOwnArc(Drawn drawn) {
        Document svg = parse(GraphFigure.svg(drawn.work()));
        for (Element text : elements(svg, "text").stream().filter(t -> t.hasAttribute("data-from")).toList()) {
            Element line = elements(svg, "polyline").stream()
                    .filter(l -> l.getAttribute("data-from").equals(text.getAttribute("data-from"))
                            && l.getAttribute("data-to").equals(text.getAttribute("data-to"))).findFirst().orElseThrow();
            Rectangle2D ink = SvgText.extent(text);
            double[] p = points(line);
            boolean crossed = false;
            for (int i = 0; i + 3 < p.length; i += 2) {
                crossed |= ink.intersectsLine(new Line2D.Double(p[i], p[i + 1], p[i + 2], p[i + 3]));
            }
            assertThat(crossed).as("%s: label '%s' %s on arc %s", drawn, text.getTextContent(), ink,
                    line.getAttribute("points")).isTrue();
        }
    }

    @Test
    @DisplayName("a chain of 40 nodes, about 5,000 px in one row, is wrapped into rows no wider than 960 px, each arc still between its boxes")
    void longChain_wrapsWithinMaxWidth() {
        Graph g = new Graph();
        Node x = g.input("x", 0.5);
        Node n = x;
        for (int i = 1; i < GraphFigure.MAX_NODES; i++) {
            n = g.tanh("h" + i, n);
        }
        GraphWork work = GraphWork.of("a chain of products", n, x);
        assertThat(GraphFigure.drawable(work)).isTrue();
        assertThat(GraphFigure.wraps(work)).isTrue();
        Document svg = parse(GraphFigure.svg(work));
        assertThat(num(svg.getDocumentElement(), "width")).isLessThanOrEqualTo(960);
        for (Element line : elements(svg, "polyline")) {
            double[] p = points(line);
            Element a = box(svg, Integer.parseInt(line.getAttribute("data-from")));
            Element c = box(svg, Integer.parseInt(line.getAttribute("data-to")));
            assertThat(p[0]).isEqualTo(num(a, "x") + num(a, "width"));
            assertThat(p[p.length - 2]).isEqualTo(num(c, "x"));
        }
        SvgText.assertNoOverlap(work.title(), elements(svg, "text").stream().map(SvgText::extent).toList(),
                SvgText.boxes(svg));
    }

    @Test
    @DisplayName("a graph ELK cannot wrap within 960 px (x feeding all 39 nodes of a chain) is not drawable, so no figure has text under 10 px")
    void hubFeedingEveryLayer_isNotDrawable() {
        Graph g = new Graph();
        Node x = g.input("x", 0.5);
        Node n = x;
        for (int i = 1; i < GraphFigure.MAX_NODES; i++) {
            n = g.multiply("h" + i, n, x);
        }
        GraphWork work = GraphWork.of("x feeding every product", n, x);
        assertThat(work.output().index() + 1).isLessThanOrEqualTo(GraphFigure.MAX_NODES);
        assertThat(GraphFigure.drawable(work)).isFalse();
    }

    @Test
    @DisplayName("the same graph gives the same SVG, byte for byte, run after run and in any default locale")
    void svg_isByteIdenticalAcrossRunsAndLocales() {
        GraphWork work = Catalogue.scenario("000.cross-entropy-graph").compute().graphs().get(0);
        String first = GraphFigure.svg(work);
        Locale before = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, new Locale("ar", "EG"), new Locale("hi", "IN"), Locale.ROOT}) {
                Locale.setDefault(l);
                assertThat(GraphFigure.svg(work)).as("in %s", l).isEqualTo(first);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Rectangle2D rect(Element r) {
        return new Rectangle2D.Double(num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height"));
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

package backprop.export.notebook.figure;

import backprop.core.graph.ArcStep;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.format.Precision;
import backprop.examples.format.Table;
import backprop.examples.work.GraphWork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * The figure the documents lost: a computational graph drawn left to right (inputs first), each node with
 * its forward value (black) and its gradient (red), and on each arc localGradient × upstreamGradient, as
 * the slides draw them. SVG, so it scales; embedded as a data URI so that nbconvert's HTML keeps it.
 *
 * <p>Arcs are drawn between node identities (two constants labelled "1" are two nodes), each with an
 * arrowhead into its consumer. Constants are not drawn: they carry no gradient a reader follows, and the
 * label of the node that uses one already names it ("1+e^−u").
 *
 * <p>The layout is ELK Layered's ({@link GraphLayout}): it places boxes and arc labels without overlap and
 * wraps a graph wider than {@link #MAX_WIDTH} into rows. Every box and label is sized from its own text in
 * DejaVu Sans ({@link TextWidth}), the font the figures are drawn in.
 */
public final class GraphFigure {
    /** Past this many nodes a drawing is no longer readable; the answer key's tables carry the graph instead. */
    public static final int MAX_NODES = 40;
    /**
     * The widest figure, in px: a notebook shows a figure at most 800 px wide, and 12 px text scaled by
     * 800/960 is 10 px, the smallest that reads. Wider graphs are wrapped into rows.
     */
    static final int MAX_WIDTH = 960;
    /** Font size in px; an upper bound of a character's width in px, normal and bold (for {@link NetworkFigure}). */
    static final double FONT = 12;
    static final double NORMAL = 0.7 * FONT;
    static final double BOLD = 0.8 * FONT;
    static final int MARGIN = 20;
    /** A node box: three lines (name, value, gradient) and room round them; text starts {@link #PAD} in. */
    private static final int BOX_HEIGHT = 48;
    private static final int PAD = 8;
    /** An arc label: one line, its baseline {@link #LABEL_BASELINE} below its top, 2 px of room either side. */
    private static final int LABEL_HEIGHT = 17;
    private static final int LABEL_BASELINE = 13;
    private static final GraphLayout LAYOUT = new GraphLayout(MAX_WIDTH, MARGIN);
    /** The figure's numbers: 3 significant digits, one table for round-off residues (see {@link Table}). */
    private static final Precision DIGITS = Precision.significant(3);

    private GraphFigure() {
    }

    /**
     * Whether {@code work} is small enough to draw: at most {@link #MAX_NODES} nodes, and a drawing, wrapped if
     * need be, no wider than {@link #MAX_WIDTH} (a node feeding every layer can keep it wider; see {@link GraphLayout}).
     */
    public static boolean drawable(GraphWork work) {
        return layout(work).drawable();
    }

    /** Whether {@code work}'s drawing wraps into rows, being too wide for {@link #MAX_WIDTH} in one. */
    public static boolean wraps(GraphWork work) {
        return layout(work).wraps();
    }

    /** The SVG text of the drawing. */
    public static String svg(GraphWork work) {
        return layout(work).svg();
    }

    /**
     * {@code work}'s figure, laid out at most once (ELK's layout, tried at several aspect ratios, is the costly
     * part): ask it whether it is drawable and whether it wraps, then take its SVG.
     */
    public static Figure layout(GraphWork work) {
        return new Figure(work);
    }

    /** One graph's figure; its layout is computed on first use and kept. */
    public static final class Figure {
        private final GraphWork work;
        private Drawing drawing;
        private GraphLayout.Placed placed;

        private Figure(GraphWork work) {
            this.work = work;
        }

        private GraphLayout.Placed placed() {
            if (placed == null) {
                drawing = new Drawing(work);
                placed = drawing.placed();
            }
            return placed;
        }

        /** See {@link GraphFigure#drawable}; a graph past {@link #MAX_NODES} is not laid out at all. */
        public boolean drawable() {
            return work.output().index() + 1 <= MAX_NODES && drawing().width(placed()) <= MAX_WIDTH;
        }

        public boolean wraps() {
            return placed().wrapped();
        }

        private Drawing drawing() {
            placed();
            return drawing;
        }

        public String svg() {
            GraphLayout.Placed p = placed();
            Drawing d = drawing;
            String note = d.digits().note();
            int width = d.width(p);
            int height = p.height() + (note.isEmpty() ? 0 : 16);
            Svg svg = new Svg(width, height, (int) FONT)
                    .markup("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                            + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7f8c8d\"/></marker></defs>")
                    .element("rect", "width", "100%", "height", "100%", "fill", "white");
            for (int i = 0; i < d.arcs().size(); i++) {
                arc(svg, d.arcs().get(i), p.arcs().get(i), d.digits());
            }
            for (int i = 0; i < d.nodes().size(); i++) {
                box(svg, p.boxes().get(i), d.nodes().get(i), d.digits());
            }
            if (!note.isEmpty()) {
                svg.text(note, "x", MARGIN, "y", height - 8, "font-weight", "normal", "fill", "#000000");
            }
            return svg.close();
        }
    }

    /** A graph's drawn nodes (constants left out), its arcs, the table its numbers print by, and their layout. */
    private record Drawing(List<Node> nodes, List<ArcStep> arcs, Table digits) {
        Drawing(GraphWork work) {
            this(drawn(work), work.trace().arcs(), DIGITS.table(values(drawn(work), work.trace().arcs())));
        }

        GraphLayout.Placed placed() {
            Map<Node, Integer> index = new HashMap<>();
            List<GraphLayout.Box> boxes = new ArrayList<>();
            for (Node n : nodes) {
                index.put(n, boxes.size());
                boxes.add(new GraphLayout.Box(boxWidth(n, digits), BOX_HEIGHT));
            }
            List<GraphLayout.Arc> routes = new ArrayList<>();
            for (ArcStep a : arcs) {
                String label = arcLabel(a, digits);
                routes.add(new GraphLayout.Arc(index.get(a.argument()), index.get(a.consumer()), label,
                        new GraphLayout.Box(textWidth(label, false) + 4, LABEL_HEIGHT)));
            }
            return LAYOUT.place(boxes, routes);
        }

        /** The figure's width: the layout's, or the round-off note's line if that is wider. */
        int width(GraphLayout.Placed placed) {
            return Math.max(placed.width(), textWidth(digits.note(), false) + 2 * MARGIN);
        }
    }

    private static List<Node> drawn(GraphWork work) {
        return work.graph().nodes().subList(0, work.output().index() + 1).stream()
                .filter(n -> n.primitive() != Primitive.CONSTANT).toList();
    }

    /** Every number the figure shows: node values and gradients, arcs' local and upstream gradients. */
    private static double[] values(List<Node> nodes, List<ArcStep> arcs) {
        return DoubleStream.concat(nodes.stream().flatMapToDouble(n -> DoubleStream.of(n.value(), n.gradient())),
                arcs.stream().flatMapToDouble(a -> DoubleStream.of(a.localGradient(), a.upstreamGradient()))).toArray();
    }

    /** Wide enough for the node's name (bold), value and gradient lines, with {@link #PAD} either side. */
    private static int boxWidth(Node n, Table digits) {
        int widest = Math.max(textWidth(n.label(), true),
                Math.max(textWidth(valueLine(n, digits), false), textWidth(gradientLine(n, digits), false)));
        return widest + 2 * PAD;
    }

    private static int textWidth(String text, boolean bold) {
        return (int) Math.ceil(TextWidth.of(text, FONT, bold));
    }

    private static void box(Svg svg, GraphLayout.Rect b, Node n, Table digits) {
        svg.element("rect", "data-node", n.index(), "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                "rx", 6, "fill", "#f4f6fb", "stroke", "#34495e");
        svg.text(n.label(), "x", b.x() + PAD, "y", b.y() + 16, "font-weight", "bold", "fill", "#2c3e50");
        svg.text(valueLine(n, digits), "x", b.x() + PAD, "y", b.y() + 30, "font-weight", "normal", "fill", "#000000");
        svg.text(gradientLine(n, digits), "x", b.x() + PAD, "y", b.y() + 43, "font-weight", "normal", "fill", "#c0392b");
    }

    private static String valueLine(Node n, Table digits) {
        return "value " + digits.format(n.value());
    }

    private static String gradientLine(Node n, Table digits) {
        return "grad " + digits.format(n.gradient());
    }

    private static String arcLabel(ArcStep step, Table digits) {
        return digits.format(step.localGradient()) + " × " + digits.format(step.upstreamGradient());
    }

    /** The arc as ELK routed it, with an arrowhead into its consumer, and its label centred where ELK put it. */
    private static void arc(Svg svg, ArcStep step, GraphLayout.Route route, Table digits) {
        StringBuilder points = new StringBuilder();
        int[] p = route.points();
        for (int i = 0; i < p.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(p[i]).append(',').append(p[i + 1]);
        }
        svg.element("polyline", "data-from", step.argument().index(), "data-to", step.consumer().index(),
                "points", points, "fill", "none", "stroke", "#7f8c8d", "marker-end", "url(#arrow)");
        GraphLayout.Rect l = route.label();
        svg.element("rect", "data-label-from", step.argument().index(), "data-label-to", step.consumer().index(),
                "x", l.x(), "y", l.y(), "width", l.width(), "height", l.height(), "fill", "white");
        svg.text(arcLabel(step, digits), "data-from", step.argument().index(), "data-to", step.consumer().index(),
                "x", l.x() + l.width() / 2, "y", l.y() + LABEL_BASELINE, "font-weight", "normal", "fill", "#c0392b",
                "text-anchor", "middle");
    }
}

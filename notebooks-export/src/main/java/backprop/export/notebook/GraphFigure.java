package backprop.export.notebook;

import backprop.core.graph.ArcStep;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.GraphWork;
import backprop.examples.Precision;
import backprop.examples.Table;

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
 * <p>The layout is by hand and overlap-free by construction, so no layout library is needed: every box
 * stands in its column (longest path from an input) below the previous one; every arc ends in a horizontal
 * run into its own slot on the consumer's left edge, and its label sits on that run, inside the consumer's
 * band of height, so two labels can only meet if two boxes did. Text widths are bounded by {@link #NORMAL}
 * and {@link #BOLD} per character, wider than DejaVu Sans and Arial's common glyphs at this size.
 */
public final class GraphFigure {
    /** Past this many nodes a drawing is no longer readable; the answer key's tables carry the graph instead. */
    public static final int MAX_NODES = 40;
    /** Font size in px; an upper bound of a character's width in px, normal and bold. */
    static final double FONT = 12;
    static final double NORMAL = 0.7 * FONT;
    static final double BOLD = 0.8 * FONT;
    private static final int SLOT = 18;
    private static final int MIN_BOX_HEIGHT = 48;
    private static final int ROW_GAP = 24;
    /** The slanted part of each arc, left of the horizontal runs that carry the labels. */
    private static final int SLANT = 60;
    private static final int MARGIN = 20;
    /** The figure's numbers: 3 significant digits, one table for round-off residues (see {@link Table}). */
    private static final Precision DIGITS = Precision.significant(3);

    private GraphFigure() {
    }

    /** Whether {@code work} is small enough to draw. */
    public static boolean drawable(GraphWork work) {
        return work.output().index() + 1 <= MAX_NODES;
    }

    /** Where a node's box stands. */
    private record Box(int x, int y, int height) {
    }

    /** The SVG text of the drawing. */
    public static String svg(GraphWork work) {
        List<Node> nodes = work.graph().nodes().subList(0, work.output().index() + 1).stream()
                .filter(n -> n.primitive() != Primitive.CONSTANT).toList();
        List<ArcStep> arcs = work.trace().arcs();
        Table digits = DIGITS.table(values(nodes, arcs));
        int boxWidth = boxWidth(nodes, digits);
        int run = (int) Math.ceil(arcs.stream().mapToInt(a -> arcLabel(a, digits).length()).max().orElse(0) * NORMAL) + 12;
        Map<Node, Box> at = layout(nodes, boxWidth + SLANT + run);
        int width = 2 * MARGIN + at.values().stream().mapToInt(Box::x).max().orElse(MARGIN) - MARGIN + boxWidth;
        int bottom = at.values().stream().mapToInt(b -> b.y() + b.height()).max().orElse(MARGIN);
        int height = bottom + MARGIN + (digits.note().isEmpty() ? 0 : 16);
        Svg svg = new Svg(width, height, (int) FONT)
                .markup("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7f8c8d\"/></marker></defs>")
                .element("rect", "width", "100%", "height", "100%", "fill", "white");
        Map<Node, Integer> slotsUsed = new HashMap<>();
        for (ArcStep arc : arcs) {
            int slot = slotsUsed.merge(arc.consumer(), 1, Integer::sum);
            arc(svg, at.get(arc.argument()), at.get(arc.consumer()), slot, boxWidth, run, arc, digits);
        }
        for (Node n : nodes) {
            box(svg, at.get(n), boxWidth, n, digits);
        }
        if (!digits.note().isEmpty()) {
            svg.text(digits.note(), "x", MARGIN, "y", height - 8, "font-weight", "normal", "fill", "#000000");
        }
        return svg.close();
    }

    /** Every number the figure shows: node values and gradients, arcs' local and upstream gradients. */
    private static double[] values(List<Node> nodes, List<ArcStep> arcs) {
        return DoubleStream.concat(nodes.stream().flatMapToDouble(n -> DoubleStream.of(n.value(), n.gradient())),
                arcs.stream().flatMapToDouble(a -> DoubleStream.of(a.localGradient(), a.upstreamGradient()))).toArray();
    }

    /** Wide enough for the longest label (bold), value and gradient line of any node. */
    private static int boxWidth(List<Node> nodes, Table digits) {
        double widest = 0;
        for (Node n : nodes) {
            widest = Math.max(widest, n.label().length() * BOLD);
            widest = Math.max(widest, valueLine(n, digits).length() * NORMAL);
            widest = Math.max(widest, gradientLine(n, digits).length() * NORMAL);
        }
        return (int) Math.ceil(widest) + 16;
    }

    /**
     * Column = longest path from an input, constants not counted, except that an input or parameter stands
     * just before its first consumer (b^(2) beside z^(2), not among the inputs); within a column, boxes in
     * creation order, each as tall as its arcs' slots need.
     */
    private static Map<Node, Box> layout(List<Node> nodes, int columnPitch) {
        Map<Node, Integer> column = columns(nodes);
        List<Integer> nextY = new ArrayList<>();
        Map<Node, Box> at = new HashMap<>();
        for (Node n : nodes) {
            int c = column.get(n);
            while (nextY.size() <= c) {
                nextY.add(MARGIN);
            }
            int height = Math.max(MIN_BOX_HEIGHT, SLOT * slots(n) + 8);
            at.put(n, new Box(MARGIN + c * columnPitch, nextY.get(c), height));
            nextY.set(c, nextY.get(c) + height + ROW_GAP);
        }
        return at;
    }

    private static Map<Node, Integer> columns(List<Node> nodes) {
        Map<Node, Integer> column = new HashMap<>();
        for (Node n : nodes) {
            int c = 0;
            for (Node a : n.arguments()) {
                if (a.primitive() != Primitive.CONSTANT) {
                    c = Math.max(c, column.get(a) + 1);
                }
            }
            column.put(n, c);
        }
        Map<Node, Integer> firstUse = new HashMap<>();
        for (Node n : nodes) {
            for (Node a : n.arguments()) {
                if (a.primitive().isLeaf() && a.primitive() != Primitive.CONSTANT) {
                    firstUse.merge(a, column.get(n), Math::min);
                }
            }
        }
        firstUse.forEach((leaf, c) -> column.put(leaf, c - 1));
        return column;
    }

    /** The arcs that can enter {@code n}: one per argument that is not a constant. */
    private static int slots(Node n) {
        return (int) n.arguments().stream().filter(a -> a.primitive() != Primitive.CONSTANT).count();
    }

    private static void box(Svg svg, Box b, int width, Node n, Table digits) {
        svg.element("rect", "data-node", n.index(), "x", b.x(), "y", b.y(), "width", width, "height", b.height(),
                "rx", 6, "fill", "#f4f6fb", "stroke", "#34495e");
        int top = b.y() + (b.height() - MIN_BOX_HEIGHT) / 2;
        svg.text(n.label(), "x", b.x() + 8, "y", top + 16, "font-weight", "bold", "fill", "#2c3e50");
        svg.text(valueLine(n, digits), "x", b.x() + 8, "y", top + 30, "font-weight", "normal", "fill", "#000000");
        svg.text(gradientLine(n, digits), "x", b.x() + 8, "y", top + 43, "font-weight", "normal", "fill", "#c0392b");
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

    /** From the argument's right edge, slanted, then a horizontal run into slot {@code slot} (1, 2, …). */
    private static void arc(Svg svg, Box from, Box to, int slot, int boxWidth, int run, ArcStep step, Table digits) {
        int x1 = from.x() + boxWidth;
        int y1 = from.y() + from.height() / 2;
        int y2 = to.y() + (to.height() - SLOT * slots(step.consumer())) / 2 + SLOT * slot;
        int x2 = to.x();
        int bend = x2 - run;
        svg.element("polyline", "data-from", step.argument().index(), "data-to", step.consumer().index(),
                "points", x1 + "," + y1 + " " + bend + "," + y2 + " " + x2 + "," + y2,
                "fill", "none", "stroke", "#7f8c8d", "marker-end", "url(#arrow)");
        svg.text(arcLabel(step, digits), "x", x2 - 8, "y", y2 - 4, "font-weight", "normal", "fill", "#c0392b",
                "text-anchor", "end");
    }
}

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
    /**
     * The widest figure, in px: a notebook shows a figure at most 800 px wide, and 12 px text scaled by
     * 800/960 is 10 px, the smallest that reads. Wider graphs wrap their columns into bands.
     */
    static final int MAX_WIDTH = 960;
    /** Font size in px; an upper bound of a character's width in px, normal and bold. */
    static final double FONT = 12;
    static final double NORMAL = 0.7 * FONT;
    static final double BOLD = 0.8 * FONT;
    private static final int SLOT = 18;
    private static final int MIN_BOX_HEIGHT = 48;
    static final int ROW_GAP = 24;
    /** The slanted part of each arc, left of the horizontal runs that carry the labels. */
    static final int SLANT = 60;
    static final int MARGIN = 20;
    /** The figure's numbers: 3 significant digits, one table for round-off residues (see {@link Table}). */
    private static final Precision DIGITS = Precision.significant(3);

    private GraphFigure() {
    }

    /** Whether {@code work} is small enough to draw. */
    public static boolean drawable(GraphWork work) {
        return work.output().index() + 1 <= MAX_NODES;
    }

    /** Whether {@code work}'s drawing wraps into bands, being too wide for {@link #MAX_WIDTH} in one. */
    public static boolean wraps(GraphWork work) {
        List<Node> nodes = drawn(work);
        List<ArcStep> arcs = work.trace().arcs();
        Table digits = DIGITS.table(values(nodes, arcs));
        int boxWidth = boxWidth(nodes, digits);
        return Bands.of(columns(nodes), boxWidth, boxWidth + SLANT + run(arcs, digits)).wrapped();
    }

    private static List<Node> drawn(GraphWork work) {
        return work.graph().nodes().subList(0, work.output().index() + 1).stream()
                .filter(n -> n.primitive() != Primitive.CONSTANT).toList();
    }

    /** The length of an arc's horizontal run: its longest label and room round it. */
    private static int run(List<ArcStep> arcs, Table digits) {
        return (int) Math.ceil(arcs.stream().mapToInt(a -> arcLabel(a, digits).length()).max().orElse(0) * NORMAL) + 12;
    }

    /** Where a node's box stands, and in which band of columns. */
    record Box(int x, int y, int height, int band) {
    }

    /** The SVG text of the drawing. */
    public static String svg(GraphWork work) {
        List<Node> nodes = drawn(work);
        List<ArcStep> arcs = work.trace().arcs();
        Table digits = DIGITS.table(values(nodes, arcs));
        int boxWidth = boxWidth(nodes, digits);
        int run = run(arcs, digits);
        Bands bands = Bands.of(columns(nodes), boxWidth, boxWidth + SLANT + run);
        Map<Node, Box> at = layout(nodes, bands, arcs);
        int width = bands.width();
        int bottom = at.values().stream().mapToInt(b -> b.y() + b.height()).max().orElse(MARGIN);
        int height = bottom + MARGIN + (digits.note().isEmpty() ? 0 : 16);
        Svg svg = new Svg(width, height, (int) FONT)
                .markup("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7f8c8d\"/></marker></defs>")
                .element("rect", "width", "100%", "height", "100%", "fill", "white");
        Map<Node, Integer> slotsUsed = new HashMap<>();
        Map<Integer, Integer> lanesUsed = new HashMap<>();
        for (ArcStep arc : arcs) {
            int slot = slotsUsed.merge(arc.consumer(), 1, Integer::sum);
            Box from = at.get(arc.argument());
            Box to = at.get(arc.consumer());
            int lane = from.band() == to.band() ? -1 : lanesUsed.merge(from.band(), 1, Integer::sum) - 1;
            int corridor = lane < 0 ? 0 : bandBottom(at, from.band()) + ROW_GAP / 2 + Bands.LANE * lane;
            arc(svg, new Run(from, to, slot, lane, corridor), boxWidth, run, arc, digits);
        }
        for (Node n : nodes) {
            box(svg, at.get(n), boxWidth, n, digits);
        }
        if (!digits.note().isEmpty()) {
            svg.text(digits.note(), "x", MARGIN, "y", height - 8, "font-weight", "normal", "fill", "#000000");
        }
        return svg.close();
    }

    private static int bandBottom(Map<Node, Box> at, int band) {
        return at.values().stream().filter(b -> b.band() == band).mapToInt(b -> b.y() + b.height()).max().orElseThrow();
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
     * Within a column, boxes in creation order, each as tall as its arcs' slots need; a band of columns
     * starts below the previous band and the corridor under it, where arcs into a later band run.
     */
    private static Map<Node, Box> layout(List<Node> nodes, Bands bands, List<ArcStep> arcs) {
        Map<Node, Integer> column = bands.columns();
        List<Integer> nextY = new ArrayList<>();
        Map<Node, Box> at = new HashMap<>();
        int top = MARGIN;
        for (int band = 0; band < bands.count(); band++) {
            int bandBottom = top;
            for (Node n : nodes) {
                int c = column.get(n);
                if (bands.band(c) != band) {
                    continue;
                }
                while (nextY.size() <= c) {
                    nextY.add(null);
                }
                int y = nextY.get(c) == null ? top : nextY.get(c);
                int height = Math.max(MIN_BOX_HEIGHT, SLOT * slots(n) + 8);
                at.put(n, new Box(bands.x(c), y, height, band));
                nextY.set(c, y + height + ROW_GAP);
                bandBottom = Math.max(bandBottom, y + height);
            }
            int leaving = 0;
            for (ArcStep a : arcs) {
                if (bands.band(column.get(a.argument())) == band && bands.band(column.get(a.consumer())) > band) {
                    leaving++;
                }
            }
            top = bandBottom + ROW_GAP + Bands.LANE * leaving;
        }
        return at;
    }

    /**
     * Column = longest path from an input, constants not counted, except that an input or parameter stands
     * just before its first consumer (b^(2) beside z^(2), not among the inputs).
     */
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

    /**
     * Where an arc goes: into slot {@code slot} (1, 2, …) of its consumer; an arc into a later band runs in
     * {@code lane} (0, 1, …; −1 within a band) of the corridor at height {@code corridor} under its band.
     */
    private record Run(Box from, Box to, int slot, int lane, int corridor) {
    }

    /**
     * From the argument's right edge, slanted, then a horizontal run into its slot, which carries the label.
     * An arc into a later band instead turns down beside its argument, runs left along the corridor under
     * the band and down the gap before its consumer's column, shifted by its lane so no two coincide.
     */
    private static void arc(Svg svg, Run r, int boxWidth, int run, ArcStep step, Table digits) {
        int x1 = r.from().x() + boxWidth;
        int y1 = r.from().y() + r.from().height() / 2;
        int y2 = r.to().y() + (r.to().height() - SLOT * slots(step.consumer())) / 2 + SLOT * r.slot();
        int x2 = r.to().x();
        int bend = x2 - run;
        String points;
        if (r.lane() < 0) {
            points = x1 + "," + y1 + " " + bend + "," + y2;
        } else {
            int shift = Bands.LANE * (r.lane() % Bands.LANES);
            int down = x1 + 8 + shift;
            int left = bend - 6 - shift;
            points = x1 + "," + y1 + " " + down + "," + y1 + " " + down + "," + r.corridor() + " " + left + ","
                    + r.corridor() + " " + left + "," + y2 + " " + bend + "," + y2;
        }
        svg.element("polyline", "data-from", step.argument().index(), "data-to", step.consumer().index(),
                "points", points + " " + x2 + "," + y2,
                "fill", "none", "stroke", "#7f8c8d", "marker-end", "url(#arrow)");
        svg.text(arcLabel(step, digits), "x", x2 - 8, "y", y2 - 4, "font-weight", "normal", "fill", "#c0392b",
                "text-anchor", "end");
    }
}

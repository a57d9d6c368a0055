package backprop.export.notebook;

import backprop.core.graph.ArcStep;
import backprop.core.graph.Node;
import backprop.core.graph.Primitive;
import backprop.examples.GraphWork;
import backprop.examples.Precision;
import backprop.examples.Table;
import backprop.export.Escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * The figure the documents lost: a computational graph drawn left to right (inputs first), each node with
 * its forward value (black) and its gradient (red), and on each arc localGradient × upstreamGradient, as
 * the slides draw them. SVG, so it scales; embedded as a data URI so that nbconvert's HTML keeps it.
 */
public final class GraphFigure {
    /** Past this many nodes a drawing is no longer readable; the answer key's tables carry the graph instead. */
    public static final int MAX_NODES = 40;
    private static final int COLUMN = 270;
    private static final int ROW = 78;
    private static final int BOX_WIDTH = 150;
    private static final int BOX_HEIGHT = 48;
    private static final int MARGIN = 20;
    /** The figure's numbers: 3 significant digits, one table for round-off residues (see {@link Table}). */
    private static final Precision DIGITS = Precision.significant(3);

    private GraphFigure() {
    }

    /** Whether {@code work} is small enough to draw. */
    public static boolean drawable(GraphWork work) {
        return work.output().index() + 1 <= MAX_NODES;
    }

    /** The SVG text of the drawing. */
    public static String svg(GraphWork work) {
        List<Node> nodes = work.graph().nodes().subList(0, work.output().index() + 1);
        Map<Node, int[]> at = layout(nodes);
        int columns = at.values().stream().mapToInt(p -> p[0]).max().orElse(0) + 1;
        int rows = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + 1;
        int width = 2 * MARGIN + (columns - 1) * COLUMN + BOX_WIDTH;
        Table digits = DIGITS.table(values(nodes, work.trace().arcs()));
        int height = 2 * MARGIN + (rows - 1) * ROW + BOX_HEIGHT + 14 + (digits.note().isEmpty() ? 0 : 16);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Map<String, Node> byLabel = new HashMap<>();
        for (Node n : nodes) {
            byLabel.putIfAbsent(n.label(), n);
        }
        for (ArcStep arc : work.trace().arcs()) {
            Node from = byLabel.get(arc.argument());
            Node to = byLabel.get(arc.consumer());
            if (from != null && to != null) {
                arc(svg, at.get(from), at.get(to), arc, digits);
            }
        }
        for (Node n : nodes) {
            box(svg, at.get(n), n, digits);
        }
        if (!digits.note().isEmpty()) {
            text(svg, MARGIN, height - 8, "normal", "#000000", digits.note());
        }
        return svg.append("</svg>\n").toString();
    }

    /** Every number the figure shows: node values and gradients, arcs' local and upstream gradients. */
    private static double[] values(List<Node> nodes, List<ArcStep> arcs) {
        return DoubleStream.concat(nodes.stream().flatMapToDouble(n -> DoubleStream.of(n.value(), n.gradient())),
                arcs.stream().flatMapToDouble(a -> DoubleStream.of(a.localGradient(), a.upstreamGradient()))).toArray();
    }

    /**
     * Column = longest path from a leaf, except that a constant sits just before its first consumer (the
     * "+1" of 1 + e^−u beside that gate, not among the inputs); row = order of creation within the column.
     */
    private static Map<Node, int[]> layout(List<Node> nodes) {
        Map<Node, Integer> column = new HashMap<>();
        for (Node n : nodes) {
            int c = 0;
            for (Node a : n.arguments()) {
                if (a.primitive() != Primitive.CONSTANT) {
                    c = Math.max(c, column.get(a) + 1);
                }
            }
            column.put(n, n.primitive() == Primitive.CONSTANT ? -1 : Math.max(c, 1));
            for (Node a : n.arguments()) {
                if (a.primitive() == Primitive.CONSTANT && column.get(a) < 0) {
                    column.put(a, column.get(n) - 1);
                }
            }
        }
        boolean shift = nodes.stream().noneMatch(n -> column.get(n) == 0);
        Map<Node, int[]> at = new HashMap<>();
        List<Integer> rowsUsed = new ArrayList<>();
        for (Node n : nodes) {
            int c = Math.max(0, column.get(n) - (shift ? 1 : 0));
            while (rowsUsed.size() <= c) {
                rowsUsed.add(0);
            }
            at.put(n, new int[] {c, rowsUsed.get(c)});
            rowsUsed.set(c, rowsUsed.get(c) + 1);
        }
        return at;
    }

    private static void box(StringBuilder svg, int[] p, Node n, Table digits) {
        int x = MARGIN + p[0] * COLUMN;
        int y = MARGIN + p[1] * ROW;
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"#f4f6fb\" stroke=\"#34495e\"/>\n");
        text(svg, x + 8, y + 16, "bold", "#2c3e50", n.label());
        text(svg, x + 8, y + 30, "normal", "#000000", "value " + digits.format(n.value()));
        text(svg, x + 8, y + 43, "normal", "#c0392b", "grad " + digits.format(n.gradient()));
    }

    private static void arc(StringBuilder svg, int[] from, int[] to, ArcStep step, Table digits) {
        int x1 = MARGIN + from[0] * COLUMN + BOX_WIDTH;
        int y1 = MARGIN + from[1] * ROW + BOX_HEIGHT / 2;
        int x2 = MARGIN + to[0] * COLUMN;
        int y2 = MARGIN + to[1] * ROW + BOX_HEIGHT / 2;
        svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#7f8c8d\"/>\n");
        String label = digits.format(step.localGradient()) + " × " + digits.format(step.upstreamGradient());
        text(svg, (x1 + x2) / 2 - 30, (y1 + y2) / 2 - 4, "normal", "#c0392b", label);
    }

    private static void text(StringBuilder svg, int x, int y, String weight, String colour, String content) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-weight=\"").append(weight)
                .append("\" fill=\"").append(colour).append("\">").append(Escape.html(content)).append("</text>\n");
    }
}

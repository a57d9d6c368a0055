package backprop.export.notebook.figure;

import org.eclipse.elk.alg.layered.options.CuttingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * A graph laid out by the Eclipse Layout Kernel's layered algorithm (ELK Layered, the Sugiyama method):
 * boxes in layers left to right, arcs routed orthogonally from a box's right side into the next box's left
 * side, and each arc's label placed by ELK inline on the middle of its arc (so it is read as that arc's),
 * in a layer of space it reserves, so that no label meets a box or another label. In process and pure Java,
 * so the tool needs no Graphviz on users' machines. A graph too wide for {@link #maxWidth} is wrapped into
 * rows by ELK's graph wrapping (multi-edge), asking for ever taller aspect ratios until the rows fit.
 *
 * <p>Known limit, measured: a node that feeds every layer (h_i = h_{i−1}·x for i = 1..39, x used by all)
 * keeps a wrapped drawing 1,623 px wide at every aspect ratio tried, as each row carries its long arcs; no
 * graph of the documents or the variants is like that (the widest wrapped figure is 898 px).
 *
 * <p>ELK's random seed is fixed, and every coordinate is rounded to a whole px, so the same graph gives the
 * same drawing, byte for byte, on every run and in every locale.
 *
 * @param maxWidth the widest drawing wanted, in px; a wider one is wrapped
 * @param margin   white space round the drawing, in px
 */
record GraphLayout(int maxWidth, int margin) {
    /** Between two boxes of one layer, and between a layer's boxes and the arcs' vertical runs, in px. */
    private static final double NODE_GAP = 24;
    /**
     * Aspect ratios (width ÷ height) asked of the wrapping, widest first, each half the one before: the first
     * that fits {@link #maxWidth} gives the fewest rows.
     */
    private static final double FIRST_RATIO = 16;
    private static final int RATIOS = 12;

    /** A box to place: its size in px. */
    record Box(int width, int height) {
    }

    /** An arc to route from box {@code from} to box {@code to} (indices), with a label: its text and size. */
    record Arc(int from, int to, String text, Box label) {
    }

    /** Where a box or a label stands: its top-left corner and size, in whole px. */
    record Rect(int x, int y, int width, int height) {
    }

    /** An arc's route as x, y pairs, first on its source's right edge, last on its target's left edge; its label. */
    record Route(int[] points, Rect label) {
    }

    /** The drawing: each box's and each arc's place, in the order given, the overall size, and whether it wraps. */
    record Placed(List<Rect> boxes, List<Route> arcs, int width, int height, boolean wrapped) {
    }

    /** Lays out {@code boxes} joined by {@code arcs}, unwrapped if that fits {@link #maxWidth}. */
    Placed place(List<Box> boxes, List<Arc> arcs) {
        Placed flat = layout(boxes, arcs, 0);
        if (flat.width() <= maxWidth) {
            return flat;
        }
        Placed wrapped = flat;
        for (int i = 0; i < RATIOS && wrapped.width() > maxWidth; i++) {
            wrapped = layout(boxes, arcs, FIRST_RATIO / (1 << i));
        }
        return wrapped;
    }

    /** One run of ELK Layered; {@code ratio} 0 means no wrapping, else wrapping towards that aspect ratio. */
    private Placed layout(List<Box> boxes, List<Arc> arcs, double ratio) {
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph, ratio);
        List<ElkNode> nodes = new ArrayList<>();
        for (Box b : boxes) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            n.setDimensions(b.width(), b.height());
            nodes.add(n);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Arc a : arcs) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(nodes.get(a.from()), nodes.get(a.to()));
            ElkLabel label = ElkGraphUtil.createLabel(a.text(), e);
            label.setDimensions(a.label().width(), a.label().height());
            label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            label.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
            edges.add(e);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return new Placed(nodes.stream().map(n -> rect(n.getX(), n.getY(), n.getWidth(), n.getHeight())).toList(),
                edges.stream().map(GraphLayout::route).toList(), px(graph.getWidth()), px(graph.getHeight()),
                ratio > 0);
    }

    private void configure(ElkNode graph, double ratio) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.RANDOM_SEED, 1);
        graph.setProperty(LayeredOptions.PADDING, new ElkPadding(margin));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, NODE_GAP);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        graph.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 4.0);
        if (ratio > 0) {
            graph.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            graph.setProperty(LayeredOptions.WRAPPING_CUTTING_STRATEGY, CuttingStrategy.ARD);
            graph.setProperty(LayeredOptions.ASPECT_RATIO, ratio);
        }
    }

    /** The arc's one section: start, bend points, end; and its label. */
    private static Route route(ElkEdge e) {
        ElkEdgeSection s = e.getSections().get(0);
        List<Double> xy = new ArrayList<>(List.of(s.getStartX(), s.getStartY()));
        for (ElkBendPoint p : s.getBendPoints()) {
            xy.add(p.getX());
            xy.add(p.getY());
        }
        xy.add(s.getEndX());
        xy.add(s.getEndY());
        ElkLabel l = e.getLabels().get(0);
        return new Route(xy.stream().mapToInt(GraphLayout::px).toArray(),
                rect(l.getX(), l.getY(), l.getWidth(), l.getHeight()));
    }

    /**
     * Whole px, the corner rounded and the size kept: sizes are whole already, so a box's right edge and an
     * arc's start, both rounded from ELK's same sum, stay equal.
     */
    private static Rect rect(double x, double y, double width, double height) {
        return new Rect(px(x), px(y), px(width), px(height));
    }

    private static int px(double v) {
        return (int) Math.round(v);
    }
}

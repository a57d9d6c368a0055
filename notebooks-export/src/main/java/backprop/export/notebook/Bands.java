package backprop.export.notebook;

import backprop.core.graph.Node;

import java.util.Map;

/**
 * A graph figure's columns wrapped into bands, each band below the previous one, so that no figure is wider
 * than {@link GraphFigure#MAX_WIDTH}: read left to right, then on in the next band, as a text wraps. Chosen
 * over a layer-by-layer drawing for graphs that are not networks (000's σ gate by gate, 003's ‖W·x‖²): they
 * have no vectors to merge, and every node and arc the slides draw stays drawn.
 *
 * <p>A wrapped figure has a left gutter as wide as an arc's slant and run, so that an arc into a band's
 * first column has room for its label, and a right margin of one slant, where an arc leaving its band turns
 * down to the corridor under that band.
 *
 * @param columns  each node's column, longest path from an input
 * @param perBand  columns in one band
 * @param count    number of bands
 * @param boxWidth a node box's width
 * @param pitch    from one column's left edge to the next's
 */
record Bands(Map<Node, Integer> columns, int perBand, int count, int boxWidth, int pitch) {
    /** Vertical distance between two arcs running side by side in a corridor, and their horizontal shift. */
    static final int LANE = 6;
    /** Arcs in one corridor before their vertical runs repeat places; {@code LANE × LANES} stays inside a slant. */
    static final int LANES = 8;

    /** As many columns per band as {@link GraphFigure#MAX_WIDTH} holds (at least one); one band if all fit. */
    static Bands of(Map<Node, Integer> columns, int boxWidth, int pitch) {
        int total = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (width(total, false, boxWidth, pitch) <= GraphFigure.MAX_WIDTH) {
            return new Bands(columns, total, 1, boxWidth, pitch);
        }
        int perBand = 1;
        while (perBand < total && width(perBand + 1, true, boxWidth, pitch) <= GraphFigure.MAX_WIDTH) {
            perBand++;
        }
        return new Bands(columns, perBand, (total + perBand - 1) / perBand, boxWidth, pitch);
    }

    private static int width(int columns, boolean wrapped, int boxWidth, int pitch) {
        int gutter = wrapped ? pitch - boxWidth : 0;
        return 2 * GraphFigure.MARGIN + gutter + (columns - 1) * pitch + boxWidth + (wrapped ? GraphFigure.SLANT : 0);
    }

    boolean wrapped() {
        return count > 1;
    }

    int band(int column) {
        return column / perBand;
    }

    /** The left edge of {@code column}'s boxes. */
    int x(int column) {
        return GraphFigure.MARGIN + (wrapped() ? pitch - boxWidth : 0) + (column % perBand) * pitch;
    }

    /** The figure's width. */
    int width() {
        return width(Math.min(perBand, columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1),
                wrapped(), boxWidth, pitch);
    }
}

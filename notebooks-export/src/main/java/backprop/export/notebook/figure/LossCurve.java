package backprop.export.notebook.figure;

import backprop.examples.format.Precision;

import java.util.List;

/** The cost per epoch of a training run, drawn as an SVG line with labelled axes. */
public final class LossCurve {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 260;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 20;
    private static final int RIGHT = 20;
    private static final String AXIS = "#34495e";

    private LossCurve() {
    }

    /** The SVG of J against the epoch, J(0) being the cost before training. */
    public static String svg(List<Double> costs) {
        if (costs.size() < 2) {
            throw new IllegalArgumentException("LossCurve: needs at least two costs, has " + costs.size());
        }
        double max = costs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = Math.min(0.0, costs.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        double span = max > min ? max - min : 1.0;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < costs.size(); i++) {
            double x = LEFT + plotW * (double) i / (costs.size() - 1);
            double y = TOP + plotH * (1 - (costs.get(i) - min) / span);
            points.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
        }
        Precision p = Precision.significant(3);
        Svg svg = new Svg(WIDTH, HEIGHT, 12)
                .element("rect", "width", "100%", "height", "100%", "fill", "white")
                .element("line", "x1", LEFT, "y1", TOP, "x2", LEFT, "y2", TOP + plotH, "stroke", AXIS)
                .element("line", "x1", LEFT, "y1", TOP + plotH, "x2", LEFT + plotW, "y2", TOP + plotH, "stroke", AXIS)
                .element("polyline", "fill", "none", "stroke", "#c0392b", "stroke-width", 2, "points", points);
        return svg.text(p.format(max), "x", LEFT - 6, "y", TOP + 4, "text-anchor", "end")
                .text(p.format(min), "x", LEFT - 6, "y", TOP + plotH, "text-anchor", "end")
                .text("0", "x", LEFT, "y", TOP + plotH + 16, "text-anchor", "middle")
                .text(Integer.toString(costs.size() - 1), "x", LEFT + plotW, "y", TOP + plotH + 16, "text-anchor", "middle")
                .text("epoch", "x", LEFT + plotW / 2, "y", HEIGHT - 6, "text-anchor", "middle")
                .text("J", "x", 16, "y", TOP + plotH / 2, "text-anchor", "middle")
                .close();
    }

    private static String round(double v) {
        return Precision.decimals(1).format(v);
    }
}

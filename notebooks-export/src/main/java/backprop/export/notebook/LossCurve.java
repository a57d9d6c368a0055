package backprop.export.notebook;

import backprop.export.model.Escape;
import backprop.examples.Precision;

import java.util.List;

/** The cost per epoch of a training run, drawn as an SVG line with labelled axes. */
public final class LossCurve {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 260;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 20;
    private static final int RIGHT = 20;

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
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" font-family=\"sans-serif\" font-size=\"12\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
                + line(LEFT, TOP, LEFT, TOP + plotH) + line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH)
                + "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"" + points + "\"/>\n"
                + text(LEFT - 6, TOP + 4, "end", p.format(max)) + text(LEFT - 6, TOP + plotH, "end", p.format(min))
                + text(LEFT, TOP + plotH + 16, "middle", "0")
                + text(LEFT + plotW, TOP + plotH + 16, "middle", Integer.toString(costs.size() - 1))
                + text(LEFT + plotW / 2, HEIGHT - 6, "middle", "epoch")
                + text(16, TOP + plotH / 2, "middle", "J")
                + "</svg>\n";
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#34495e\"/>\n";
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + Escape.html(content)
                + "</text>\n";
    }

    private static String round(double v) {
        return Precision.decimals(1).format(v);
    }
}

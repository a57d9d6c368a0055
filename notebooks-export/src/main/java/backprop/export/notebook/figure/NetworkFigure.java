package backprop.export.notebook.figure;

import backprop.core.function.Activation;
import backprop.core.network.BackwardPass;
import backprop.core.network.ForwardPass;
import backprop.examples.format.Precision;
import backprop.examples.format.Table;
import backprop.examples.work.NetworkWork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * A network drawn layer by layer, top to bottom: one box per vector (x, z^(k), a^(k), ŷ, L) with its values
 * (black) and its gradient (red: ∂L/∂a^(k), δ^(k) = ∂L/∂z^(k), the rows of ∂L/∂W^(k) = δ^(k)·a^(k−1)ᵀ),
 * and on each arrow the matrix step forward and the rule backward. A network drawn node by node (004's 4-4-2
 * as 82 scalar nodes, 000's 2-2-1 with its cross-entropy) is thousands of px wide; this drawing is as wide
 * as its longest line, so its 12 px text is never scaled below 10 px at a notebook's 800 px.
 */
public final class NetworkFigure {
    private static final int FONT = 12;
    private static final int LINE = 16;
    private static final int MARGIN = 20;
    /** Values per text line; a longer vector continues on the next line. */
    private static final int PER_LINE = 4;
    /** Height of the gap between two boxes: two label lines and room round them. */
    private static final int GAP = 2 * LINE + 16;
    private static final Precision DIGITS = Precision.significant(3);

    private NetworkFigure() {
    }

    /** A box: bold title, black value lines, red gradient lines. */
    private record Box(String title, List<String> values, List<String> gradients) {
        int height() {
            return 10 + LINE * (1 + values.size() + gradients.size());
        }
    }

    /** The step from one box to the next: forward (black) and backward (red). */
    private record Step(String forward, String backward) {
    }

    /** The SVG text of the drawing. */
    public static String svg(NetworkWork net) {
        ForwardPass f = net.forward();
        BackwardPass b = net.backward();
        int l = f.layers();
        Table t = DIGITS.table(values(net));
        List<Box> boxes = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        boxes.add(new Box("x = a" + sup("(0)"), lines("", f.input(), t), lines("∂L/∂x ", b.inputGradient(), t)));
        for (int k = 1; k <= l; k++) {
            String K = sup("(" + k + ")");
            String previous = k == 1 ? "x" : "a" + sup("(" + (k - 1) + ")");
            // a layer without biases (biases = "none") adds no b
            steps.add(new Step("z" + K + " = W" + K + "·" + previous + (net.hasBiases(k) ? " + b" + K : ""),
                    "∂L/∂" + previous + " = W" + K + "ᵀ·δ" + K));
            List<String> gradients = new ArrayList<>(lines("δ" + K + " ", b.delta(k), t));
            var w = b.gradients().weight(k);
            for (int i = 0; i < w.rows(); i++) {
                double[] row = new double[w.cols()];
                for (int j = 0; j < w.cols(); j++) {
                    row[j] = w.get(i, j);
                }
                gradients.addAll(lines("∂L/∂W" + K + " row " + (i + 1) + " ", row, t));
            }
            boxes.add(new Box("z" + K, lines("", f.z(k), t), gradients));
            Activation g = net.before().layer(k).activation();
            steps.add(new Step("a" + K + " = " + name(g) + "(z" + K + ")", g == Activation.SOFTMAX
                    ? "δ" + K + " = J(z" + K + ")ᵀ·∂L/∂a" + K : "δ" + K + " = g′(z" + K + ") ⊙ ∂L/∂a" + K));
            double[] upstream = k == l ? b.lossGradient() : b.upstream(k + 1);
            boxes.add(new Box(k == l ? "ŷ = a" + K : "a" + K, lines("", f.a(k), t), lines("∂L/∂a" + K + " ", upstream, t)));
        }
        steps.add(new Step("L = " + net.loss().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "(ŷ, y)",
                "∂L/∂ŷ from the loss"));
        List<String> loss = new ArrayList<>(List.of(t.format(net.loss().value(f.output(), net.example().y()))));
        loss.addAll(lines("at y = ", net.example().y(), t));
        boxes.add(new Box("L", loss, List.of()));
        return draw(boxes, steps, t);
    }

    private static String draw(List<Box> boxes, List<Step> steps, Table t) {
        double widest = 0;
        for (Box box : boxes) {
            widest = Math.max(widest, box.title().length() * GraphFigure.BOLD);
            for (String s : concat(box.values(), box.gradients())) {
                widest = Math.max(widest, s.length() * GraphFigure.NORMAL);
            }
        }
        int boxWidth = (int) Math.ceil(widest) + 16;
        double label = steps.stream().mapToDouble(s -> Math.max(s.forward().length(), s.backward().length()))
                .max().orElse(0) * GraphFigure.NORMAL;
        int width = 2 * MARGIN + Math.max(Math.max(boxWidth, 36 + (int) Math.ceil(label)),
                (int) Math.ceil(t.note().length() * GraphFigure.NORMAL));
        int height = 2 * MARGIN + boxes.stream().mapToInt(Box::height).sum() + GAP * steps.size()
                + (t.note().isEmpty() ? 0 : LINE);
        Svg svg = new Svg(width, height, FONT)
                .markup("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#7f8c8d\"/></marker></defs>")
                .element("rect", "width", "100%", "height", "100%", "fill", "white");
        int y = MARGIN;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            svg.element("rect", "data-box", i, "x", MARGIN, "y", y, "width", boxWidth, "height", box.height(), "rx", 6,
                    "fill", "#f4f6fb", "stroke", "#34495e");
            int line = y + LINE;
            svg.text(box.title(), "x", MARGIN + 8, "y", line, "font-weight", "bold", "fill", "#2c3e50");
            for (String v : box.values()) {
                line += LINE;
                svg.text(v, "x", MARGIN + 8, "y", line, "font-weight", "normal", "fill", "#000000");
            }
            for (String g : box.gradients()) {
                line += LINE;
                svg.text(g, "x", MARGIN + 8, "y", line, "font-weight", "normal", "fill", "#c0392b");
            }
            y += box.height();
            if (i < steps.size()) {
                Step s = steps.get(i);
                svg.element("line", "x1", MARGIN + 20, "y1", y, "x2", MARGIN + 20, "y2", y + GAP, "stroke", "#7f8c8d",
                        "marker-end", "url(#arrow)");
                svg.text(s.forward(), "x", MARGIN + 36, "y", y + 8 + LINE - 3, "font-weight", "normal", "fill", "#000000");
                svg.text(s.backward(), "x", MARGIN + 36, "y", y + 8 + 2 * LINE - 1, "font-weight", "normal",
                        "fill", "#c0392b");
                y += GAP;
            }
        }
        if (!t.note().isEmpty()) {
            svg.text(t.note(), "x", MARGIN, "y", height - 8, "font-weight", "normal", "fill", "#000000");
        }
        return svg.close();
    }

    /** {@code prefix[v1, v2, v3, v4,} then the rest on following lines, {@link #PER_LINE} values a line. */
    private static List<String> lines(String prefix, double[] v, Table t) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < v.length; from += PER_LINE) {
            String part = t.vector(Arrays.copyOfRange(v, from, Math.min(v.length, from + PER_LINE)));
            part = part.substring(1, part.length() - 1);
            out.add((from == 0 ? prefix + "[" : "   ") + part + (from + PER_LINE >= v.length ? "]" : ","));
        }
        return out;
    }

    private static double[] values(NetworkWork net) {
        ForwardPass f = net.forward();
        BackwardPass b = net.backward();
        DoubleStream all = DoubleStream.concat(Arrays.stream(f.input()), Arrays.stream(b.inputGradient()));
        for (int k = 1; k <= f.layers(); k++) {
            all = DoubleStream.concat(all, Arrays.stream(f.z(k)));
            all = DoubleStream.concat(all, Arrays.stream(f.a(k)));
            all = DoubleStream.concat(all, Arrays.stream(b.delta(k)));
            all = DoubleStream.concat(all, Arrays.stream(b.gradients().weight(k).data()));
        }
        return DoubleStream.concat(all, Arrays.stream(b.lossGradient())).toArray();
    }

    private static String name(Activation g) {
        return switch (g) {
            case IDENTITY -> "id";
            case SIGMOID -> "σ";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case SOFTMAX -> "softmax";
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Superscript digits and parentheses, as the documents write a layer: a⁽¹⁾. */
    private static String sup(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '(' -> '⁽';
                case ')' -> '⁾';
                case '1' -> '¹';
                case '2' -> '²';
                case '3' -> '³';
                default -> c >= '0' && c <= '9' ? (char) ('⁰' + c - '0') : c;
            });
        }
        return out.toString();
    }
}

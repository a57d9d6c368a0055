package backprop.verification.oracle;

import backprop.core.function.Loss;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.DenseLayer;
import backprop.core.network.Example;
import backprop.core.network.Gradients;
import backprop.core.network.Matrix;
import backprop.core.network.Network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * Checks analytic gradients against two oracles that share no code with the back-propagation that
 * produced them: the extrapolated central difference of {@link FiniteDifferences}, which only evaluates
 * f (by core's forward pass), and {@link ForwardMode}, which differentiates f by forward-mode AD from
 * the graph's structure or the network's parameters.
 *
 * <p>Per variable x_j: forward mode gives ∂f/∂x_j, the kinks and a step limit d_j; the difference is
 * extrapolated from h₀ = min({@link FiniteDifferences#INITIAL_STEP}, d_j), so that no sample crosses a
 * kink or singularity. A smooth entry passes when it is within {@link GradientCheckBounds} of both
 * oracles; within forward mode's bound alone, it passes as an ill-conditioned difference (the difference, not
 * the gradient, is off: {@link GradientCheckEntry}), reported apart. At a kink (a ReLU argument = 0 or a tie in max that x_j moves) the derivative does not
 * exist: the entry passes when the analytic value lies between the one-sided derivatives D₋ and D₊,
 * so ReLU'(0) = 0 and ReLU'(0) = 1 both pass, as both are subgradients.
 */
public final class GradientCheck {

    private GradientCheck() {
    }

    /**
     * Checks ∂output/∂v for each leaf v in {@code wrt} as held in {@link Node#gradient()} after the caller's
     * backward pass.
     *
     * <p>Modified: the leaves' values are moved and restored, and the graph is re-evaluated by
     * {@link Graph#forward()} at the end, so that computed values are those of the current leaves.
     * Gradients are not touched.
     */
    public static GradientCheckReport ofGraph(Graph graph, Node output, List<Node> wrt) {
        double[] analytic = new double[wrt.size()];
        for (int j = 0; j < analytic.length; j++) {
            analytic[j] = wrt.get(j).gradient();
        }
        return ofGraph(graph, output, wrt, analytic);
    }

    /** As {@link #ofGraph(Graph, Node, List)}, with the analytic values given: analytic[j] = ∂output/∂wrt_j. */
    public static GradientCheckReport ofGraph(Graph graph, Node output, List<Node> wrt, double[] analytic) {
        requireLength("ofGraph", analytic.length, wrt.size());
        ForwardDerivatives fm = ForwardMode.ofGraph(graph, output, wrt);
        List<DoubleConsumer> setters = new ArrayList<>();
        double[] point = new double[wrt.size()];
        for (int j = 0; j < point.length; j++) {
            Node leaf = wrt.get(j);
            point[j] = leaf.value();
            setters.add(leaf::set);
        }
        Probe probe = new Probe(point, setters, () -> {
            graph.forward();
            return output.value();
        });
        try {
            return check("∂" + output.label() + " by " + fm.names(), probe, fm, analytic);
        } finally {
            // each leaf is back at its value (Probe.along puts it back after every evaluation); the computed
            // nodes still hold the last probe's values until this forward pass
            graph.forward();
        }
    }

    /** Checks ∂L/∂W^(k) and ∂L/∂b^(k) of one example; the network is not modified (a copy is varied). */
    public static GradientCheckReport ofNetwork(Network network, Example example, Loss loss, Gradients analytic) {
        return ofNetwork(network, example, loss, analytic, null);
    }

    /**
     * Checks ∂L/∂W^(k), ∂L/∂b^(k) and, when {@code inputGradient} is given, ∂L/∂x, in the order of
     * {@link ForwardMode#networkVariables}. Arguments not modified: the differences vary a copy.
     */
    public static GradientCheckReport ofNetwork(Network network, Example example, Loss loss, Gradients analytic,
                                                double[] inputGradient) {
        Network copy = network.copy();
        double[] x = example.x();
        List<DoubleConsumer> setters = new ArrayList<>();
        List<Double> point = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int k = 1; k <= copy.depth(); k++) {
            DenseLayer layer = copy.layer(k);
            Matrix w = layer.weights();
            requireShape(k, analytic.weight(k), w, analytic.bias(k).length, layer.bias().length);
            for (int j = 0; j < w.rows(); j++) {
                for (int i = 0; i < w.cols(); i++) {
                    int row = j;
                    int col = i;
                    setters.add(v -> w.set(row, col, v));
                    point.add(w.get(j, i));
                    values.add(analytic.weight(k).get(j, i));
                }
            }
            for (int j = 0; j < layer.bias().length; j++) {
                int index = j;
                setters.add(v -> layer.bias()[index] = v);
                point.add(layer.bias()[j]);
                values.add(analytic.bias(k)[j]);
            }
        }
        ForwardDerivatives fm = ForwardMode.ofNetwork(network, example, loss);
        if (inputGradient != null) {
            requireLength("ofNetwork: ∂L/∂x", inputGradient.length, x.length);
            for (int i = 0; i < x.length; i++) {
                int index = i;
                setters.add(v -> x[index] = v);
                point.add(x[i]);
                values.add(inputGradient[i]);
            }
        } else {
            fm = withoutInputs(fm, x.length);
        }
        Probe probe = new Probe(toArray(point), setters, () -> copy.loss(x, example.y(), loss));
        return check("∂L/∂θ of a " + copy.depth() + "-layer network, " + loss, probe, fm, toArray(values));
    }

    /** f of one variable at a time: set it, evaluate, put it back (in a finally, so no leaf stays moved). */
    private record Probe(double[] point, List<DoubleConsumer> setters, DoubleSupplier f) {
        DoubleUnaryOperator along(int j) {
            return v -> {
                setters.get(j).accept(v);
                try {
                    return f.getAsDouble();
                } finally {
                    setters.get(j).accept(point[j]);
                }
            };
        }
    }

    private static GradientCheckReport check(String title, Probe probe, ForwardDerivatives fm, double[] analytic) {
        double scale = Math.max(Math.abs(fm.value()), fm.termScale());
        double floor = GradientCheckBounds.FLOOR_FRACTION * scale;
        List<GradientCheckEntry> entries = new ArrayList<>();
        double[] limits = fm.stepLimits();
        for (int j = 0; j < analytic.length; j++) {
            double h0 = Math.min(FiniteDifferences.INITIAL_STEP, limits[j]);
            DoubleUnaryOperator f = probe.along(j);
            double x = probe.point()[j];
            entries.add(fm.atKink(j)
                    ? atKink(fm.names().get(j), analytic[j], fm.derivative(j), f, x, h0, floor)
                    : smooth(fm.names().get(j), analytic[j], fm.derivative(j), f, x, h0, floor));
        }
        return new GradientCheckReport(title, fm.value(), scale, floor, entries, fm.kinks());
    }

    // |g − D| ≤ rtol_FD · max(|D|, floor) and |g − m| ≤ rtol_FM · max(|m|, floor); the second alone: the
    // difference is ill-conditioned there, not the gradient wrong (GradientCheckEntry)
    private static GradientCheckEntry smooth(String name, double g, double m, DoubleUnaryOperator f, double x,
                                             double h0, double floor) {
        double d = FiniteDifferences.extrapolatedCentral(f, x, h0).derivative();
        double fdError = Math.abs(g - d);
        double fdScale = Math.max(Math.abs(d), floor);
        double fdBound = GradientCheckBounds.FINITE_DIFFERENCES * fdScale;
        double fmError = Math.abs(g - m);
        double fmScale = Math.max(Math.abs(m), floor);
        double fmBound = GradientCheckBounds.FORWARD_MODE * fmScale;
        GradientCheckEntry.Verdict verdict = !(fmError <= fmBound) ? GradientCheckEntry.Verdict.FAIL
                : fdError <= fdBound ? GradientCheckEntry.Verdict.PASS
                : GradientCheckEntry.Verdict.FINITE_DIFFERENCE_ILL_CONDITIONED;
        return new GradientCheckEntry(name, g, d, m, fdError, relative(fdError, fdScale), fdBound, fmError,
                relative(fmError, fmScale), fmBound, Double.NaN, Double.NaN, h0, verdict);
    }

    // min(D₋, D₊) − tol ≤ g ≤ max(D₋, D₊) + tol, tol = rtol_kink · max(|D₋|, |D₊|, floor)
    private static GradientCheckEntry atKink(String name, double g, double m, DoubleUnaryOperator f, double x,
                                             double h0, double floor) {
        double left = FiniteDifferences.extrapolatedBackward(f, x, h0).derivative();
        double right = FiniteDifferences.extrapolatedForward(f, x, h0).derivative();
        double low = Math.min(left, right);
        double high = Math.max(left, right);
        double scale = Math.max(Math.max(Math.abs(left), Math.abs(right)), floor);
        double tolerance = GradientCheckBounds.KINK * scale;
        // a NaN g stays NaN (Math.max of a NaN is NaN), and fails the bound below
        double outside = Math.max(0.0, Math.max(low - g, g - high));
        boolean pass = outside <= tolerance;
        return new GradientCheckEntry(name, g, Double.NaN, m, outside, relative(outside, scale), tolerance, Double.NaN,
                Double.NaN, Double.NaN, left, right, h0,
                pass ? GradientCheckEntry.Verdict.PASS : GradientCheckEntry.Verdict.FAIL);
    }

    /** |Δ| / scale, and 0 for |Δ| = 0 even when the scale is 0 (a function that is 0 near the point). */
    private static double relative(double error, double scale) {
        return error == 0.0 ? 0.0 : error / scale;
    }

    private static ForwardDerivatives withoutInputs(ForwardDerivatives fm, int inputs) {
        int n = fm.names().size() - inputs;
        List<Kink> kinks = new ArrayList<>();
        for (Kink k : fm.kinks()) {
            kinks.add(new Kink(k.node(), k.description(), k.variables().stream().filter(v -> v < n).toList()));
        }
        return new ForwardDerivatives(fm.names().subList(0, n), fm.value(),
                Arrays.copyOf(fm.gradient(), n), kinks, Arrays.copyOf(fm.stepLimits(), n), fm.termScale());
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void requireLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + ": " + actual + " analytic values for " + expected
                    + " variables");
        }
    }

    private static void requireShape(int k, Matrix dw, Matrix w, int dbLength, int bLength) {
        if (dw.rows() != w.rows() || dw.cols() != w.cols() || dbLength != bLength) {
            throw new IllegalArgumentException("ofNetwork: layer " + k + " has W " + w.shape() + " and " + bLength
                    + " bias(es); the analytic gradient has ∂L/∂W " + dw.shape() + " and " + dbLength);
        }
    }
}

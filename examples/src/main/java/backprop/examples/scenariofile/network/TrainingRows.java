package backprop.examples.scenariofile.network;

import backprop.core.method.Schedule;
import backprop.core.network.Example;
import backprop.core.network.Network;
import backprop.examples.ScenarioResult;
import backprop.examples.format.Precision;
import backprop.examples.scenariofile.toml.Limits;
import backprop.examples.work.TrainingRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows a training run adds to a network file's answer key (and answer-key.csv), named as the rest of
 * {@link NetworkExam}'s rows: the loss curve {@code J_epoch0} … {@code J_epochN} ("J after e epochs"; thinned beyond
 * {@link Limits#MAX_LOSS_CURVE_ROWS} epochs), every output for every example after training
 * {@code out_after[m][j]}, every weight and bias after training
 * {@code W1[i,j]_trained}, {@code b1[i]_trained} ({@code b1_trained} for a shared bias), the last J
 * {@code J_trained} and, with stop_below, {@code epochs_run}.
 */
final class TrainingRows {
    /** How many examples the inputs list shows before "…". */
    private static final int SHOWN_EXAMPLES = 8;

    private TrainingRows() {
    }

    /** The rows of a training; the layers {@code biasless} ({@code biases = "none"}) have no b row. */
    static void add(ScenarioResult r, String id, TrainingRun run, Network trained, List<Example> examples,
                    Set<Integer> biasless) {
        List<Double> costs = run.costs();
        r.derived(id + ".J_trained", "J after " + Precision.count(run.epochsRun(), "epoch"), costs.get(costs.size() - 1));
        if (run.stopBelow() > 0) {
            r.derived(id + ".epochs_run", "epochs run: J < " + Precision.shortest(run.stopBelow()) + " "
                    + (run.reached() ? "reached" : "not reached"), run.epochsRun());
        }
        int last = costs.size() - 1;
        int stride = Math.max(1, (last + Limits.MAX_LOSS_CURVE_ROWS - 1) / Limits.MAX_LOSS_CURVE_ROWS);
        for (int e = 0; e <= last; e = e == last ? last + 1 : Math.min(e + stride, last)) {
            r.derived(id + ".J_epoch" + e, "J after " + Precision.count(e, "epoch"), costs.get(e));
        }
        for (int m = 1; m <= examples.size(); m++) {
            double[] out = trained.forward(examples.get(m - 1).x()).output();
            for (int j = 1; j <= out.length; j++) {
                r.derived(id + ".out_after[" + m + "][" + j + "]", "output " + j + " for example " + m
                        + " after training", out[j - 1]);
            }
        }
        for (int k = 1; k <= trained.depth(); k++) {
            parameters(r, id, trained, k, biasless.contains(k));
        }
    }

    private static void parameters(ScenarioResult r, String id, Network trained, int k, boolean biasless) {
        double[] w = trained.layer(k).weights().data();
        int cols = trained.layer(k).inputSize();
        for (int i = 0; i < w.length; i++) {
            String at = k + "[" + (i / cols + 1) + "," + (i % cols + 1) + "]";
            r.derived(id + ".W" + at + "_trained", "W" + at + " after training", w[i]);
        }
        if (biasless) {
            return; // its biases are the engine's frozen zeros, not the file's
        }
        double[] b = trained.layer(k).bias();
        for (int i = 0; i < b.length; i++) {
            String at = b.length == 1 ? Integer.toString(k) : k + "[" + (i + 1) + "]";
            r.derived(id + ".b" + at + "_trained", "b" + at + " after training", b[i]);
        }
    }

    /** The data set as the inputs list shows it: (x, y) pairs, the first few when there are many. */
    static String dataSet(List<Example> examples) {
        List<String> pairs = new ArrayList<>();
        for (int m = 0; m < Math.min(examples.size(), SHOWN_EXAMPLES); m++) {
            pairs.add("(" + Precision.vector(examples.get(m).x()) + ", " + Precision.vector(examples.get(m).y()) + ")");
        }
        return String.join(", ", pairs) + (examples.size() > SHOWN_EXAMPLES ? ", … (" + examples.size()
                + " examples)" : "");
    }

    /** ", whole_batch (sum), stop when J < 0.01" for the inputs list; empty for one example and the defaults. */
    static String schedule(Training t, int examples) {
        Schedule s = t.schedule();
        if (examples == 1 && new ScheduleReader.Visits(s.batching(), t.method().reduction(), s.stopBelow())
                .equals(ScheduleReader.Visits.DEFAULT)) {
            return "";
        }
        String batching = s.batching() == Schedule.Batching.PER_EXAMPLE ? ", per_example"
                : ", whole_batch (" + (t.summed() ? "sum" : "mean") + ")";
        return batching + (s.stopBelow() > 0 ? ", stop when J < " + Precision.shortest(s.stopBelow()) : "");
    }
}

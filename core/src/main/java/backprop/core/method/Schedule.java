package backprop.core.method;

/**
 * How a textbook trains: 003's update ω ← ω − ε(2λω + ∇_ω L), β ← β − ε∇_β L with momentum v ← μv − ε·(gradient),
 * θ ← θ + v, for at most {@code epochs} passes over the data, stopping once J &lt; ε (004).
 *
 * @param learningRate ε (η in 004) &gt; 0
 * @param momentum     μ in [0, 1)
 * @param lambda       λ ≥ 0 of the penalty λ‖ω‖² on the weights (not the biases)
 * @param epochs       passes over the data (≥ 0; 0 trains nothing)
 * @param stopBelow    stop when J &lt; this (0 never stops early)
 * @param batching     one update per example, or one per pass over the whole data
 */
public record Schedule(double learningRate, double momentum, double lambda, int epochs, double stopBelow,
                       Batching batching) {

    /** How many examples each update takes. */
    public enum Batching {
        /** One update per example, in the order given (003: "t is incremented after each training example"). */
        PER_EXAMPLE,
        /** One update per pass over the whole data, its gradient the batch's sum or mean ({@link BatchReduction}). */
        WHOLE_BATCH
    }

    public Schedule {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("Schedule: learning rate must be finite and > 0, is " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("Schedule: momentum must be in [0, 1), is " + momentum);
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("Schedule: λ must be finite and ≥ 0, is " + lambda);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("Schedule: epochs must be ≥ 0, is " + epochs);
        }
        if (!(stopBelow >= 0) || batching == null) {
            throw new IllegalArgumentException("Schedule: ε must be ≥ 0 (is " + stopBelow + ") and batching given");
        }
    }

    /** Plain per-example descent with rate ε for {@code epochs} epochs: no momentum, no penalty, no early stop. */
    public static Schedule plain(double learningRate, int epochs) {
        return new Schedule(learningRate, 0.0, 0.0, epochs, 0.0, Batching.PER_EXAMPLE);
    }

    /**
     * The numbers of gradient descent alone, for one step at a time: rate ε, momentum μ and λ (one epoch, per
     * example, no early stop: the trainer's part, unused by a single step).
     */
    public static Schedule descent(double learningRate, double momentum, double lambda) {
        return new Schedule(learningRate, momentum, lambda, 1, 0.0, Batching.PER_EXAMPLE);
    }

    /** This schedule with {@code value} epochs. */
    public Schedule withEpochs(int value) {
        return new Schedule(learningRate, momentum, lambda, value, stopBelow, batching);
    }
}

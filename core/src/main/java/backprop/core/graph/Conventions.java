package backprop.core.graph;

/**
 * The two derivative conventions on which the documents and common libraries differ. Both concern
 * points where the derivative does not exist, so any choice is a convention; naming it is how a
 * printed number and our output are kept comparable.
 *
 * @param reluAtZero the value used for ReLU'(0)
 * @param maxTie     how max routes its upstream gradient when several arguments are maximal
 */
public record Conventions(ReluAtZero reluAtZero, MaxTie maxTie) {

    /** As 000 (Hinrichs) writes it: dReLU/dz = 1 for z ≥ 0; a tie in max routes to the first maximum. */
    public static final Conventions DOCUMENTS = new Conventions(ReluAtZero.ONE, MaxTie.FIRST);

    /** As PyTorch and TensorFlow do it: ReLU'(0) = 0; a tie in max routes to the first maximum. */
    public static final Conventions LIBRARIES = new Conventions(ReluAtZero.ZERO, MaxTie.FIRST);

    public Conventions {
        if (reluAtZero == null || maxTie == null) {
            throw new IllegalArgumentException("Conventions: reluAtZero and maxTie must be given");
        }
    }

    /** The value taken for ReLU'(0). */
    public enum ReluAtZero {
        /** 000, eq. (8): dReLU(z)/dz = 1 for z ≥ 0. */
        ONE(1.0),
        /** The common library choice: the derivative at 0 is taken from the left. */
        ZERO(0.0);

        private final double derivative;

        ReluAtZero(double derivative) {
            this.derivative = derivative;
        }

        public double derivative() {
            return derivative;
        }
    }

    /** How "max routes the gradient (towards the max input)" (003) when the maximum is attained twice. */
    public enum MaxTie {
        /** The whole upstream gradient goes to the first maximal argument, none to the others. */
        FIRST,
        /** Each of the k maximal arguments receives upstream / k (a subgradient; the sum is kept). */
        SPLIT_EVENLY
    }
}

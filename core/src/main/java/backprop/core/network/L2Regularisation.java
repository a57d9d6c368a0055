package backprop.core.network;

import backprop.core.NonFiniteValueException;

/**
 * 003's weight penalty λ‖ω‖², where ω are the elements of every weight matrix and the offsets β (the
 * biases) are not penalised: ‖ω‖² = Σ_ij W_ij² + Σ_ki V_ki². No factor ½, so ∂(λ‖ω‖²)/∂ω = 2λω.
 *
 * @param lambda λ ≥ 0
 */
public record L2Regularisation(double lambda) {
    /** λ = 0: no penalty. */
    public static final L2Regularisation NONE = new L2Regularisation(0.0);

    public L2Regularisation {
        if (!(lambda >= 0.0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("L2Regularisation: λ must be finite and ≥ 0, is " + lambda);
        }
    }

    /**
     * λ‖ω‖² over the weights of every layer; exactly 0 when λ = 0, however large the weights (not 0·∞).
     *
     * @throws NonFiniteValueException if λ‖ω‖² overflows
     */
    public double penalty(Network network) {
        if (lambda == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        for (DenseLayer layer : network.layers()) {
            for (double w : layer.weights().data()) {
                sum += w * w;
            }
        }
        double penalty = lambda * sum;
        if (!Double.isFinite(penalty)) {
            throw new NonFiniteValueException("penalty λ‖ω‖² is " + penalty + " (λ = " + lambda + ", ‖ω‖² = " + sum + ")");
        }
        return penalty;
    }

    /** ∂(λ‖ω‖²)/∂ω_i = 2λω_i. */
    public double gradient(double weight) {
        return 2 * lambda * weight;
    }
}

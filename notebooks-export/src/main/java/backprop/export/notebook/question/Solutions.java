package backprop.export.notebook.question;

/**
 * The instructor's solutions of the network questions, one step each, as explicit computations: each region
 * between {@code // tag::name[]} and {@code // end::name[]} becomes a question's method cell (with "static "
 * dropped, as JShell declares top-level methods), its body between BEGIN and END SOLUTION the part a student
 * writes. Tested in JShell as the notebook runs them: each method earns every point of its question against
 * the expected values core's engine computes ({@code QuestionGradingTest}), and the instructor's answers cell
 * prints the answer key's numbers ({@code AnswersCellTest}).
 *
 * <p>Notation of 003's Algorithms 1 and 2: a(0) = x, z(k) = W(k)·a(k−1) + b(k), a(k) = g(z(k)), δ(k) = ∂L/∂z(k).
 */
final class Solutions {
    private Solutions() {
    }

    // tag::z[]
    /** z = W·aBelow + b: layer k's pre-activation from a(k−1). W is n(k)×n(k−1); arguments not modified. */
    static double[] z(double[][] W, double[] b, double[] aBelow) {
        // BEGIN SOLUTION
        double[] z = new double[W.length];
        for (int i = 0; i < W.length; i++) {
            z[i] = b[i];
            for (int j = 0; j < aBelow.length; j++) {
                z[i] += W[i][j] * aBelow[j];
            }
        }
        return z;
        // END SOLUTION
    }
    // end::z[]

    // tag::dLda-SUM_SQUARED_ERROR[]
    /** ∂L/∂ŷ of L = Σ_j (ŷ_j − y_j)². */
    static double[] dLdaSum(double[] yHat, double[] y) {
        // BEGIN SOLUTION
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = 2 * (yHat[j] - y[j]);
        }
        return g;
        // END SOLUTION
    }
    // end::dLda-SUM_SQUARED_ERROR[]

    // tag::dLda-HALF_SUM_SQUARED_ERROR[]
    /** ∂L/∂ŷ of L = ½ Σ_j (ŷ_j − y_j)². */
    static double[] dLdaHalf(double[] yHat, double[] y) {
        // BEGIN SOLUTION
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = yHat[j] - y[j];
        }
        return g;
        // END SOLUTION
    }
    // end::dLda-HALF_SUM_SQUARED_ERROR[]

    // tag::dLda-MEAN_SQUARED_ERROR[]
    /** ∂L/∂ŷ of L = (1/m) Σ_j (ŷ_j − y_j)² over the m outputs. */
    static double[] dLdaMean(double[] yHat, double[] y) {
        // BEGIN SOLUTION
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = 2 * (yHat[j] - y[j]) / yHat.length;
        }
        return g;
        // END SOLUTION
    }
    // end::dLda-MEAN_SQUARED_ERROR[]

    // tag::dLda-BINARY_CROSS_ENTROPY[]
    /** ∂L/∂ŷ of L = −Σ_j [y_j ln ŷ_j + (1 − y_j) ln(1 − ŷ_j)] (000, eq. 13). */
    static double[] dLdaBinary(double[] yHat, double[] y) {
        // BEGIN SOLUTION
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = -(y[j] / yHat[j] + (y[j] - 1) / (1 - yHat[j]));
        }
        return g;
        // END SOLUTION
    }
    // end::dLda-BINARY_CROSS_ENTROPY[]

    // tag::dLda-CATEGORICAL_CROSS_ENTROPY[]
    /** ∂L/∂ŷ of L = −Σ_j y_j ln ŷ_j. */
    static double[] dLdaCategorical(double[] yHat, double[] y) {
        // BEGIN SOLUTION
        double[] g = new double[yHat.length];
        for (int j = 0; j < yHat.length; j++) {
            g[j] = -y[j] / yHat[j];
        }
        return g;
        // END SOLUTION
    }
    // end::dLda-CATEGORICAL_CROSS_ENTROPY[]

    // tag::deltaOutput[]
    /**
     * δ = J_g(z)ᵀ · ∂L/∂a, δ_j = Σ_i J_ij ∂L/∂a_i: the output layer's δ through the whole Jacobian J (given:
     * diagonal g′(z) for an element-wise g, full for softmax, where every a_i depends on every z_j).
     */
    static double[] deltaOutput(double[][] J, double[] dLda) {
        // BEGIN SOLUTION
        double[] delta = new double[dLda.length];
        for (int j = 0; j < delta.length; j++) {
            for (int i = 0; i < dLda.length; i++) {
                delta[j] += J[i][j] * dLda[i];
            }
        }
        return delta;
        // END SOLUTION
    }
    // end::deltaOutput[]

    // tag::deltaHidden[]
    /** δ(k) = (W(k+1)ᵀ · δ(k+1)) ⊙ g′(z(k)): the recursion, WAbove = W(k+1), gPrime = g′(z(k)) given. */
    static double[] deltaHidden(double[][] WAbove, double[] deltaAbove, double[] gPrime) {
        // BEGIN SOLUTION
        double[] delta = new double[gPrime.length];
        for (int j = 0; j < delta.length; j++) {
            for (int i = 0; i < deltaAbove.length; i++) {
                delta[j] += WAbove[i][j] * deltaAbove[i];
            }
            delta[j] *= gPrime[j];
        }
        return delta;
        // END SOLUTION
    }
    // end::deltaHidden[]

    // tag::dW[]
    /** ∂L/∂W(k) = δ(k) · a(k−1)ᵀ: entry [i][j] = δ_i · aBelow_j. */
    static double[][] dW(double[] delta, double[] aBelow) {
        // BEGIN SOLUTION
        double[][] g = new double[delta.length][aBelow.length];
        for (int i = 0; i < delta.length; i++) {
            for (int j = 0; j < aBelow.length; j++) {
                g[i][j] = delta[i] * aBelow[j];
            }
        }
        return g;
        // END SOLUTION
    }
    // end::dW[]

    // tag::db[]
    /** ∂L/∂b(k) = δ(k), one bias per neuron. */
    static double[] db(double[] delta) {
        // BEGIN SOLUTION
        return delta.clone();
        // END SOLUTION
    }
    // end::db[]

    // tag::updateW[]
    /**
     * W ← W + v with v = μ·vBefore − η(∂L/∂W + 2λW) (003's ω ← ω − ε(2λω + ∇_ω L), with momentum μ); a frozen
     * entry keeps its value. Returns the new W; arguments not modified.
     */
    static double[][] updateW(double[][] W, double[][] dW, double eta, double lambda, double mu, double[][] vBefore,
                              boolean[][] frozen) {
        // BEGIN SOLUTION
        double[][] next = new double[W.length][];
        for (int i = 0; i < W.length; i++) {
            next[i] = W[i].clone();
            for (int j = 0; j < W[i].length; j++) {
                if (!frozen[i][j]) {
                    next[i][j] += mu * vBefore[i][j] - eta * (dW[i][j] + 2 * lambda * W[i][j]);
                }
            }
        }
        return next;
        // END SOLUTION
    }
    // end::updateW[]

    // tag::updateB[]
    /** b ← b + v with v = μ·vBefore − η·∂L/∂b (biases are not penalised); a frozen bias keeps its value. */
    static double[] updateB(double[] b, double[] db, double eta, double mu, double[] vBefore, boolean[] frozen) {
        // BEGIN SOLUTION
        double[] next = b.clone();
        for (int i = 0; i < b.length; i++) {
            if (!frozen[i]) {
                next[i] += mu * vBefore[i] - eta * db[i];
            }
        }
        return next;
        // END SOLUTION
    }
    // end::updateB[]

    // tag::localGradient[]
    /**
     * ∂u/∂a_k of one node u = f(a_1, …) of kind {@code kind} (ADD, MULTIPLY, POWER, EXP, LOG, SIGMOID, TANH,
     * RELU, MAX) at the argument values {@code args}; {@code exponent} is POWER's p. At a kink (ReLU at 0, a tied
     * max) any value between the one-sided derivatives is accepted. SIGMOID, TANH and RELU are given:
     * {@code Given.derivative(kind, new double[] {args[0]}, 1)[0]}.
     */
    static double localGradient(String kind, double[] args, double exponent, int k) {
        // BEGIN SOLUTION
        double a = args[k];
        return switch (kind) {
            case "ADD" -> 1;
            case "MULTIPLY" -> args[1 - k];
            case "POWER" -> exponent * Math.pow(a, exponent - 1);
            case "EXP" -> Math.exp(a);
            case "LOG" -> 1 / a;
            case "SIGMOID" -> Math.exp(-a) / ((1 + Math.exp(-a)) * (1 + Math.exp(-a)));
            case "TANH" -> 1 / (Math.cosh(a) * Math.cosh(a));
            case "RELU" -> a >= 0 ? 1 : 0;
            case "MAX" -> {
                int first = 0;
                for (int i = 1; i < args.length; i++) {
                    if (args[i] > args[first]) {
                        first = i;
                    }
                }
                yield first == k ? 1 : 0;
            }
            default -> throw new IllegalArgumentException("no node kind " + kind);
        };
        // END SOLUTION
    }
    // end::localGradient[]

    // tag::nodeGradients[]
    /**
     * ∂f/∂u for every node u, f = node {@code output}: nodes in topological order (each node's arguments come
     * before it), node i of kind kinds[i] with argument indices arguments[i] (empty for a leaf), value values[i]
     * and POWER's exponent exponents[i]. Sum over consumers, in reverse order: ∂f/∂a += ∂u/∂a · ∂f/∂u, with the
     * local gradient ∂u/∂a from the student's own {@code localGradient}, the question asked before this one in the
     * same notebook ({@code GraphQuestions.of} keeps that order): the runtime gives no local rule, which is a question.
     */
    static double[] nodeGradients(String[] kinds, int[][] arguments, double[] values, double[] exponents, int output) {
        // BEGIN SOLUTION
        double[] gradient = new double[kinds.length];
        gradient[output] = 1;
        for (int i = output; i >= 0; i--) {
            double[] args = new double[arguments[i].length];
            for (int k = 0; k < args.length; k++) {
                args[k] = values[arguments[i][k]];
            }
            for (int k = 0; k < args.length; k++) {
                gradient[arguments[i][k]] += localGradient(kinds[i], args, exponents[i], k) * gradient[i];
            }
        }
        return gradient;
        // END SOLUTION
    }
    // end::nodeGradients[]
}

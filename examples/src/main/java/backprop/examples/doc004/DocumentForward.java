package backprop.examples.doc004;

import static backprop.examples.Rounding.round;

/**
 * The forward pass as 004 prints it: a1 = W1·x with no bias (although the text writes "+ b1"),
 * h1 = σ(a1) printed to two decimals, a2 = W2·h1, ŷ = softmax(a2) rounded to two decimals, and every
 * later factor computed from the rounded ŷ and h1.
 */
final class DocumentForward {
    final double[] a1 = new double[4];
    final double[] h1 = new double[4];
    final double[] a2 = new double[2];
    final double[] yHat = new double[2];

    private DocumentForward() {
    }

    static DocumentForward withoutBiases() {
        DocumentForward d = new DocumentForward();
        double[][] w1 = FourFourTwoNetwork.W1;
        double[][] w2 = FourFourTwoNetwork.W2;
        double[] x = FourFourTwoNetwork.X;
        for (int i = 0; i < 4; i++) {
            d.a1[i] = FourFourTwoNetwork.dot(w1[i], x);
            d.h1[i] = round(FourFourTwoNetwork.sigmoid(d.a1[i]), 2);
        }
        for (int i = 0; i < 2; i++) {
            d.a2[i] = FourFourTwoNetwork.dot(w2[i], d.h1);
        }
        double e1 = Math.exp(d.a2[0]);
        double e2 = Math.exp(d.a2[1]);
        d.yHat[0] = round(e1 / (e1 + e2), 2);
        d.yHat[1] = round(e2 / (e1 + e2), 2);
        return d;
    }

    /** L = (y1 − ŷ1)² + (y2 − ŷ2)² with the rounded ŷ. */
    double loss() {
        double[] y = FourFourTwoNetwork.Y;
        return Math.pow(y[0] - yHat[0], 2) + Math.pow(y[1] - yHat[1], 2);
    }

    /** ∂L/∂ŷi = −2(yi − ŷi) with the rounded ŷ. */
    double dLdYHat(int i) {
        return -2 * (FourFourTwoNetwork.Y[i] - yHat[i]);
    }

    /** ∂ŷi/∂a2i = ŷi(1 − ŷi) with the rounded ŷ (the document's softmax-as-sigmoid step). */
    double softmaxDiagonal(int i) {
        return yHat[i] * (1 - yHat[i]);
    }

    /** ∂h1i/∂a1i = h1i(1 − h1i) with the rounded h1. */
    double sigmoidDerivative(int i) {
        return h1[i] * (1 - h1[i]);
    }
}

package backprop.export.markdown;

import backprop.core.network.Matrix;
import backprop.examples.format.Table;

/** LaTeX for the answer key's maths: vectors as column matrices, matrices as bmatrix. */
final class Latex {
    private Latex() {
    }

    /** A column vector \begin{bmatrix} v_1 \\ … \end{bmatrix}. */
    static String column(double[] v, Table p) {
        StringBuilder s = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? " " : " \\\\ ").append(p.format(v[i]));
        }
        return s.append(" \\end{bmatrix}").toString();
    }

    /** A matrix \begin{bmatrix} a & b \\ c & d \end{bmatrix}. */
    static String matrix(Matrix m, Table p) {
        StringBuilder s = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < m.rows(); i++) {
            s.append(i == 0 ? " " : " \\\\ ");
            for (int j = 0; j < m.cols(); j++) {
                s.append(j == 0 ? "" : " & ").append(p.format(m.get(i, j)));
            }
        }
        return s.append(" \\end{bmatrix}").toString();
    }
}

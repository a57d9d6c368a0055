package backprop.examples.doc003;

import backprop.examples.format.Precision;
import backprop.core.graph.Graph;
import backprop.core.graph.Node;
import backprop.core.network.Matrix;
import backprop.core.network.SquaredNormOfProduct;
import backprop.examples.Computed;
import backprop.examples.Document;
import backprop.examples.work.GraphWork;
import backprop.examples.work.Source;
import backprop.examples.Input;
import backprop.examples.PrintedExpression;
import backprop.examples.Provenance;
import backprop.examples.PublishedValue;
import backprop.examples.published.PublishedValues;
import backprop.examples.DocumentScenario;
import backprop.examples.ScenarioHeader;
import backprop.examples.ScenarioResult;
import backprop.examples.Status;

import java.util.List;

/**
 * 003, "Vectorized Backpropagation Example: Square Norm for Matrix-Vector Product":
 * f(x, W) = ‖W·x‖² = Σ_i (W·x)_i² with x = [0.1, 0.2], W = [[0.3, 0.4], [0.5, 0.6]].
 *
 * <pre>
 * m = W·x;  ∂f/∂m_i = 2m_i;  ∂f/∂W_ij = Σ_k (2m_k)(1_{k=i} x_j) = 2 m_i x_j;  ∂f/∂x_i = Σ_k (2m_k) W_ki
 * </pre>
 * Computed twice: with the Jacobians of the matrix form, and element by element in the scalar graph.
 */
public final class SquaredNorm extends DocumentScenario {
    static final String SECTION = "Vectorized Backpropagation Example / Square Norm for Matrix-Vector Product";
    static final double[] X = {0.1, 0.2};
    static final double[][] W = {{0.3, 0.4}, {0.5, 0.6}};

    public SquaredNorm() {
        super(new ScenarioHeader("003.squared-norm", Document.D003,
                "f(x, W) = ‖W·x‖² and its gradients ∇_W f, ∇_x f",
                SECTION,
                "f(\\mathbf{x},\\mathbf{W}) = \\|\\mathbf{W}\\mathbf{x}\\|^2,\\quad"
                + " \\nabla_{\\mathbf{W}} f = 2\\mathbf{m}\\mathbf{x}^T,\\quad \\nabla_{\\mathbf{x}} f = 2\\mathbf{W}^T\\mathbf{m}"));
    }

    @Override
    public List<Input> inputs() {
        return List.of(
                new Input("x", Precision.vector(X), Provenance.STATED, "printed on the slide"),
                new Input("W", Precision.matrix(W), Provenance.STATED, "printed on the slide"));
    }

    @Override
    public List<PublishedValue> published() {
        String expression = "L2(m) = ‖[0.11 0.17]‖² = 0.11² + 0.17² = 0.041";
        return new PublishedValues(Document.D003, SECTION)
                .add("003.squared-norm.m1", "m_1 = (Wx)_1", "0.11", expression, Status.REPRODUCED, "0.3·0.1 + 0.4·0.2")
                .add("003.squared-norm.m2", "m_2 = (Wx)_2", "0.17", expression, Status.REPRODUCED, "0.5·0.1 + 0.6·0.2")
                .add("003.squared-norm.f", "L_2(m) = ‖m‖²", "0.041", expression, Status.REPRODUCED, "0.0121 + 0.0289")
                .list();
    }

    @Override
    public List<PrintedExpression> expressions() {
        return List.of(new PrintedExpression("003.squared-norm.f", "0.11² + 0.17² = 0.041",
                () -> 0.11 * 0.11 + 0.17 * 0.17, true, "0.0121 + 0.0289"));
    }

    @Override
    public ScenarioResult compute() {
        SquaredNormOfProduct matrixForm = SquaredNormOfProduct.at(Matrix.of(W), X);
        GraphWork graph = scalarGraph(); // wrt: W11, W12, W21, W22, x1, x2
        ScenarioResult r = new ScenarioResult()
                .value("003.squared-norm.m1", Computed.exact(matrixForm.m()[0]))
                .value("003.squared-norm.m2", Computed.exact(matrixForm.m()[1]))
                .value("003.squared-norm.f", Computed.exact(matrixForm.f()));
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                r.derived("003.squared-norm.df_dW" + (i + 1) + (j + 1), "∂f/∂W_{" + (i + 1) + "," + (j + 1) + "} = 2m_i x_j",
                        matrixForm.gradientW().get(i, j), new Source.NodeGradient(graph.output(), graph.wrt().get(2 * i + j)));
            }
        }
        for (int i = 0; i < 2; i++) {
            r.derived("003.squared-norm.df_dx" + (i + 1), "∂f/∂x_" + (i + 1) + " = Σ_k 2m_k W_{k," + (i + 1) + "}",
                    matrixForm.gradientX()[i], new Source.NodeGradient(graph.output(), graph.wrt().get(4 + i)));
        }
        return r.graph(graph);
    }

    /** The same f element by element: m_i = W_i1·x_1 + W_i2·x_2, f = m_1² + m_2². */
    private static GraphWork scalarGraph() {
        Graph g = new Graph();
        Node[] x = {g.input("x1", X[0]), g.input("x2", X[1])};
        Node[][] w = new Node[2][2];
        Node[] squares = new Node[2];
        for (int i = 0; i < 2; i++) {
            Node[] terms = new Node[2];
            for (int j = 0; j < 2; j++) {
                w[i][j] = g.parameter("W" + (i + 1) + "," + (j + 1), W[i][j]);
                terms[j] = g.multiply("W" + (i + 1) + "," + (j + 1) + "·x" + (j + 1), w[i][j], x[j]);
            }
            Node m = g.add("m" + (i + 1), terms);
            squares[i] = g.square("m" + (i + 1) + "²", m);
        }
        Node f = g.add("f", squares);
        return GraphWork.of("f = ‖W·x‖², element by element", f, w[0][0], w[0][1], w[1][0], w[1][1], x[0], x[1]);
    }
}

package backprop.examples.scenariofile.printed;

/**
 * What a {@code [[published]]} entry of a scenario file prints, as our names resolve it (the grammar is
 * {@link QuantityGrammar}'s). Layers, rows, columns, examples and outputs are 1-based as the answer key names
 * them; {@link #label()} is the quantity in our notation, shown beside the file's own words.
 */
public sealed interface PrintedQuantity {

    /** The quantity in our notation, e.g. "∂L/∂W2[1,2]", "W2[1,2] after 1 update". */
    String label();

    /** Which forward or backward intermediate a {@link Node} is. */
    enum Kind {
        Z("z"), A("a"), DELTA("delta");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }
    }

    /** z, a or δ of layer {@code layer}, entry {@code index}, in the first forward and backward pass. */
    record Node(Kind kind, int layer, int index) implements PrintedQuantity {
        @Override
        public String label() {
            return kind.symbol() + layer + "[" + index + "]";
        }
    }

    /** The loss L of the first forward pass, before any update. */
    record Loss() implements PrintedQuantity {
        @Override
        public String label() {
            return "L";
        }
    }

    /** ∂L/∂W(layer)[row, column] of the first backward pass. */
    record WeightGradient(int layer, int row, int column) implements PrintedQuantity {
        @Override
        public String label() {
            return "∂L/∂W" + layer + "[" + row + "," + column + "]";
        }
    }

    /** ∂L/∂b(layer)[index] of the first backward pass. */
    record BiasGradient(int layer, int index) implements PrintedQuantity {
        @Override
        public String label() {
            return "∂L/∂b" + layer + "[" + index + "]";
        }
    }

    /** W(layer)[row, column] after {@code updates} updates. */
    record WeightAfter(int layer, int row, int column, int updates) implements PrintedQuantity {
        @Override
        public String label() {
            return "W" + layer + "[" + row + "," + column + "] after " + PrintedQuantity.count(updates);
        }
    }

    /** b(layer)[index] after {@code updates} updates. */
    record BiasAfter(int layer, int index, int updates) implements PrintedQuantity {
        @Override
        public String label() {
            return "b" + layer + "[" + index + "] after " + PrintedQuantity.count(updates);
        }
    }

    /** The loss after {@code epochs} epochs of training (0: before training). */
    record LossAfter(int epochs) implements PrintedQuantity {
        @Override
        public String label() {
            return "loss after " + epochs + (epochs == 1 ? " epoch" : " epochs");
        }
    }

    /** Output {@code output} of the network for example {@code example}, after the file's training. */
    record OutputAfterTraining(int example, int output) implements PrintedQuantity {
        @Override
        public String label() {
            return "output[" + example + "][" + output + "] after training";
        }
    }

    /** An expression file's output f. */
    record ExpressionValue() implements PrintedQuantity {
        @Override
        public String label() {
            return "f";
        }
    }

    /** ∂f/∂(input) of an expression file. */
    record ExpressionDerivative(String input) implements PrintedQuantity {
        @Override
        public String label() {
            return "∂f/∂" + input;
        }
    }

    /** What a network's derivative names, above or below the slash (issue 21); 1-based, row and column 0 when unused. */
    enum Symbol { LOSS, LOSS_TERM, Z, A, W, B, X }

    /**
     * A quantity of a network's first forward pass, as a derivative names it: L, L[k] (output k's own term of L),
     * z^(layer)_row, a^(layer)_row, W^(layer)_row,column, b^(layer)_row (row 1 for a shared bias), x_row.
     */
    record Term(Symbol symbol, int layer, int row, int column) {
        /** "L", "L[1]", "z2[1]", "a1[2]", "W2[1,2]", "b1[1]", "x[1]". */
        public String label() {
            return switch (symbol) {
                case LOSS -> "L";
                case LOSS_TERM -> "L[" + row + "]";
                case Z -> "z" + layer + "[" + row + "]";
                case A -> "a" + layer + "[" + row + "]";
                case W -> "W" + layer + "[" + row + "," + column + "]";
                case B -> "b" + layer + "[" + row + "]";
                case X -> "x[" + row + "]";
            };
        }
    }

    /** ∂of/∂by in the first forward and backward pass of the first example; {@code of} depends on {@code by}. */
    record Derivative(Term of, Term by) implements PrintedQuantity {
        @Override
        public String label() {
            return "∂" + of.label() + "/∂" + by.label();
        }
    }

    /** L[k]: output k's own term of the loss (L = Σ_k L[k]) in the first forward pass (Mazur's E_o1). */
    record LossTerm(int output) implements PrintedQuantity {
        @Override
        public String label() {
            return "L[" + output + "]";
        }
    }

    /** e[k] = y_k − a_k, output k's error t − a in the first forward pass (Hagan's e). */
    record OutputError(int output) implements PrintedQuantity {
        @Override
        public String label() {
            return "e[" + output + "]";
        }
    }

    /** x[i], input i of the first example (a given). */
    record InputValue(int index) implements PrintedQuantity {
        @Override
        public String label() {
            return "x[" + index + "]";
        }
    }

    /** F'(z^(layer))[row, column] = ∂a^(layer)_row/∂z^(layer)_column: Hagan's Ḟ(n), diag(g'(z)) for an element-wise g. */
    record Slope(int layer, int row, int column) implements PrintedQuantity {
        @Override
        public String label() {
            return "F'(z" + layer + ")[" + row + "," + column + "]";
        }
    }

    /** (W^(layer)ᵀ δ^(layer))_index = ∂L/∂a^(layer−1)_index, the vector 004 and Hagan print on the way to δ^(layer−1). */
    record WeightedDelta(int layer, int index) implements PrintedQuantity {
        @Override
        public String label() {
            return "W" + layer + "^T delta" + layer + "[" + index + "]";
        }
    }

    /**
     * A node of an expression by the label the answer key prints ("x + y", "w0*x0", "u3"), or f ({@link #F});
     * {@code index}: its place in the expression's graph (creation order, the same in every build of the file).
     */
    record ExpressionNode(String label, int index) implements PrintedQuantity {
        /** The label of the expression's output, whatever its formula. */
        public static final String F = "f";
    }

    /**
     * ∂P/∂Q of two nodes of an expression, P depending on Q: ∂f/∂(x + y), ∂f/∂f = 1, ∂(x + y)/∂x (a gate's local
     * gradient). A label with an operator is shown in parentheses.
     */
    record NodeDerivative(ExpressionNode of, ExpressionNode by) implements PrintedQuantity {
        @Override
        public String label() {
            return "∂" + operand(of.label()) + "/∂" + operand(by.label());
        }

        private static String operand(String label) {
            return label.matches("[A-Za-z_][A-Za-z0-9_]*") ? label : "(" + label + ")";
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " update" : " updates");
    }
}

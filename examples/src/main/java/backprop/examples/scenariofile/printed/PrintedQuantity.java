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

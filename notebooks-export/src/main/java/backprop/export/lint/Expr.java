package backprop.export.lint;

import java.util.List;

/** An arithmetic expression as a text prints it, read by {@link Parser}. */
sealed interface Expr {
    /** A printed number (its text decides its precision), or a vector of them. */
    record Literal(Token token) implements Expr {
    }

    /** A name the text gives a value to, or a derivative written as one (∂L/∂w). */
    record Name(String name) implements Expr {
    }

    /** A matrix: the lint does not multiply matrices. */
    record Matrix(String environment) implements Expr {
    }

    /** {@code -a}. */
    record Negate(Expr operand) implements Expr {
    }

    /** {@code a op b}, op one of + − * / ^. */
    record Binary(char op, Expr left, Expr right) implements Expr {
    }

    /** {@code f(a, …)}: exp, ln, log (natural), sigmoid, tanh, relu, max, softmax, sqrt. */
    record Call(String function, List<Expr> arguments) implements Expr {
    }
}

package backprop.export.lint;

import java.util.List;

/**
 * One token of a passage of maths or prose, with where it stands in the file.
 *
 * @param kind    what it is
 * @param text    its canonical text: a number as printed ("0.80"), a name in NFC with its subscripts ("ŷ_1",
 *                "∂L/∂w_{212}" as "∂L/∂w_212"), an operator as one ASCII character ("*", "/", "^", "-", "+")
 * @param offset  where it starts in the file's text (its line is found from it)
 * @param end     where it ends in the file's text (exclusive)
 * @param entries a vector's entries as printed, each a NUMBER token; empty otherwise
 */
record Token(Kind kind, String text, int offset, int end, List<Token> entries) {

    /** The kinds of token; a {@link #BREAK} ends a chain of equalities, a {@link #RELATION} joins two of its members. */
    enum Kind {
        NUMBER, NAME, DERIVATIVE, FUNCTION, OPERATOR, OPEN, CLOSE, COMMA, VECTOR, MATRIX, RELATION, LINE_BREAK, BREAK
    }

    /** A token whose end the tokenizer sets when its step is done ({@link #endingAt}). */
    Token(Kind kind, String text, int offset) {
        this(kind, text, offset, offset, List.of());
    }

    Token(Kind kind, String text, int offset, List<Token> entries) {
        this(kind, text, offset, offset, entries);
    }

    /** This token, ending at {@code at}. */
    Token endingAt(int at) {
        return new Token(kind, text, offset, Math.max(at, offset), entries);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isOperator(String op) {
        return kind == Kind.OPERATOR && text.equals(op);
    }
}

package backprop.export.model;

/**
 * One sequence of a formula as {@link TexReader} writes it (the main line, a group, a script, a fraction's side):
 * its HTML so far, with what TeX's spacing needs to know: whether the last thing
 * was an operand (so a − after it is binary), the gap owed to the next atom, the bracket depth, and whether an
 * operator stood outside every bracket (compound).
 */
final class TexLine {
    /** What follows an atom: nothing, a space before any operand (a fraction, Σ), or one before a bare argument (tanh z). */
    private enum Gap { NONE, BEFORE_OPERAND, BEFORE_ARGUMENT }

    private final StringBuilder html = new StringBuilder();
    private final boolean main;
    private boolean operand;
    private Gap gap = Gap.NONE;
    private int depth;
    private boolean compound;

    TexLine(boolean main) {
        this.main = main;
    }

    TexReader.Part part() {
        return new TexReader.Part(html.toString(), compound);
    }

    void atom(String h) {
        settle(false);
        html.append(h);
        operand = true;
    }

    void operand(TexReader.Part p) {
        atom(p.html());
        compound |= p.compound();
    }

    void open(String bracket) {
        settle(true);
        html.append(bracket);
        depth++;
        operand = false;
    }

    void close(String bracket) {
        html.append(bracket);
        depth--;
        operand = true;
        gap = Gap.NONE;
    }

    /** A script binds to what precedes it and owes no gap of its own. */
    void script(String tag, TexReader.Part p) {
        html.append('<').append(tag).append('>').append(p.html()).append("</").append(tag).append('>');
        operand = true;
    }

    void postfix(String h) {
        html.append(h);
    }

    /** + − ∗ ·: spaced on the main line when binary; a sign (after nothing, an operator or a bracket) is not. */
    void binary(String h) {
        boolean isBinary = operand;
        html.append(isBinary && main ? " " + h + " " : h);
        operand = false;
        gap = Gap.NONE;
        marksCompound();
    }

    void relation(String h) {
        html.append(main ? " " + h + " " : h);
        operand = false;
        gap = Gap.NONE;
        marksCompound();
    }

    void comma() {
        html.append(main ? ", " : ",");
        operand = false;
        gap = Gap.NONE;
        marksCompound();
    }

    void space(String h) {
        html.append(h);
        operand = false;
        gap = Gap.NONE;
        marksCompound();
    }

    /** a/b, each side in parentheses when compound; a space between it and an atom on either side. */
    void fraction(TexReader.Part numerator, TexReader.Part denominator) {
        // an operand before it (a fraction, Σ or a function name is one too): one space, whatever gap it owed
        if (operand) {
            html.append(' ');
        }
        html.append(wrap(numerator)).append('/').append(wrap(denominator));
        operand = true;
        gap = Gap.BEFORE_OPERAND;
        marksCompound();
    }

    void largeOperator(String h) {
        atom(h);
        gap = Gap.BEFORE_OPERAND;
        marksCompound();
    }

    void function(String name) {
        atom(name);
        gap = Gap.BEFORE_ARGUMENT;
    }

    private static String wrap(TexReader.Part p) {
        return p.compound() ? "(" + p.html() + ")" : p.html();
    }

    /** Pays the gap owed by a fraction, Σ or a function name before this atom (a function's bracket owes none). */
    private void settle(boolean bracket) {
        if (gap == Gap.BEFORE_OPERAND || gap == Gap.BEFORE_ARGUMENT && !bracket) {
            html.append(' ');
        }
        gap = Gap.NONE;
    }

    private void marksCompound() {
        if (depth <= 0) {
            compound = true;
        }
    }
}

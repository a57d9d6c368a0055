package backprop.examples.scenariofile.parser;

import backprop.examples.scenariofile.parser.ExpressionParser.ExpressionException;

/** The numbers written in an expression: parsed strictly (finite, not silently rounded to 0) and labelled. */
final class Numbers {
    private Numbers() {
    }

    /** The value of {@code literal}, which starts at {@code column}. */
    static double parse(String literal, int column) {
        double v;
        try {
            v = Double.parseDouble(literal);
        } catch (NumberFormatException e) {
            throw new ExpressionException(column, "'" + literal + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new ExpressionException(column, "'" + literal + "' is not a finite number (the largest is about"
                    + " 1.8e308)");
        }
        if (v == 0 && literal.split("[eE]")[0].matches(".*[1-9].*")) {
            throw new ExpressionException(column, "'" + literal + "' is too small: it rounds to 0");
        }
        return v;
    }
}

package backprop.examples;

import java.util.function.DoubleSupplier;

/**
 * An expression a document prints beside a value, evaluated exactly as printed (with the printed
 * numbers, not ours), so the document's internal consistency can be checked: does "(1 − 0.77)² +
 * (1 − 0.23)²" really come to the printed 0.1058?
 *
 * @param valueId      the id of the published value the expression leads to
 * @param printed      the expression, verbatim
 * @param asPrinted    evaluates the printed expression with the printed numbers
 * @param consistent   reviewed expectation: does it come to the printed value at its precision?
 * @param reason       one line on why
 */
public record PrintedExpression(String valueId, String printed, DoubleSupplier asPrinted, boolean consistent,
                                String reason) {
    public PrintedExpression {
        if (valueId == null || printed == null || asPrinted == null || reason == null) {
            throw new IllegalArgumentException("PrintedExpression: every field must be given");
        }
    }
}

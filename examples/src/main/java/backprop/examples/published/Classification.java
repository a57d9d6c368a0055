package backprop.examples.published;

import backprop.examples.Computed;
import backprop.examples.PublishedValue;
import backprop.examples.Status;

/**
 * Classifies a published value by computation, in a fixed order: reproduced, then
 * reproduced-with-document-rounding, then document-method-differs, else erratum.
 *
 * <p>"Matches" means |computed − printed| ≤ half a unit in the last printed digit, the precision the
 * value was printed with, widened by 1e-12 of the half unit: a computed double that is a tie in decimal
 * (0.82·0.18 = 0.1476 exactly) may land one binary rounding on either side of it.
 */
public final class Classification {
    private Classification() {
    }

    public static Status classify(PublishedValue published, Computed computed) {
        if (matches(published, computed.exact())) {
            return Status.REPRODUCED;
        }
        if (computed.documentRounding() != null && matches(published, computed.documentRounding())) {
            return Status.REPRODUCED_WITH_DOCUMENT_ROUNDING;
        }
        if (computed.documentMethod() != null && matches(published, computed.documentMethod())) {
            return Status.DOCUMENT_METHOD_DIFFERS;
        }
        return Status.ERRATUM;
    }

    /** |value − printed| ≤ half a unit in the last printed digit (see the class comment). */
    public static boolean matches(PublishedValue published, double value) {
        double halfUnit = published.halfUnit();
        return Math.abs(value - published.value()) <= halfUnit * (1 + 1e-12);
    }
}

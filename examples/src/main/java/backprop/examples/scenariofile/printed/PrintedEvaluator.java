package backprop.examples.scenariofile.printed;

import backprop.core.catalogue.Variation;
import backprop.core.method.IntermediateRounding;
import backprop.core.method.Method;

import java.util.List;

/**
 * How a scenario file's printed quantities are computed under a method of the catalogue: the method the file
 * states, the catalogued variations that apply to it, and the value of a quantity under any of them.
 */
public interface PrintedEvaluator {

    /** The method the file states (its loss, update order, frozen parameters, conventions). */
    Method stated();

    /** The catalogue's single variations of {@link #stated()} for this file; {@code printed}: its printed rounding. */
    List<Variation> variations(IntermediateRounding printed);

    /** The value of {@code quantity} under {@code method}; an IllegalArgumentException when it has none there. */
    double value(PrintedQuantity quantity, Method method);
}

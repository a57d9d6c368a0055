package backprop.examples.published;

import backprop.core.method.Intermediate;
import backprop.core.method.IntermediateRounding;
import backprop.examples.PublishedValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's {@link IntermediateRounding} reconstructed from what a source prints, not written by hand: a
 * printed value that names an intermediate (h12 = "0.80" is a(1)[2]) rounds it to the decimals it is printed with
 * (2). A source that prints a value and then computes on with it is doing exactly that rounding.
 */
public final class PrintedRounding {
    private PrintedRounding() {
    }

    /**
     * The rounding of every intermediate named in {@code names} to the decimals of its printed value.
     *
     * @param printed the source's printed values. Not modified.
     * @param names   published value id → the intermediate it prints. Not modified.
     * @throws IllegalArgumentException if a name's id is not printed, or one intermediate is printed twice with
     *                                  different decimals; the message names the id(s)
     */
    public static IntermediateRounding of(List<PublishedValue> printed, Map<String, Intermediate> names) {
        Map<String, PublishedValue> byId = new HashMap<>();
        printed.forEach(v -> byId.put(v.id(), v));
        Map<Intermediate, Integer> decimals = new HashMap<>();
        Map<Intermediate, String> from = new HashMap<>();
        names.forEach((id, what) -> {
            PublishedValue v = byId.get(id);
            if (v == null) {
                throw new IllegalArgumentException("PrintedRounding: " + what + " is named by " + id
                        + ", which is not among the printed values");
            }
            Integer before = decimals.put(what, v.decimals());
            if (before != null && before != v.decimals()) {
                throw new IllegalArgumentException("PrintedRounding: " + what + " is printed to " + before
                        + " decimals by " + from.get(what) + " and to " + v.decimals() + " by " + id);
            }
            from.put(what, id);
        });
        return new IntermediateRounding(decimals);
    }
}

package backprop.core.method;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which intermediates are rounded, and to how many decimals, before later steps use them, as a source that
 * prints them does its hand computation: each named value is rounded half away from zero when it is produced
 * (in every example and every step), and the rounded value flows on.
 *
 * @param decimals the decimals kept per intermediate (≥ 0); empty: nothing rounded
 */
public record IntermediateRounding(Map<Intermediate, Integer> decimals) {
    /** Nothing rounded: full double precision throughout. */
    public static final IntermediateRounding NONE = new IntermediateRounding(Map.of());

    public IntermediateRounding {
        if (decimals == null) {
            throw new IllegalArgumentException("IntermediateRounding: decimals must be given (NONE for none)");
        }
        decimals.forEach((what, places) -> {
            if (what == null || places == null || places < 0) {
                throw new IllegalArgumentException("IntermediateRounding: " + what + " to " + places
                        + " decimals; decimals must be ≥ 0");
            }
        });
        decimals = Map.copyOf(decimals);
    }

    /** This rounding with {@code what} also rounded to {@code places} decimals. */
    public IntermediateRounding with(Intermediate what, int places) {
        Map<Intermediate, Integer> more = new LinkedHashMap<>(decimals);
        more.put(what, places);
        return new IntermediateRounding(more);
    }

    /** Whether nothing is rounded. */
    public boolean isNone() {
        return decimals.isEmpty();
    }

    /** Whether {@code what} is rounded. */
    public boolean rounds(Intermediate what) {
        return decimals.containsKey(what);
    }

    /** {@code value} rounded as {@code what} is printed (half away from zero), or unchanged if it is not named. */
    public double apply(Intermediate what, double value) {
        Integer places = decimals.get(what);
        if (places == null || !Double.isFinite(value)) {
            return value;
        }
        // BigDecimal.valueOf reads the shortest decimal that names the double, the digits a hand computation sees
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** In words, sorted: "z(1)[1] to 4 decimals, a(1)[1] to 4 decimals". */
    @Override
    public String toString() {
        if (decimals.isEmpty()) {
            return "nothing rounded";
        }
        return decimals.entrySet().stream()
                .map(e -> e.getKey() + " to " + e.getValue() + " decimals")
                .sorted()
                .collect(Collectors.joining(", "));
    }
}

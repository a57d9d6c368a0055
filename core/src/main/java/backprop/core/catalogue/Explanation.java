package backprop.core.catalogue;

import backprop.core.NonFiniteValueException;
import backprop.core.method.Method;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The search that explains a printed number: the stated method, then the source's rounding alone, then each
 * single variation, then each pair of variations of two different choices, in the catalogue's order; the first
 * that reproduces the print at its printed precision wins. Deterministic.
 */
public final class Explanation {
    private Explanation() {
    }

    /**
     * STATED if the stated method reproduces {@code printed} ± halfUnit; else ROUNDING if the ROUNDING variation
     * alone does; else METHOD with the first single variation, then the first pair (two different choices), that
     * does; else NONE (value = the stated method's value).
     *
     * <p>A variation whose quantity cannot be evaluated (one update fewer than none, an overflow) reproduces
     * nothing; the stated method must evaluate.
     *
     * @param halfUnit half a unit of the last printed digit (5e-5 for 0.1235): |value − printed| ≤ halfUnit matches
     * @throws IllegalArgumentException if {@code printed} is not finite or {@code halfUnit} is not &gt; 0
     */
    public static Explained explain(Method stated, List<Variation> variations, ToDoubleFunction<Method> quantity,
                                    double printed, double halfUnit) {
        requireArguments(stated, variations, quantity, printed, halfUnit);
        double statedValue = quantity.applyAsDouble(stated);
        if (matches(statedValue, printed, halfUnit)) {
            return new Explained(Explained.Kind.STATED, List.of(), statedValue);
        }
        for (Variation v : variations) {
            if (v.choice() == Choice.ROUNDING) {
                Double value = tryValue(quantity, v.apply().apply(stated));
                if (value != null && matches(value, printed, halfUnit)) {
                    return new Explained(Explained.Kind.ROUNDING, List.of(v), value);
                }
            }
        }
        for (List<Variation> used : candidates(variations)) {
            Method varied = stated;
            for (Variation v : used) {
                varied = v.apply().apply(varied);
            }
            Double value = tryValue(quantity, varied);
            if (value != null && matches(value, printed, halfUnit)) {
                return new Explained(Explained.Kind.METHOD, used, value);
            }
        }
        return new Explained(Explained.Kind.NONE, List.of(), statedValue);
    }

    /** Every single variation but ROUNDING (tried already), then every pair of two different choices. */
    private static List<List<Variation>> candidates(List<Variation> variations) {
        List<List<Variation>> all = new ArrayList<>();
        for (Variation v : variations) {
            if (v.choice() != Choice.ROUNDING) {
                all.add(List.of(v));
            }
        }
        for (int i = 0; i < variations.size(); i++) {
            for (int j = i + 1; j < variations.size(); j++) {
                if (variations.get(i).choice() != variations.get(j).choice()) {
                    all.add(List.of(variations.get(i), variations.get(j)));
                }
            }
        }
        return all;
    }

    private static Double tryValue(ToDoubleFunction<Method> quantity, Method method) {
        try {
            // NaN and ±∞ need no test of their own: they are within no half unit of a finite print
            return quantity.applyAsDouble(method);
        } catch (IllegalArgumentException | NonFiniteValueException cannotBeEvaluated) {
            return null;
        }
    }

    private static boolean matches(double value, double printed, double halfUnit) {
        return Math.abs(value - printed) <= halfUnit;
    }

    private static void requireArguments(Method stated, List<Variation> variations,
                                         ToDoubleFunction<Method> quantity, double printed, double halfUnit) {
        if (stated == null || variations == null || quantity == null) {
            throw new IllegalArgumentException("explain: stated method, variations and quantity must be given");
        }
        if (!Double.isFinite(printed)) {
            throw new IllegalArgumentException("explain: the printed value is " + printed + "; it must be a finite number");
        }
        if (!(halfUnit > 0) || !Double.isFinite(halfUnit)) {
            throw new IllegalArgumentException("explain: halfUnit (half a unit of the last printed digit) must be"
                    + " finite and > 0, is " + halfUnit);
        }
    }

    /**
     * The note for the answer key, in words: "comes out only when the hidden layer's δ uses the output weights
     * already updated in this step; the file states the simultaneous update: …".
     */
    public static String note(Explained explained, Method stated) {
        if (explained == null || stated == null) {
            throw new IllegalArgumentException("note: explained and stated method must be given");
        }
        return switch (explained.kind()) {
            case STATED -> "reproduced by the stated method";
            case NONE -> "no catalogued method reproduces the print; the stated method gives "
                    + readable(explained.value());
            case ROUNDING, METHOD -> "comes out only when " + join(explained.used(), Variation::words)
                    + "; the file states " + join(explained.used(), v -> MethodCatalogue.describe(stated, v.choice()));
        };
    }

    /** 12 significant digits, trailing zeros dropped: 0.09999999999999998 reads 0.1, as a teacher would write it. */
    static String readable(double value) {
        return new BigDecimal(value).round(new MathContext(12, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString();
    }

    private static String join(List<Variation> used, java.util.function.Function<Variation, String> words) {
        return used.stream().map(words).collect(Collectors.joining(" and "));
    }
}

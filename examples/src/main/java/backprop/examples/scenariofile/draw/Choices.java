package backprop.examples.scenariofile.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The values one [draw] entry may take, in order: a grid {@code { uniform = [lo, hi], step = s }}, the points
 * lo + k·s ≤ hi for k = 0, 1, 2, …, or a set {@code { set = [v1, v2, …] }} in the order written; either without the
 * values of {@code exclude}. Every value is an exact decimal (BigDecimal): 0.1 + 2·0.05 is 0.2, never
 * 0.20000000000000004, and is printed so ({@link #literal}). A grid is never listed: value k is computed, so that a
 * grid of a million points costs nothing until a student draws from it.
 */
public final class Choices {
    /** The most values an entry may have: more tells no student apart and only hides a wrong step. */
    public static final long MAX_VALUES = 1_000_000;

    private final BigDecimal low;
    private final BigDecimal step;
    private final List<BigDecimal> set;
    private final long base;
    private final long[] excluded;

    private Choices(BigDecimal low, BigDecimal step, List<BigDecimal> set, long base, long[] excluded) {
        this.low = low;
        this.step = step;
        this.set = set;
        this.base = base;
        this.excluded = excluded.clone();
    }

    /** The grid lo + k·step ≤ hi (step &gt; 0, lo &lt; hi); its size is {@link #gridSize}. */
    static Choices grid(BigDecimal low, BigDecimal step, long size, long[] excluded) {
        return new Choices(low, step, null, size, excluded);
    }

    /** The values of {@code set}, in the order written. */
    static Choices set(List<BigDecimal> set, long[] excluded) {
        return new Choices(null, null, List.copyOf(set), set.size(), excluded);
    }

    /** How many points lo + k·step ≤ hi has: ⌊(hi − lo)/step⌋ + 1, computed exactly, or -1 past {@code cap}. */
    static long gridSize(BigDecimal low, BigDecimal high, BigDecimal step, long cap) {
        BigDecimal steps = high.subtract(low).divide(step, 0, RoundingMode.FLOOR);
        return steps.compareTo(BigDecimal.valueOf(cap)) >= 0 ? -1 : steps.longValueExact() + 1;
    }

    /** Value {@code k} of the grid or set, before anything is excluded. */
    static BigDecimal baseValue(BigDecimal low, BigDecimal step, List<BigDecimal> set, long k) {
        return set != null ? set.get((int) k) : low.add(step.multiply(BigDecimal.valueOf(k)));
    }

    /** How many values a student may get: n of the documented hash. */
    public long size() {
        return base - excluded.length;
    }

    /**
     * Value {@code i} (0 ≤ i &lt; {@link #size()}) of the values left once the excluded ones are taken out, in
     * order: the i-th allowed value is found by stepping over each excluded position at or before it.
     */
    public BigDecimal value(long i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("Choices: value " + i + " of " + size());
        }
        long k = i;
        for (long e : excluded) { // ascending
            if (e > k) {
                break;
            }
            k++;
        }
        return baseValue(low, step, set, k);
    }

    /**
     * How a drawn value is written into a student's file: its exact decimal, plain ({@code -0.35}, {@code 0}). Any
     * zero (0.00, 0E+5) strips to BigDecimal.ZERO, printed "0", since Java 8 (JDK-6480539).
     */
    public static String literal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

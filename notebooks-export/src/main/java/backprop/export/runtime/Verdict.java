package backprop.export.runtime;

import java.util.StringJoiner;

/**
 * What is wrong with one part's answer, in words for a FEEDBACK line, or null when it passes. The words never
 * show the expected value: they name the step, the entry that differs, and every slip that gives the answer
 * (two slips can give the same value: in a two-class softmax the diagonal-only δ is half the true one, as a lost
 * factor 2 would make it).
 */
final class Verdict {
    private Verdict() {
    }

    static String of(String step, Reply reply, Values lo, Values hi, double tolerance, Slip... slips) {
        if (reply.problem() != null) {
            return reply.problem();
        }
        Values got = reply.values();
        if (!got.sameShape(lo)) {
            return "gives " + got.shape() + "; " + step + " has " + lo.shape();
        }
        for (int i = 0; i < got.entries().length; i++) {
            if (!Double.isFinite(got.entries()[i])) {
                return got.entry(i) + " is " + got.entries()[i] + ", not a finite number";
            }
        }
        int differs = firstOutside(got, lo, hi, tolerance);
        if (differs < 0) {
            return null;
        }
        StringJoiner matches = new StringJoiner(", or ", "not " + step + "; matches ", "");
        matches.setEmptyValue("");
        for (Slip slip : slips) {
            Values s = Values.flatten("slip", slip.value());
            if (s.sameShape(got) && firstOutside(s, lo, hi, tolerance) >= 0 && firstOutside(got, s, s, tolerance) < 0) {
                matches.add(slip.words() + " (" + slip.key() + ")");
            }
        }
        return matches.length() > 0 ? matches.toString() : got.entry(differs) + " is not " + step + "'s value";
    }

    /** The first entry of v outside [lo − t·scale, hi + t·scale], scale = max(1, |lo|, |hi|); −1 if none. */
    static int firstOutside(Values v, Values lo, Values hi, double tolerance) {
        for (int i = 0; i < v.entries().length; i++) {
            double l = lo.entries()[i];
            double h = hi.entries()[i];
            double slack = tolerance * Math.max(1, Math.max(Math.abs(l), Math.abs(h)));
            double x = v.entries()[i];
            if (!(x >= Math.min(l, h) - slack && x <= Math.max(l, h) + slack)) {
                return i;
            }
        }
        return -1;
    }
}

package backprop.export.classroom;

import backprop.examples.format.Precision;
import backprop.export.runtime.GradingKey;
import backprop.export.runtime.Slip;
import backprop.export.runtime.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a student's numbers make a good exam, judged on what the exam asks (the student's grading key): no asked
 * value prints as 0 at the exam's precision (an answer of 0 tells nothing), and every known slip can be named: each
 * slip's answer lies outside the printed tolerance ({@link PrintedTolerance}) of the true answer, and of every other
 * slip's answer of the same part. STACK's documentation shows a variant where multiplying and dividing give the same
 * answer, for the author to notice by hand; here such a draw is refused and redrawn.
 *
 * <p>Two answers are told apart when some entry's tolerance intervals do not meet: |u − v| &gt; tol(u) + tol(v).
 * At a kink the true answer is the whole one-sided range [lower − tol, upper + tol].
 */
final class GoodExam {
    private GoodExam() {
    }

    /** The first reason {@code key} makes a poor exam at {@code p}, or empty; the reason names no number. */
    static Optional<String> reason(GradingKey key, Precision p) {
        for (GradingKey.Question q : key.questions().values()) {
            for (GradingKey.Part part : q.parts().values()) {
                Optional<String> r = reason(part, p);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reason(GradingKey.Part part, Precision p) {
        Values lo = part.lo();
        Values hi = part.hi();
        for (int i = 0; i < lo.entries().length; i++) {
            if (PrintedTolerance.printsAsZero(p, lo.entries()[i]) && PrintedTolerance.printsAsZero(p, hi.entries()[i])) {
                return Optional.of(part.name() + " " + lo.entry(i) + " prints as 0");
            }
        }
        List<Slip> slips = part.slips();
        List<Values> values = new ArrayList<>();
        for (Slip s : slips) {
            Values v = Values.flatten("slip " + s.key(), s.value());
            if (!apart(lo, hi, v, v, p)) {
                return Optional.of(part.name() + ": the slip " + s.key() + " (" + s.words() + ") gives the true answer");
            }
            values.add(v);
        }
        for (int a = 0; a < slips.size(); a++) {
            for (int b = a + 1; b < slips.size(); b++) {
                if (!apart(values.get(a), values.get(a), values.get(b), values.get(b), p)) {
                    return Optional.of(part.name() + ": the slips " + slips.get(a).key() + " and " + slips.get(b).key()
                            + " give the same answer");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the answers [uLo, uHi] and [vLo, vHi] (entry by entry) are told apart at {@code p}. */
    static boolean apart(Values uLo, Values uHi, Values vLo, Values vHi, Precision p) {
        if (!uLo.sameShape(vLo)) {
            return true;
        }
        for (int i = 0; i < uLo.entries().length; i++) {
            double u0 = Math.min(uLo.entries()[i], uHi.entries()[i]);
            double u1 = Math.max(uLo.entries()[i], uHi.entries()[i]);
            double v0 = Math.min(vLo.entries()[i], vHi.entries()[i]);
            double v1 = Math.max(vLo.entries()[i], vHi.entries()[i]);
            if (v0 - PrintedTolerance.of(p, v0) > u1 + PrintedTolerance.of(p, u1)
                    || u0 - PrintedTolerance.of(p, u0) > v1 + PrintedTolerance.of(p, v1)) {
                return true;
            }
        }
        return false;
    }
}

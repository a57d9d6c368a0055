package backprop.core.catalogue;

import java.util.List;

/**
 * What a search of the catalogue found for one printed number.
 *
 * @param kind  how it is explained
 * @param used  the variations applied to the stated method (empty for STATED and NONE)
 * @param value the value the explaining method gives; for NONE, the stated method's value
 */
public record Explained(Kind kind, List<Variation> used, double value) {
    /** How a printed number is explained. */
    public enum Kind {
        /** The stated method reproduces it. */
        STATED,
        /** Only the source's rounding of its intermediates does. */
        ROUNDING,
        /** A catalogued variation, or a pair of them, does. */
        METHOD,
        /** No catalogued method does: an erratum, or a method outside the catalogue. */
        NONE
    }

    public Explained {
        if (kind == null || used == null) {
            throw new IllegalArgumentException("Explained: kind and used must be given");
        }
        used = List.copyOf(used);
    }
}

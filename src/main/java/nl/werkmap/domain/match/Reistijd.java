package nl.werkmap.domain.match;

import java.util.OptionalInt;

/**
 * Estimates a one-way journey in minutes between two Dutch postcodes. Werkmap ships no open postcode table yet, so
 * the estimate it has knows only "same postcode area"; anything else is unknown and shown so.
 */
@FunctionalInterface
public interface Reistijd {

    /** Within one 4-digit postcode area a journey is short; between areas nothing is claimed. */
    Reistijd ZELFDE_WIJK = (from, to) -> from != null && to != null && from.length() >= 4 && to.length() >= 4
            && from.substring(0, 4).equals(to.substring(0, 4)) ? OptionalInt.of(10) : OptionalInt.empty();

    OptionalInt minutes(String fromPostcode, String toPostcode);
}

package nl.werkmap.domain.match;

import java.util.Optional;
import java.util.Set;

import nl.werkmap.domain.profile.Vervoer;

/**
 * Estimates a one-way journey between two points for someone who travels in the given ways. Empty when neither
 * end can be located; the reason then says the travel time is unknown instead of guessing. The shipped estimate is
 * {@link PostcodeReistijd}; tests pass a small table.
 */
@FunctionalInterface
public interface Reistijd {

    Optional<Reisschatting> schat(Reispunt van, Reispunt naar, Set<Vervoer> modes);
}

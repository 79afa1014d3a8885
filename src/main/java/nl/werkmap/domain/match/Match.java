package nl.werkmap.domain.match;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A candidate against a baankans: every criterion with its verdict and reason, in {@link Criterium} order. Ranked
 * by plain counts a coach can check by eye (fewest "past niet", then most "past", then most "deels"), not by a
 * weighted score.
 */
public record Match(UUID candidateId, UUID baankansId, List<Uitleg> uitleg) {

    /** Best first; ties keep their input order (the sort is stable). */
    public static final Comparator<Match> BEST_FIRST = Comparator.comparingLong((Match m) -> m.count(Fit.PAST_NIET))
            .thenComparing(Comparator.comparingLong((Match m) -> m.count(Fit.PAST)).reversed())
            .thenComparing(Comparator.comparingLong((Match m) -> m.count(Fit.DEELS)).reversed());

    public Match {
        uitleg = List.copyOf(uitleg);
    }

    public long count(Fit fit) {
        return uitleg.stream().filter(u -> u.fit() == fit).count();
    }

    public Uitleg on(Criterium criterium) {
        return uitleg.stream().filter(u -> u.criterium() == criterium).findFirst().orElseThrow();
    }
}

package nl.werkmap.domain.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * When someone can work. Unknown parts are null or empty: a half-known availability is normal during the first
 * weeks, and completeness says what is still open.
 *
 * @param from     the first day they can start, null while unknown
 * @param hoursMin the fewest hours a week that make work worth it, null while unknown
 * @param hoursMax the most hours a week they can manage, null while unknown
 * @param days     the days they can work (empty: not known yet)
 * @param dagdelen the parts of the day they can work (empty: not known yet)
 */
public record Beschikbaarheid(LocalDate from, Double hoursMin, Double hoursMax, Set<DayOfWeek> days,
                              Set<Dagdeel> dagdelen) {

    public static final Beschikbaarheid UNKNOWN = new Beschikbaarheid(null, null, null, Set.of(), Set.of());

    public Beschikbaarheid {
        days = EnumSets.frozen(days);
        dagdelen = EnumSets.frozen(dagdelen);
    }

    /** Hours are known once the most they can manage is known; the minimum alone says little. */
    public boolean hoursKnown() {
        return hoursMax != null;
    }

    /** When they can work is known once there are days or parts of the day, or a start date. */
    public boolean whenKnown() {
        return !days.isEmpty() || !dagdelen.isEmpty() || from != null;
    }
}

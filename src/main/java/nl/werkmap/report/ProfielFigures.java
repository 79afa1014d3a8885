package nl.werkmap.report;

import java.util.List;

/**
 * How many active candidates per coach have a werknemersprofiel that can be matched, and which of the four items
 * that mattered for UWV's Kandidatenverkenner are still missing ({@link nl.werkmap.domain.profile.ProfielItem}).
 * Counts only; a candidate without a profile misses all four.
 */
public record ProfielFigures(List<CoachProfiel> perCoach) {

    public record CoachProfiel(String coachId, String coachName, long active, long complete,
                               long withoutOpleidingsniveau, long withoutSectorWishes,
                               long withoutHoursAndAvailability, long withoutTravel) {
    }
}

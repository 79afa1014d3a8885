package nl.werkmap.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A team lead's approval (accordering) of one coach's hours and logboek for one week, Monday to Sunday. Once
 * approved the week is locked: a correction needs a written reason.
 */
public record HoursApproval(UUID id, UUID coachId, LocalDate weekStart, UUID approvedBy, LocalDate approvedOn) {

    public HoursApproval {
        Require.nonNull(id, "id");
        Require.nonNull(coachId, "coachId");
        Require.nonNull(weekStart, "weekStart");
        Require.nonNull(approvedOn, "approvedOn");
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on Monday, was " + weekStart);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(weekStart) && day.isBefore(weekStart.plusWeeks(1));
    }
}

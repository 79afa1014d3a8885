package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the jobcoach logboek needs of a session beyond the visit itself: the activity from the catalogue, the
 * coachingsplan goal(s) it served, travel time (logged apart, never counted as coaching), the group it was part of,
 * when it was logged, and the coach's reason for an unusually long day.
 *
 * @param goalIds       the plan goals this session served; an unmodifiable copy
 * @param travelMinutes travel time for this candidate's share of the visit; not coaching
 * @param groupId       the same for every candidate of one group session, null for a one-to-one session
 * @param groupSize     how many candidates shared the session (1 alone): the session's hours are split evenly
 * @param loggedOn      the day the session was first saved, for the "logged more than 7 days late" check
 * @param dayReason     why the coach's day runs over the plausible maximum (free text: sealed), null if none
 * @param correctionReason why a session in a week the team lead approved was changed (sealed), null if none
 */
public record SessionLogboek(
        CoachingActivity activity,
        Set<UUID> goalIds,
        int travelMinutes,
        UUID groupId,
        int groupSize,
        LocalDate loggedOn,
        String dayReason,
        String correctionReason) {

    /** A session logged without logboek details (appointments, older sessions). */
    public static final SessionLogboek NONE = new SessionLogboek(null, Set.of(), 0, null, 1, null, null, null);

    public SessionLogboek {
        Require.nonNegative(travelMinutes, "travelMinutes");
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize is at least 1, was " + groupSize);
        }
        goalIds = goalIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(goalIds));
        dayReason = dayReason == null || dayReason.isBlank() ? null : dayReason.strip();
        correctionReason = correctionReason == null || correctionReason.isBlank() ? null : correctionReason.strip();
    }

    /** Logboek details of a session that was never corrected after approval. */
    public SessionLogboek(CoachingActivity activity, Set<UUID> goalIds, int travelMinutes, UUID groupId,
                          int groupSize, LocalDate loggedOn, String dayReason) {
        this(activity, goalIds, travelMinutes, groupId, groupSize, loggedOn, dayReason, null);
    }

    public SessionLogboek withCorrectionReason(String reason) {
        return new SessionLogboek(activity, goalIds, travelMinutes, groupId, groupSize, loggedOn, dayReason, reason);
    }

    public SessionLogboek withLoggedOn(LocalDate day) {
        return new SessionLogboek(activity, goalIds, travelMinutes, groupId, groupSize, day, dayReason);
    }

    public SessionLogboek withGroup(UUID group, int size) {
        return new SessionLogboek(activity, goalIds, travelMinutes, group, size, loggedOn, dayReason);
    }

    public SessionLogboek withDayReason(String reason) {
        return new SessionLogboek(activity, goalIds, travelMinutes, groupId, groupSize, loggedOn, reason);
    }
}

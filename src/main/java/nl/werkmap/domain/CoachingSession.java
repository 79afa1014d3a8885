package nl.werkmap.domain;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One contact moment with or about a candidate: a workplace visit, a school visit, a phone call. The three notes
 * follow how coaches report: what went well, what worries, what was agreed.
 *
 * @param placementId    the placement the session was about, null if none
 * @param attendees      who was there besides the coach; an unmodifiable copy
 * @param hoursAccounted hours booked on this candidate for the session (UWV wants every hour accounted for)
 * @param place          where exactly (an address, a room), null if not said; a session that starts in the future
 *                       is an appointment ("gepland") and usually has one
 * @param logboek        activity, goals served, travel, group and logging day for the jobcoach logboek; never null
 */
public record CoachingSession(
        UUID id,
        UUID candidateId,
        UUID placementId,
        UUID coachId,
        LocalDateTime startsAt,
        int durationMinutes,
        SessionLocation location,
        SessionType type,
        Set<Attendee> attendees,
        String wentWell,
        String concerns,
        String agreements,
        double hoursAccounted,
        String place,
        SessionLogboek logboek) {

    public CoachingSession {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNegative(durationMinutes, "durationMinutes");
        Require.nonNegative(hoursAccounted, "hoursAccounted");
        EnumSet<Attendee> copy = EnumSet.noneOf(Attendee.class);
        if (attendees != null) {
            for (Attendee a : attendees) {
                copy.add(Require.nonNull(a, "attendee"));
            }
        }
        attendees = Collections.unmodifiableSet(copy);
        place = place == null || place.isBlank() ? null : place.strip();
        logboek = logboek == null ? SessionLogboek.NONE : logboek;
    }

    /** A session without logboek details (an appointment, a session from before the logboek). */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted, String place) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, place, SessionLogboek.NONE);
    }

    /** A session without a place: everything logged after the fact. */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, null, SessionLogboek.NONE);
    }

    public CoachingSession withLogboek(SessionLogboek details) {
        return new CoachingSession(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type,
                attendees, wentWell, concerns, agreements, hoursAccounted, place, details);
    }

    /** How the coach was in contact, from where the session took place. */
    public ContactType contactType() {
        return ContactType.of(location);
    }

    /** Planned: it has not started yet at {@code now}. */
    public boolean isPlannedAt(LocalDateTime now) {
        return startsAt != null && startsAt.isAfter(now);
    }

    /** When it ends by its planned length. */
    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}

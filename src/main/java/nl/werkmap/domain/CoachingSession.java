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
 * @param state          gepland, gedaan or niet doorgegaan; null for a session written before states existed (or by
 *                       an older version): then it is planned while in the future and happened once past
 * @param missedReason   why it did not take place (afgezegd, niet verschenen), only with {@code NIET_DOORGEGAAN}
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
        AppointmentState state,
        MissedReason missedReason,
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
        if (state != AppointmentState.NIET_DOORGEGAAN) {
            missedReason = null;
        }
        logboek = logboek == null ? SessionLogboek.NONE : logboek;
    }

    /** A session in a state, without logboek details (an appointment being planned or marked). */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted, String place,
                           AppointmentState state, MissedReason missedReason) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, place, state, missedReason, SessionLogboek.NONE);
    }

    /** A session with logboek details and no state said. */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted, String place,
                           SessionLogboek logboek) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, place, null, null, logboek);
    }

    /** A session with a place and no state said (see {@code state}). */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted, String place) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, place, null, null, SessionLogboek.NONE);
    }

    /** A session without a place: everything logged after the fact. */
    public CoachingSession(UUID id, UUID candidateId, UUID placementId, UUID coachId, LocalDateTime startsAt,
                           int durationMinutes, SessionLocation location, SessionType type, Set<Attendee> attendees,
                           String wentWell, String concerns, String agreements, double hoursAccounted) {
        this(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type, attendees, wentWell,
                concerns, agreements, hoursAccounted, null);
    }

    /** Planned: said to be gepland, or (no state said) it has not started yet at {@code now}. */
    public boolean isPlannedAt(LocalDateTime now) {
        return state == AppointmentState.GEPLAND
                || state == null && startsAt != null && startsAt.isAfter(now);
    }

    /** Still gepland although its time has come: the coach has to say whether it took place ("nog afronden"). */
    public boolean toFinishAt(LocalDateTime now) {
        return state == AppointmentState.GEPLAND && startsAt != null && !startsAt.isAfter(now);
    }

    /** The appointment did not take place: no contact, no hours. */
    public boolean missed() {
        return state == AppointmentState.NIET_DOORGEGAAN;
    }

    /** Contact that happened by {@code now}: counts for last contact, hours and summaries. */
    public boolean happenedBy(LocalDateTime now) {
        return startsAt != null && !startsAt.isAfter(now)
                && (state == AppointmentState.GEDAAN || state == null);
    }

    /** The same session in another state; a reason is kept only for niet doorgegaan. */
    public CoachingSession inState(AppointmentState newState, MissedReason reason) {
        return new CoachingSession(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type,
                attendees, wentWell, concerns, agreements, hoursAccounted, place, newState, reason, logboek);
    }

    public CoachingSession withLogboek(SessionLogboek details) {
        return new CoachingSession(id, candidateId, placementId, coachId, startsAt, durationMinutes, location, type,
                attendees, wentWell, concerns, agreements, hoursAccounted, place, state, missedReason, details);
    }

    /** How the coach was in contact, from where the session took place. */
    public ContactType contactType() {
        return ContactType.of(location);
    }

    /** When it ends by its planned length. */
    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}

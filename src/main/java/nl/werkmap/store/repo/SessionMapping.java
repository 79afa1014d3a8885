package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.store.mapping.StoredRow;

/**
 * The coaching_session table: when, how long, where and what kind stay plain (hours must be accounted for per
 * client), and so do the logboek's activity, goals, travel and group; the three notes, the place (it can be a home
 * address) and the reason for a long day are sealed. The state of an appointment and why it did not take place
 * stay plain: reports leave missed appointments out in SQL ({@link #HAPPENED}).
 */
public final class SessionMapping {

    public static final EntityTable<CoachingSession> TABLE = new EntityTable<>(Tables.COACHING_SESSION,
            CoachingSession::id, List.of(
                    plain("candidate_id", CoachingSession::candidateId),
                    plain("placement_id", CoachingSession::placementId),
                    plain("coach_id", CoachingSession::coachId),
                    plain("starts_at", CoachingSession::startsAt),
                    plain("duration_minutes", CoachingSession::durationMinutes),
                    plain("location", CoachingSession::location),
                    plain("type", CoachingSession::type),
                    plain("attendees", CoachingSession::attendees),
                    sealed("went_well", CoachingSession::wentWell),
                    sealed("concerns", CoachingSession::concerns),
                    sealed("agreements", CoachingSession::agreements),
                    plain("hours_accounted", CoachingSession::hoursAccounted),
                    sealed("place", CoachingSession::place),
                    plain("state", CoachingSession::state),
                    plain("missed_reason", CoachingSession::missedReason),
                    plain("activity", s -> s.logboek().activity()),
                    plain("goal_ids", s -> s.logboek().goalIds()),
                    plain("travel_minutes", s -> s.logboek().travelMinutes()),
                    plain("group_id", s -> s.logboek().groupId()),
                    plain("group_size", s -> s.logboek().groupSize()),
                    plain("logged_on", s -> s.logboek().loggedOn()),
                    sealed("day_reason", s -> s.logboek().dayReason()),
                    sealed("correction_reason", s -> s.logboek().correctionReason())),
            r -> new CoachingSession(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"), r.uuid("coach_id"),
                    r.moment("starts_at"), r.integer("duration_minutes"),
                    r.enumValue("location", SessionLocation.class), r.enumValue("type", SessionType.class),
                    r.enumSet("attendees", Attendee.class), r.opened("went_well"), r.opened("concerns"),
                    r.opened("agreements"), r.decimal("hours_accounted", 0),
                    r.opened("place"), r.enumValue("state", AppointmentState.class),
                    r.enumValue("missed_reason", MissedReason.class), logboek(r)));

    /**
     * The sessions that are contact: gedaan, or without a state (written before states existed, counted as they were
     * then: by their date alone). Gepland and niet doorgegaan are no contact, no hours. Callers still bound the date.
     */
    public static final Condition HAPPENED = happened(Tables.COACHING_SESSION.STATE);

    /** {@link #HAPPENED} for an aliased session table. */
    public static Condition happened(Field<String> state) {
        return state.isNull().or(state.eq(AppointmentState.GEDAAN.name()));
    }

    private static SessionLogboek logboek(StoredRow r) {
        Integer travel = r.integer("travel_minutes");
        Integer size = r.integer("group_size");
        return new SessionLogboek(r.enumValue("activity", CoachingActivity.class),
                r.list("goal_ids").stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new)),
                travel == null ? 0 : travel, r.uuid("group_id"), size == null || size < 1 ? 1 : size,
                r.date("logged_on"), r.opened("day_reason"), r.opened("correction_reason"));
    }

    private SessionMapping() {
    }
}

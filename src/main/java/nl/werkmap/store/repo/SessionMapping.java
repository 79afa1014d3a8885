package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The coaching_session table: when, how long, where and what kind stay plain (hours must be accounted for per
 * client); the three notes and the place (it can be a home address) are sealed. The state of an appointment and
 * why it did not take place stay plain: reports leave missed appointments out in SQL ({@link #HAPPENED}).
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
                    plain("missed_reason", CoachingSession::missedReason)),
            r -> new CoachingSession(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"), r.uuid("coach_id"),
                    r.moment("starts_at"), r.integer("duration_minutes"),
                    r.enumValue("location", SessionLocation.class), r.enumValue("type", SessionType.class),
                    r.enumSet("attendees", Attendee.class), r.opened("went_well"), r.opened("concerns"),
                    r.opened("agreements"), r.decimal("hours_accounted", 0),
                    r.opened("place"), r.enumValue("state", AppointmentState.class),
                    r.enumValue("missed_reason", MissedReason.class)));

    /**
     * The sessions that are contact: gedaan, or without a state (written before states existed, counted as they were
     * then: by their date alone). Gepland and niet doorgegaan are no contact, no hours. Callers still bound the date.
     */
    public static final Condition HAPPENED = happened(Tables.COACHING_SESSION.STATE);

    /** {@link #HAPPENED} for an aliased session table. */
    public static Condition happened(Field<String> state) {
        return state.isNull().or(state.eq(AppointmentState.GEDAAN.name()));
    }

    private SessionMapping() {
    }
}

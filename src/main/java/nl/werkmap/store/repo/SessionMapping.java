package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The coaching_session table: when, how long, where and what kind stay plain (hours must be accounted for per
 * client); the three notes and the place (it can be a home address) are sealed.
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
                    sealed("place", CoachingSession::place)),
            r -> new CoachingSession(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"), r.uuid("coach_id"),
                    r.moment("starts_at"), r.integer("duration_minutes"),
                    r.enumValue("location", SessionLocation.class), r.enumValue("type", SessionType.class),
                    r.enumSet("attendees", Attendee.class), r.opened("went_well"), r.opened("concerns"),
                    r.opened("agreements"), r.decimal("hours_accounted", 0),
                    r.opened("place")));

    private SessionMapping() {
    }
}

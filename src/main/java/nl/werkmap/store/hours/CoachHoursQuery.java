package nl.werkmap.store.hours;

import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.mapping.EntityReader;
import nl.werkmap.store.repo.GrantMapping;
import nl.werkmap.store.repo.SessionMapping;

/**
 * A coach's logged hours across all their clients, for the plausibility checks: one range scan on
 * session_coach_day (V28) over plain columns. The notes and the place are never opened here (the sessions come
 * back without them); only a written day reason is opened, and only where there is one.
 */
public final class CoachHoursQuery {

    private final Database database;
    private final FieldSealer sealer;

    public CoachHoursQuery(Database database, FieldSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    /** The coach's live sessions from {@code from} up to and including {@code to}, without their notes. */
    public List<CoachingSession> sessions(UUID coachId, LocalDate from, LocalDate to) {
        return database.read(dsl -> dsl.select(COACHING_SESSION.ID, COACHING_SESSION.CANDIDATE_ID,
                        COACHING_SESSION.PLACEMENT_ID, COACHING_SESSION.COACH_ID, COACHING_SESSION.STARTS_AT,
                        COACHING_SESSION.DURATION_MINUTES, COACHING_SESSION.LOCATION, COACHING_SESSION.TYPE,
                        COACHING_SESSION.HOURS_ACCOUNTED, COACHING_SESSION.ACTIVITY, COACHING_SESSION.GOAL_IDS,
                        COACHING_SESSION.TRAVEL_MINUTES, COACHING_SESSION.GROUP_ID, COACHING_SESSION.GROUP_SIZE,
                        COACHING_SESSION.LOGGED_ON, COACHING_SESSION.DAY_REASON)
                .from(COACHING_SESSION)
                .where(COACHING_SESSION.COACH_ID.eq(coachId.toString()))
                .and(COACHING_SESSION.STARTS_AT.ge(from.atStartOfDay().toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(to.plusDays(1).atStartOfDay().toString()))
                .and(COACHING_SESSION.DELETED.isFalse()).and(SessionMapping.HAPPENED)
                .orderBy(COACHING_SESSION.STARTS_AT)
                .fetch(this::lean));
    }

    /** The live toekenningen of these placements, per placement. */
    public Map<UUID, List<JobcoachGrant>> grants(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        List<JobcoachGrant> all = database.read(dsl -> new EntityReader(sealer).findBy(dsl, GrantMapping.TABLE,
                "placement_id", new LinkedHashSet<>(placementIds)));
        Map<UUID, List<JobcoachGrant>> by = new LinkedHashMap<>();
        for (JobcoachGrant g : all) {
            by.computeIfAbsent(g.placementId(), k -> new ArrayList<>()).add(g);
        }
        return by;
    }

    /**
     * Per grant, the hours on its placement and days logged by anyone, leaving out the sessions of {@code coachId}
     * between {@code from} and {@code to} (those the caller checks itself).
     */
    public Map<UUID, Double> usedOutside(Collection<JobcoachGrant> grants, UUID coachId, LocalDate from,
                                         LocalDate to) {
        Map<UUID, Double> used = new LinkedHashMap<>();
        database.read(dsl -> {
            for (JobcoachGrant g : grants) {
                used.put(g.id(), usedOutside(dsl, g, coachId, from, to));
            }
            return null;
        });
        return used;
    }

    private static double usedOutside(DSLContext dsl, JobcoachGrant g, UUID coachId, LocalDate from, LocalDate to) {
        Condition inWindow = COACHING_SESSION.COACH_ID.eq(coachId.toString())
                .and(COACHING_SESSION.STARTS_AT.ge(from.atStartOfDay().toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(to.plusDays(1).atStartOfDay().toString()));
        Double sum = dsl.select(DSL.sum(COACHING_SESSION.HOURS_ACCOUNTED).cast(Double.class))
                .from(COACHING_SESSION)
                .where(COACHING_SESSION.PLACEMENT_ID.eq(g.placementId().toString()))
                .and(COACHING_SESSION.STARTS_AT.ge(g.firstDay().atStartOfDay().toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(g.lastDay().plusDays(1).atStartOfDay().toString()))
                .and(COACHING_SESSION.DELETED.isFalse()).and(SessionMapping.HAPPENED)
                .and(DSL.not(inWindow))
                .fetchOne(0, Double.class);
        return sum == null ? 0 : sum;
    }

    private CoachingSession lean(Record r) {
        String id = r.get(COACHING_SESSION.ID);
        byte[] reason = r.get(COACHING_SESSION.DAY_REASON);
        Set<UUID> goals = new LinkedHashSet<>();
        String goalText = r.get(COACHING_SESSION.GOAL_IDS);
        if (goalText != null && !goalText.isEmpty()) {
            for (String g : goalText.split(";")) {
                goals.add(UUID.fromString(g));
            }
        }
        String activity = r.get(COACHING_SESSION.ACTIVITY);
        String group = r.get(COACHING_SESSION.GROUP_ID);
        String logged = r.get(COACHING_SESSION.LOGGED_ON);
        Integer travel = r.get(COACHING_SESSION.TRAVEL_MINUTES);
        Integer size = r.get(COACHING_SESSION.GROUP_SIZE);
        SessionLogboek logboek = new SessionLogboek(
                activity == null ? null : CoachingActivity.valueOf(activity), goals, travel == null ? 0 : travel,
                group == null ? null : UUID.fromString(group), size == null || size < 1 ? 1 : size,
                logged == null ? null : LocalDate.parse(logged),
                reason == null ? null : sealer.open(COACHING_SESSION.getName(), "day_reason", id, reason));
        String placement = r.get(COACHING_SESSION.PLACEMENT_ID);
        String coach = r.get(COACHING_SESSION.COACH_ID);
        Double hours = r.get(COACHING_SESSION.HOURS_ACCOUNTED);
        return new CoachingSession(UUID.fromString(id), UUID.fromString(r.get(COACHING_SESSION.CANDIDATE_ID)),
                placement == null ? null : UUID.fromString(placement), coach == null ? null : UUID.fromString(coach),
                java.time.LocalDateTime.parse(r.get(COACHING_SESSION.STARTS_AT)),
                r.get(COACHING_SESSION.DURATION_MINUTES),
                SessionLocation.valueOf(r.get(COACHING_SESSION.LOCATION)),
                SessionType.valueOf(r.get(COACHING_SESSION.TYPE)), Set.<Attendee>of(), null, null, null,
                hours == null ? 0 : hours, null, logboek);
    }
}

package nl.werkmap.store.week;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.PLAN_ACTION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.Select;
import org.jooq.SelectSelectStep;
import org.jooq.SelectOrderByStep;
import org.jooq.impl.DSL;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.PersonName;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;

/**
 * The appointments, due actions and school leaving dates of a stretch of days, for one coach or everyone, in three
 * range queries on indexed date columns (session_starts, plan_action_due, candidate_leaving): no query per
 * candidate. Nothing sealed is opened here: the caller opens the action text or place ({@link #opened}) and the
 * names ({@link #names}) only for the lines it shows, so a large caseload costs what one screen of lines costs.
 */
public final class WeekQuery {

    /** Names of more candidates than this are asked for in several IN lists (SQLite's variable limit). */
    private static final int CHUNK = 500;

    private final Database database;
    private final FieldSealer sealer;

    public WeekQuery(Database database, FieldSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    /**
     * Everything from {@code overdueSince} (actions not done, appointments still gepland) or {@code from}
     * (appointments, school leaving) up to and including {@code to}.
     *
     * @param coachId only this coach's candidates and appointments; null for everyone on this laptop
     */
    public List<WeekEntry> entries(LocalDate overdueSince, LocalDate from, LocalDate to, UUID coachId) {
        return entries(overdueSince, from, to, coachId, Integer.MAX_VALUE).entries();
    }

    /**
     * As {@link #entries(LocalDate, LocalDate, LocalDate, UUID)}, with at most {@code cap} lines of each kind, the
     * earliest first: a whole municipality's week is thousands of lines that no screen shows.
     *
     * @return the lines, and whether any kind had more than {@code cap}
     */
    public Capped entries(LocalDate overdueSince, LocalDate from, LocalDate to, UUID coachId, int cap) {
        return database.read(dsl -> {
            List<WeekEntry> out = new ArrayList<>();
            boolean more = appointments(dsl, from, to, coachId, DSL.noCondition(), out, cap);
            // Appointments of earlier days still gepland: the coach has to say whether they took place.
            more |= appointments(dsl, overdueSince, from.minusDays(1), coachId, stillPlanned(coachId), out, cap);
            more |= actions(dsl, overdueSince, from.minusDays(1), coachId, out, cap);
            more |= actions(dsl, from, to, coachId, out, cap);
            more |= schoolLeaving(dsl, from, to, coachId, out, cap);
            return new Capped(out, more);
        });
    }

    /** Lines read with a cap; {@code more} says some were left off. */
    public record Capped(List<WeekEntry> entries, boolean more) {
    }

    /** Reads one more than the cap to know whether there are more; keeps the cap. */
    private static boolean capped(List<WeekEntry> out, int before, int cap) {
        if (cap != Integer.MAX_VALUE && out.size() - before > cap) {
            out.remove(out.size() - 1);
            return true;
        }
        return false;
    }

    private static int plusOne(int cap) {
        return cap == Integer.MAX_VALUE ? cap : cap + 1;
    }

    /** The line with its sealed text (action description, appointment place) opened; call it for shown lines only. */
    public WeekEntry opened(WeekEntry e) {
        if (e.sealed() == null) {
            return e;
        }
        String text = switch (e.kind()) {
            case AFSPRAAK -> sealer.open("coaching_session", "place", e.refId().toString(), e.sealed());
            case ACTIE -> sealer.open("plan_action", "description", e.refId().toString(), e.sealed());
            default -> null;
        };
        return new WeekEntry(e.kind(), e.date(), e.time(), e.candidateId(), e.refId(), e.minutes(), e.type(),
                e.location(), e.owner(), text, null, e.state(), e.reason());
    }

    private boolean appointments(DSLContext dsl, LocalDate from, LocalDate to, UUID coachId, Condition which,
                                 List<WeekEntry> out, int cap) {
        int before = out.size();
        // starts_at is yyyy-MM-ddTHH:mm text: everything from the first day up to (not including) the day after.
        Condition when = COACHING_SESSION.DELETED.isFalse().and(CANDIDATE.DELETED.isFalse())
                .and(COACHING_SESSION.STARTS_AT.ge(from.toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(to.plusDays(1).toString()))
                .and(which);
        Select<Record9<String, String, String, Integer, String, String, byte[], String, String>> read;
        if (coachId == null) {
            read = sessionColumns(dsl).from(COACHING_SESSION).join(CANDIDATE)
                    .on(CANDIDATE.ID.eq(COACHING_SESSION.CANDIDATE_ID)).where(when)
                    .orderBy(COACHING_SESSION.STARTS_AT).limit(plusOne(cap));
        } else {
            // "The session's coach OR the candidate's coach" in one WHERE is served by no index (at 150k SQLite
            // walked every session of the days); as two reads, each has its index: session_coach_day, and
            // candidate_report then session_live_last. UNION drops a session both reads find.
            read = mineUnion(dsl, coachId, when).orderBy(DSL.field(DSL.name(COACHING_SESSION.STARTS_AT.getName())))
                    .limit(plusOne(cap));
        }
        read.forEach(r -> {
            LocalDateTime at = LocalDateTime.parse(r.value3());
            out.add(new WeekEntry(WeekEntry.Kind.AFSPRAAK, at.toLocalDate(), at.toLocalTime(),
                    UUID.fromString(r.value2()), UUID.fromString(r.value1()), r.value4(),
                    SessionType.valueOf(r.value5()), SessionLocation.valueOf(r.value6()), null, null, r.value7(),
                    enumOrNull(AppointmentState.class, r.value8()), enumOrNull(MissedReason.class, r.value9())));
        });
        return capped(out, before, cap);
    }

    private static SelectSelectStep<Record9<String, String, String, Integer, String, String, byte[], String, String>>
            sessionColumns(DSLContext dsl) {
        return dsl.select(COACHING_SESSION.ID, COACHING_SESSION.CANDIDATE_ID, COACHING_SESSION.STARTS_AT,
                COACHING_SESSION.DURATION_MINUTES, COACHING_SESSION.TYPE, COACHING_SESSION.LOCATION,
                COACHING_SESSION.PLACE, COACHING_SESSION.STATE, COACHING_SESSION.MISSED_REASON);
    }

    /** The coach's sessions and the sessions of the coach's candidates that meet {@code when}, each once. */
    private static SelectOrderByStep<Record9<String, String, String, Integer, String, String, byte[], String, String>>
            mineUnion(DSLContext dsl, UUID coachId, Condition when) {
        String coach = coachId.toString();
        return sessionColumns(dsl).from(COACHING_SESSION).join(CANDIDATE)
                .on(CANDIDATE.ID.eq(COACHING_SESSION.CANDIDATE_ID))
                .where(when).and(COACHING_SESSION.COACH_ID.eq(coach))
                .union(sessionColumns(dsl).from(CANDIDATE).join(COACHING_SESSION)
                        .on(COACHING_SESSION.CANDIDATE_ID.eq(CANDIDATE.ID))
                        .where(when).and(CANDIDATE.COACH_ID.eq(coach)));
    }

    private boolean actions(DSLContext dsl, LocalDate since, LocalDate to, UUID coachId, List<WeekEntry> out,
                            int cap) {
        int before = out.size();
        dsl.select(PLAN_ACTION.ID, PLAN_ACTION.CANDIDATE_ID, PLAN_ACTION.DUE_DATE, PLAN_ACTION.OWNER,
                        PLAN_ACTION.DESCRIPTION)
                .from(PLAN_ACTION).join(CANDIDATE).on(CANDIDATE.ID.eq(PLAN_ACTION.CANDIDATE_ID))
                .where(PLAN_ACTION.DELETED.isFalse()).and(CANDIDATE.DELETED.isFalse())
                .and(notDone(coachId))
                .and(PLAN_ACTION.DUE_DATE.between(since.toString(), to.toString()))
                .and(CANDIDATE.STATUS.ne(CandidateStatus.UITGESTROOMD.name()))
                .and(ofCoach(coachId))
                .orderBy(PLAN_ACTION.DUE_DATE)
                .limit(plusOne(cap))
                .forEach(r -> {
                    String id = r.get(PLAN_ACTION.ID);
                    out.add(new WeekEntry(WeekEntry.Kind.ACTIE, LocalDate.parse(r.get(PLAN_ACTION.DUE_DATE)), null,
                            UUID.fromString(r.get(PLAN_ACTION.CANDIDATE_ID)), UUID.fromString(id), 0, null, null,
                            ActionOwner.valueOf(r.get(PLAN_ACTION.OWNER)), null, r.get(PLAN_ACTION.DESCRIPTION)));
                });
        return capped(out, before, cap);
    }

    private static boolean schoolLeaving(DSLContext dsl, LocalDate from, LocalDate to, UUID coachId,
                                         List<WeekEntry> out, int cap) {
        int before = out.size();
        dsl.select(CANDIDATE.ID, CANDIDATE.EXPECTED_LEAVING_DATE)
                .from(CANDIDATE)
                .where(CANDIDATE.DELETED.isFalse())
                .and(CANDIDATE.EXPECTED_LEAVING_DATE.between(from.toString(), to.toString()))
                .and(CANDIDATE.STATUS.ne(CandidateStatus.UITGESTROOMD.name()))
                .and(ofCoach(coachId))
                .orderBy(CANDIDATE.EXPECTED_LEAVING_DATE)
                .limit(plusOne(cap))
                .forEach(r -> {
                    UUID id = UUID.fromString(r.get(CANDIDATE.ID));
                    out.add(new WeekEntry(WeekEntry.Kind.SCHOOL_VERLATEN,
                            LocalDate.parse(r.get(CANDIDATE.EXPECTED_LEAVING_DATE)), null, id, id, 0, null, null,
                            null, null));
                });
        return capped(out, before, cap);
    }

    /**
     * How many unfinished things fell due from {@code since} up to (not including) {@code before}: actions not done
     * and appointments still gepland. The week view lists only the recent ones and counts the rest with this.
     */
    public int overdueBetween(LocalDate since, LocalDate before, UUID coachId) {
        return database.read(dsl -> {
            // count(*) of the join, not of a selected id: the id is not in plan_action_open, and asking for it read
            // every counted action's row (54,000 at 150,000 candidates) instead of the index alone.
            int actions = dsl.selectCount()
                    .from(PLAN_ACTION).join(CANDIDATE).on(CANDIDATE.ID.eq(PLAN_ACTION.CANDIDATE_ID))
                    .where(PLAN_ACTION.DELETED.isFalse()).and(CANDIDATE.DELETED.isFalse())
                    .and(notDone(coachId))
                    .and(PLAN_ACTION.DUE_DATE.ge(since.toString())).and(PLAN_ACTION.DUE_DATE.lt(before.toString()))
                    .and(CANDIDATE.STATUS.ne(CandidateStatus.UITGESTROOMD.name()))
                    .and(ofCoach(coachId)).fetchOne(0, int.class);
            Condition planned = COACHING_SESSION.DELETED.isFalse().and(CANDIDATE.DELETED.isFalse())
                    .and(COACHING_SESSION.STARTS_AT.ge(since.toString()))
                    .and(COACHING_SESSION.STARTS_AT.lt(before.toString()))
                    .and(stillPlanned(coachId));
            // One coach: the same two indexed reads as the week's appointments, counted once each.
            int appointments = coachId == null
                    ? dsl.selectCount().from(COACHING_SESSION).join(CANDIDATE)
                            .on(CANDIDATE.ID.eq(COACHING_SESSION.CANDIDATE_ID)).where(planned).fetchOne(0, int.class)
                    : dsl.fetchCount(mineUnion(dsl, coachId, planned));
            return actions + appointments;
        });
    }

    /**
     * The appointment is still gepland. For everyone it is written as the literal the partial index
     * {@code session_planned} (V46) is defined on, so SQLite reads that index, which holds only the gepland sessions
     * (before, a count walked every session of twelve months). For one coach the coach's own indexes stay the way in
     * (a coach's days are few rows; the partial index holds everyone's): a unary plus keeps SQLite from taking the
     * partial index there, as it did (10x slower) when offered it.
     */
    private static Condition stillPlanned(UUID coachId) {
        return coachId == null ? COACHING_SESSION.STATE.eq(DSL.inline(AppointmentState.GEPLAND.name()))
                : DSL.condition("+{0} = {1}", COACHING_SESSION.STATE, DSL.inline(AppointmentState.GEPLAND.name()));
    }

    /** The action is not done; as {@link #stillPlanned}, for everyone through {@code plan_action_open} (V46). */
    private static Condition notDone(UUID coachId) {
        return coachId == null ? PLAN_ACTION.DONE_ON.isNull() : DSL.condition("+{0} IS NULL", PLAN_ACTION.DONE_ON);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            // A value from a newer version of the app: shown as not said rather than failing the whole week.
            return null;
        }
    }

    private static Condition ofCoach(UUID coachId) {
        return coachId == null ? DSL.noCondition() : CANDIDATE.COACH_ID.eq(coachId.toString());
    }

    /** A candidate as lists show them: roepnaam + achternaam, and the birth year or school as second cue. */
    public record Named(String name, String cue, String roepnaam) {
    }

    /** Opens the names (and birth dates) of exactly these candidates; unknown or deleted ids are left out. */
    public Map<UUID, Named> names(Collection<UUID> candidateIds) {
        List<String> ids = candidateIds.stream().distinct().map(UUID::toString).toList();
        Map<UUID, Named> named = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            database.read(dsl -> {
                dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME, CANDIDATE.PREFERRED_NAME, CANDIDATE.BIRTH_DATE,
                                CANDIDATE.SCHOOL_NAME)
                        .from(CANDIDATE).where(CANDIDATE.ID.in(chunk)).and(CANDIDATE.DELETED.isFalse())
                        .forEach(r -> {
                            String id = r.get(CANDIDATE.ID);
                            String full = sealer.open("candidate", "full_name", id, r.get(CANDIDATE.FULL_NAME));
                            String roep = sealer.open("candidate", "preferred_name", id,
                                    r.get(CANDIDATE.PREFERRED_NAME));
                            String school = r.get(CANDIDATE.SCHOOL_NAME);
                            // A pupil is recognised by the school; the birth date is opened only for the others.
                            String birth = school != null && !school.isBlank() ? null
                                    : sealer.open("candidate", "birth_date", id, r.get(CANDIDATE.BIRTH_DATE));
                            named.put(UUID.fromString(id), new Named(PersonName.listName(full, roep),
                                    PersonName.cue(school, birth == null ? null : LocalDate.parse(birth)),
                                    roep == null || roep.isBlank() ? PersonName.listName(full, null) : roep));
                        });
                return null;
            });
        }
        return named;
    }
}

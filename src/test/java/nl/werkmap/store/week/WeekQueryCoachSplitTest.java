package nl.werkmap.store.week;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/**
 * One coach's appointments are read as two indexed reads (by the session's coach; by the coach's candidates) instead
 * of one "session's coach OR candidate's coach" filter. Both kinds of rows, and rows both reads find, must give
 * exactly what the single filter gave: checked against that filter, written out here as the reference.
 */
class WeekQueryCoachSplitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void sameAppointmentsAndOverdueCountAsTheOrFilter(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            Coach me = Samples.coach("Fatima Yilmaz");
            Coach other = Samples.coach("Kees Jansen");
            store.coaches().saveAll(List.of(me, other));
            Candidate mine = Candidate.register(UUID.randomUUID(), "Jan van den Berg", TODAY.minusMonths(14))
                    .withCoach(me.id());
            Candidate theirs = Candidate.register(UUID.randomUUID(), "Els Bergsma", TODAY.minusMonths(14))
                    .withCoach(other.id());
            Candidate nobodys = Candidate.register(UUID.randomUUID(), "Piet Kok", TODAY.minusMonths(14));
            store.candidates().saveAll(List.of(mine, theirs, nobodys));
            List<CoachingSession> sessions = new ArrayList<>();
            UUID[] coaches = {me.id(), other.id(), null};
            Candidate[] candidates = {mine, theirs, nobodys};
            // Every pair of session coach and candidate's coach, this week and overdue, planned and not.
            int n = 0;
            for (UUID coach : coaches) {
                for (Candidate candidate : candidates) {
                    for (LocalDateTime at : List.of(TODAY.plusDays(1).atTime(9, n % 60),
                            TODAY.minusWeeks(1).atTime(10, n % 60), TODAY.minusMonths(3).atTime(11, n % 60))) {
                        CoachingSession s = new CoachingSession(UUID.randomUUID(), candidate.id(), null, coach, at,
                                45, SessionLocation.KANTOOR, SessionType.INTAKE, Set.of(), null, null, null, 0,
                                null);
                        sessions.add(n % 2 == 0 ? s.inState(AppointmentState.GEPLAND, null) : s);
                        n++;
                    }
                }
            }
            store.sessions().saveAll(sessions);
            WeekQuery query = store.weekQuery();
            LocalDate since = TODAY.minusMonths(10);
            LocalDate recent = TODAY.minusWeeks(2);
            for (UUID coach : List.of(me.id(), other.id())) {
                List<UUID> read = query.entries(recent, TODAY, TODAY.plusDays(2), coach).stream()
                        .filter(e -> e.kind() == WeekEntry.Kind.AFSPRAAK).map(WeekEntry::refId).toList();
                List<UUID> expected = new ArrayList<>(reference(store, coach, TODAY, TODAY.plusDays(3), false));
                expected.addAll(reference(store, coach, recent, TODAY, true));
                assertEquals(expected, read, "the week's appointments of " + coach);
                assertTrue(read.size() >= 4, "the fixture has both kinds of rows for every coach: " + read.size());
                assertEquals(reference(store, coach, since, recent, true).size(),
                        query.overdueBetween(since, recent, coach), "overdue count of " + coach);
            }
            assertEquals(reference(store, null, since, recent, true).size(), query.overdueBetween(since, recent, null));
        }
    }

    /** The filter as it was: one query with "session's coach OR candidate's coach". */
    private static List<UUID> reference(CaseloadStore store, UUID coach, LocalDate from, LocalDate before,
                                        boolean plannedOnly) {
        return store.read(dsl -> {
            Condition which = coach == null ? org.jooq.impl.DSL.noCondition()
                    : COACHING_SESSION.COACH_ID.eq(coach.toString()).or(CANDIDATE.COACH_ID.eq(coach.toString()));
            if (plannedOnly) {
                which = which.and(COACHING_SESSION.STATE.eq(AppointmentState.GEPLAND.name()));
            }
            return dsl.select(COACHING_SESSION.ID).from(COACHING_SESSION).join(CANDIDATE)
                    .on(CANDIDATE.ID.eq(COACHING_SESSION.CANDIDATE_ID))
                    .where(COACHING_SESSION.DELETED.isFalse()).and(CANDIDATE.DELETED.isFalse())
                    .and(COACHING_SESSION.STARTS_AT.ge(from.toString()))
                    .and(COACHING_SESSION.STARTS_AT.lt(before.toString())).and(which)
                    .orderBy(COACHING_SESSION.STARTS_AT, COACHING_SESSION.ID)
                    .fetch(r -> UUID.fromString(r.value1()));
        });
    }
}

package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.PLAN_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

class SessionServiceTest {

    private CaseloadStore store;
    private Candidate candidate;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        Coach coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        candidate = Samples.candidate("Jan van den Berg", coach.id());
        store.candidates().save(candidate);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSecondWriteThatFailsLeavesNothingAndTheRetryMakesExactlyOneSessionAndOneAction() {
        // The ids are fixed once, as the form does when it opens.
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        PlanAction followUp = Samples.action(candidate.id(), null, session.id());
        AtomicInteger writes = new AtomicInteger();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        SessionService flaky = new SessionService(store, table -> {
            if (writes.incrementAndGet() == 2 && failOnce.getAndSet(false)) {
                throw new IllegalStateException("schijf vol");
            }
        });
        int logBefore = changeLogRows();

        assertThrows(IllegalStateException.class, () -> flaky.logSession(session, followUp));
        assertEquals(0, sessions(), "all or nothing: the session rolled back with the failed action");
        assertEquals(0, actions());
        assertEquals(logBefore, changeLogRows(), "no change-log entries for the rolled-back writes");

        assertEquals(SaveOutcome.INSERTED, flaky.logSession(session, followUp));
        assertEquals(SaveOutcome.UNCHANGED, flaky.logSession(session, followUp), "a second retry writes nothing");
        assertEquals(1, sessions(), "one session: the hours count once");
        assertEquals(1, actions());
        assertEquals(session, store.sessions().find(session.id()).orElseThrow());
    }

    @Test
    void aFailedFirstSaveRetriedWithoutTheSeamStillMakesOneRow() {
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        PlanAction followUp = Samples.action(candidate.id(), null, session.id());
        AtomicInteger writes = new AtomicInteger();
        SessionService failsAfterSession = new SessionService(store, table -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("stroom weg");
            }
        });
        assertThrows(IllegalStateException.class, () -> failsAfterSession.logSession(session, followUp));
        new SessionService(store).logSession(session, followUp);
        new SessionService(store).logSession(session, followUp);
        assertEquals(1, sessions());
        assertEquals(1, actions());
    }

    @Test
    void anInvalidCorrectionIsRefusedAndNothingChanges() {
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        SessionService service = new SessionService(store);
        service.logSession(session, null);
        CoachingSession broken = new CoachingSession(session.id(), session.candidateId(), null, session.coachId(),
                null, 30, session.location(), session.type(), session.attendees(), "x", null, null, 0.5);
        assertThrows(SessionService.InvalidSession.class, () -> service.correct(broken));
        assertEquals(session, store.sessions().find(session.id()).orElseThrow());
    }

    @Test
    void deleteThenRestoreBringsTheSameSessionBackAndBothAreChangeLogged() {
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        SessionService service = new SessionService(store);
        service.logSession(session, null);
        assertTrue(service.delete(session.id()));
        assertTrue(store.sessions().find(session.id()).isEmpty());
        assertFalse(service.delete(session.id()), "already deleted");
        assertEquals(SaveOutcome.UPDATED, service.restore(session));
        assertEquals(session, store.sessions().find(session.id()).orElseThrow());
        assertEquals(java.util.List.of("true", "false"), store.read(dsl -> dsl.select(CHANGE_LOG.VALUE)
                .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.eq(session.id().toString()))
                .and(CHANGE_LOG.FIELD.eq("deleted")).orderBy(CHANGE_LOG.SEQ)
                .fetch(r -> new String(r.value1(), java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void savingASessionRemovesTheCandidatesDraft() {
        store.sessionDrafts().keep(candidate.id(), "{\"wentWell\":\"half getypt\"}");
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        new SessionService(store).logSession(session, null);
        assertTrue(store.sessionDrafts().find(candidate.id()).isEmpty());
        assertFalse(RecordIds.next().equals(session.id()));
    }

    @Test
    void theDraftGoesInTheSessionsOwnTransaction() {
        store.sessionDrafts().keep(candidate.id(), "{\"wentWell\":\"half getypt\"}");
        CoachingSession session = Samples.session(candidate.id(), null, candidate.coachId(),
                LocalDateTime.of(2026, 12, 3, 10, 0));
        SessionService failsAtTheDraft = new SessionService(store, table -> {
            if (table.equals("session_draft")) {
                throw new IllegalStateException("stroom weg");
            }
        });
        assertThrows(IllegalStateException.class, () -> failsAtTheDraft.logSession(session, null));
        assertEquals(0, sessions(), "no session without its draft gone: never both, never neither");
        assertTrue(store.sessionDrafts().find(candidate.id()).isPresent(), "the typed input is still there");

        new SessionService(store).logSession(session, null);
        assertEquals(1, sessions());
        assertTrue(store.sessionDrafts().find(candidate.id()).isEmpty());
    }

    private int sessions() {
        return store.read(dsl -> dsl.fetchCount(COACHING_SESSION));
    }

    private int actions() {
        return store.read(dsl -> dsl.fetchCount(PLAN_ACTION));
    }

    private int changeLogRows() {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG));
    }
}

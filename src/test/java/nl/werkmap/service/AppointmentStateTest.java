package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * An appointment's state: niet doorgegaan is change-logged, is no contact, and undoes to what it was; gedaan before
 * its time is refused and writes nothing.
 */
class AppointmentStateTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    private CaseloadStore store;
    private Candidate candidate;
    private SessionService service;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer(), CLOCK);
        Coach coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        candidate = Samples.candidate("Jan van den Berg", coach.id());
        store.candidates().save(candidate);
        service = new SessionService(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CoachingSession appointment(LocalDateTime at) {
        return new CoachingSession(RecordIds.next(), candidate.id(), null, candidate.coachId(), at, 60,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, 0,
                "Bakkerij De Korenaar", AppointmentState.GEPLAND, null);
    }

    private LocalDate lastContact() {
        return store.caseloadQuery().load(TODAY).stream().filter(r -> r.id().equals(candidate.id()))
                .map(CaseloadRow::lastContact).findFirst().orElseThrow(() -> new AssertionError("no row"));
    }

    private List<String> logged(CoachingSession s, String field) {
        return store.read(dsl -> dsl.select(CHANGE_LOG.VALUE).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY_ID.eq(s.id().toString())).and(CHANGE_LOG.FIELD.eq(field))
                .orderBy(CHANGE_LOG.SEQ)
                .fetch(r -> r.value1() == null ? null : new String(r.value1(), StandardCharsets.UTF_8)));
    }

    @Test
    void aMissedAppointmentIsNoContactIsChangeLoggedAndUndoes() {
        CoachingSession visit = Samples.session(candidate.id(), null, candidate.coachId(),
                TODAY.minusDays(20).atTime(10, 0));
        service.logSession(visit, null);
        CoachingSession planned = appointment(TODAY.minusDays(2).atTime(10, 0));
        service.plan(planned);
        assertEquals(TODAY.minusDays(20), lastContact(), "still gepland after its time: not contact yet");

        CoachingSession was = service.changeState(planned.id(), AppointmentState.GEDAAN, null);
        assertEquals(planned, was);
        assertEquals(TODAY.minusDays(2), lastContact(), "gedaan: contact");

        CoachingSession done = service.changeState(planned.id(), AppointmentState.NIET_DOORGEGAAN,
                MissedReason.NIET_VERSCHENEN);
        CoachingSession missed = store.sessions().find(planned.id()).orElseThrow();
        assertTrue(missed.missed());
        assertEquals(MissedReason.NIET_VERSCHENEN, missed.missedReason());
        assertEquals("Bakkerij De Korenaar", missed.place(), "only the state changed");
        assertEquals(TODAY.minusDays(20), lastContact(), "a missed appointment is no contact");
        assertEquals(List.of("GEPLAND", "GEDAAN", "NIET_DOORGEGAAN"), logged(planned, "state"));
        assertTrue(logged(planned, "missed_reason").contains("NIET_VERSCHENEN"));

        // Undo (Ctrl+Z in the week view): back to gedaan, change-logged like any edit, contact again.
        service.restore(done);
        assertEquals(done, store.sessions().find(planned.id()).orElseThrow());
        assertEquals(List.of("GEPLAND", "GEDAAN", "NIET_DOORGEGAAN", "GEDAAN"), logged(planned, "state"));
        assertEquals(TODAY.minusDays(2), lastContact());
    }

    @Test
    void gedaanBeforeItsTimeIsRefusedAndNothingChanges() {
        CoachingSession later = appointment(TODAY.atTime(16, 30));
        service.plan(later);
        int entries = store.read(dsl -> dsl.fetchCount(CHANGE_LOG));
        SessionService.InvalidSession refused = assertThrows(SessionService.InvalidSession.class,
                () -> service.changeState(later.id(), AppointmentState.GEDAAN, null));
        assertEquals("validation.session.doneInFuture", refused.problems().get(0).messageKey());
        assertEquals(later, store.sessions().find(later.id()).orElseThrow());
        assertEquals(entries, (int) store.read(dsl -> dsl.fetchCount(CHANGE_LOG)));
        // Niet doorgegaan may be said ahead of time (it was cancelled).
        service.changeState(later.id(), AppointmentState.NIET_DOORGEGAAN, MissedReason.AFGEZEGD_DOOR_KANDIDAAT);
        assertTrue(store.sessions().find(later.id()).orElseThrow().missed());
    }

    @Test
    void aReasonIsKeptOnlyForNietDoorgegaan() {
        CoachingSession planned = appointment(TODAY.minusDays(1).atTime(9, 0));
        assertNull(planned.inState(AppointmentState.GEDAAN, MissedReason.OVERIG).missedReason());
        assertEquals(MissedReason.OVERIG,
                planned.inState(AppointmentState.NIET_DOORGEGAAN, MissedReason.OVERIG).missedReason());
    }
}

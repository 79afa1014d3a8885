package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.LOONWAARDE_MEASUREMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** A proefplaatsing through its life, and the refusals that keep every record valid. */
class PlacementServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private PlacementService service;
    private Placement trial;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        Candidate candidate = Samples.bareCandidate("Fatima el Amrani");
        store.candidates().save(candidate);
        Employer employer = Samples.employer();
        store.employers().save(employer);
        trial = new Placement(RecordIds.next(), candidate.id(), employer.id(), "Medewerker bakkerij",
                PlacementType.PROEFPLAATSING, START, START.plusMonths(2).minusDays(1), null, null, null, 24, false,
                null, null, null, false, false, null, null, null, null);
        store.placements().save(trial);
        store.employerContacts().save(Samples.buddy(trial.id()));
        service = new PlacementService(() -> store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String only(RefusedException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).messageKey();
    }

    @Test
    void aTrialIsExtendedThenBecomesAContractThatEnds() {
        assertEquals(START.plusMonths(4), service.extend(trial.id(), START.plusMonths(4)).plannedEnd());

        UUID contractId = RecordIds.next();
        PlacementService.Conversion c = service.convertToDienstverband(trial.id(), contractId, START.plusMonths(3),
                null, 28);
        assertEquals(START.plusMonths(3).minusDays(1), c.trial().actualEnd());
        assertEquals(PlacementEndReason.OVERGEGAAN_IN_CONTRACT, c.trial().endReason());
        assertEquals(PlacementType.DIENSTVERBAND, c.contract().type());
        assertEquals(trial.id(), c.contract().followsPlacementId());
        assertEquals(1, store.employerContacts().forPlacement(contractId).size(), "the buddy came along");
        // A retry with the same contract id (the form's) makes no second contract.
        service.convertToDienstverband(trial.id(), contractId, START.plusMonths(3), null, 28);
        assertEquals(2, store.placements().forCandidate(trial.candidateId()).size());

        Placement ended = service.end(contractId, START.plusMonths(9), PlacementEndReason.VERHUIZING, "Verhuist");
        assertEquals(PlacementEndReason.VERHUIZING, store.placements().find(contractId).orElseThrow().endReason());
        assertEquals("Verhuist", ended.endNote());
    }

    @Test
    void theSignalClearsOnceTheOverdueTrialIsExtendedOrEnded() {
        LocalDate today = START.plusMonths(2).plusDays(5);
        assertTrue(ProefplaatsingCheck.check(trial, today).contains(ProefplaatsingWarning.EINDDATUM_VERSTREKEN));
        Placement extended = service.extend(trial.id(), START.plusMonths(4));
        assertTrue(ProefplaatsingCheck.check(extended, today).isEmpty());
        Placement ended = service.end(trial.id(), today, PlacementEndReason.GEEN_CONTRACT_NA_PROEFPLAATSING, null);
        assertTrue(ProefplaatsingCheck.check(ended, START.plusMonths(5)).isEmpty());
    }

    @Test
    void aTrialCannotBeExtendedPastSixMonths() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> service.extend(trial.id(), START.plusMonths(6)));
        assertEquals(ValidationMessage.PROEFPLAATSING_TOO_LONG.key(), only(e));
        assertEquals(trial.plannedEnd(), store.placements().find(trial.id()).orElseThrow().plannedEnd());
    }

    @Test
    void endingBeforeTheStartIsRefusedAndNothingIsWritten() {
        long before = store.read(dsl -> dsl.fetchCount(CHANGE_LOG));
        RefusedException e = assertThrows(RefusedException.class,
                () -> service.end(trial.id(), START.minusDays(1), PlacementEndReason.ZIEKTE, null));
        assertEquals(ValidationMessage.PLACEMENT_ACTUAL_END_BEFORE_START.key(), only(e));
        assertNull(store.placements().find(trial.id()).orElseThrow().actualEnd());
        assertEquals(before, (long) store.read(dsl -> dsl.fetchCount(CHANGE_LOG)));
    }

    @Test
    void anEndedPlacementCannotBeEndedOrExtendedAgain() {
        service.end(trial.id(), START.plusDays(10), PlacementEndReason.ANDERS, null);
        assertEquals(ValidationMessage.PLACEMENT_ALREADY_ENDED.key(), only(assertThrows(RefusedException.class,
                () -> service.extend(trial.id(), START.plusMonths(3)))));
    }

    @Test
    void aLoonwaardeIsKeptPerMeasurementAndTheNewestSummarisesThePlacement() {
        LoonwaardeMeasurement first = new LoonwaardeMeasurement(RecordIds.next(), trial.candidateId(), trial.id(),
                START.plusDays(20), 45, LoonwaardeMethod.DARIUZ, "J. de Boer", null, true, 850.0, null);
        LoonwaardeMeasurement older = new LoonwaardeMeasurement(RecordIds.next(), trial.candidateId(), trial.id(),
                START.plusDays(5), 40, LoonwaardeMethod.DARIUZ, null, null, false, null, null);
        service.recordLoonwaarde(first);
        Placement p = service.recordLoonwaarde(older);
        assertEquals(45, p.loonwaardePct(), "an older measurement recorded later does not replace the newest");
        assertTrue(p.loonkostensubsidie());
        assertEquals(2, store.loonwaarde().forPlacement(trial.id()).size());

        LoonwaardeMeasurement next = new LoonwaardeMeasurement(RecordIds.next(), trial.candidateId(), trial.id(),
                START.plusMonths(5), 55, LoonwaardeMethod.LOONWAARDE_PLUS, null, START.plusMonths(11), false, null,
                "Sneller aan de oven");
        p = service.recordLoonwaarde(next);
        assertEquals(55, p.loonwaardePct());
        assertEquals(START.plusMonths(11), p.loonwaardeNextOn());
        assertEquals("Sneller aan de oven", store.loonwaarde().forPlacement(trial.id()).get(0).note());
        // The note is personal free text: sealed at rest.
        byte[] stored = store.read(dsl -> dsl.select(LOONWAARDE_MEASUREMENT.NOTE).from(LOONWAARDE_MEASUREMENT)
                .where(LOONWAARDE_MEASUREMENT.ID.eq(next.id().toString())).fetchOne().value1());
        assertTrue(!new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("oven"));
        // Change-logged like every record, sealed columns marked sealed, so the outbox opens them for the bundle.
        var logged = store.read(dsl -> dsl.select(CHANGE_LOG.FIELD, CHANGE_LOG.SEALED).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY.eq("loonwaarde_measurement"))
                .and(CHANGE_LOG.ENTITY_ID.eq(next.id().toString())).fetchMap(CHANGE_LOG.FIELD, CHANGE_LOG.SEALED));
        assertEquals(Boolean.TRUE, logged.get("note"));
        assertEquals(Boolean.FALSE, logged.get("loonwaarde_pct"));
        assertEquals(Boolean.FALSE, logged.get("placement_id"));
        boolean summaryLogged = store.read(dsl -> dsl.fetchExists(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("placement")
                .and(CHANGE_LOG.FIELD.eq("loonwaarde_next_on"))));
        assertTrue(summaryLogged, "the placement's summary syncs too");
    }

    @Test
    void aLoonwaardeOverHundredIsRefused() {
        LoonwaardeMeasurement wrong = new LoonwaardeMeasurement(RecordIds.next(), trial.candidateId(), trial.id(),
                START, 120, LoonwaardeMethod.DARIUZ, null, null, false, null, null);
        assertEquals(ValidationMessage.LOONWAARDE_RANGE.key(), only(assertThrows(RefusedException.class,
                () -> service.recordLoonwaarde(wrong))));
        assertEquals(0, store.loonwaarde().forPlacement(trial.id()).size());
    }
}

package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** Deleting an employer is one transaction: the running-placement check and the tombstone, or nothing. */
class EmployerServiceTest {

    private CaseloadStore store;
    private EmployerService service;
    private Employer employer;
    private Placement placement;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        Coach coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        Candidate candidate = Samples.candidate("Jan van den Berg", coach.id());
        store.candidates().save(candidate);
        employer = Samples.employer();
        store.employers().save(employer);
        placement = Samples.placement(candidate.id(), employer.id());
        store.placements().save(placement);
        service = new EmployerService(() -> store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> deletedLog() {
        return store.read(dsl -> dsl.select(CHANGE_LOG.VALUE).from(CHANGE_LOG)
                .where(CHANGE_LOG.ENTITY_ID.eq(employer.id().toString())).and(CHANGE_LOG.FIELD.eq("deleted"))
                .orderBy(CHANGE_LOG.SEQ).fetch(r -> new String(r.value1(), StandardCharsets.UTF_8)));
    }

    @Test
    void aRunningPlacementRefusesTheDeleteAndNothingIsWritten() {
        int entries = store.read(dsl -> dsl.fetchCount(CHANGE_LOG));
        EmployerService.StillPlaced refused = assertThrows(EmployerService.StillPlaced.class,
                () -> service.delete(employer.id()));
        assertEquals(1, refused.running());
        assertTrue(store.employers().find(employer.id()).isPresent());
        assertEquals(entries, (int) store.read(dsl -> dsl.fetchCount(CHANGE_LOG)));
    }

    @Test
    void onceEndedTheEmployerIsDeletedChangeLoggedAndTheUndoBringsItBack() {
        store.placements().save(placement.endedOn(LocalDate.of(2025, 5, 1), PlacementEndReason.CONTRACT_AFGELOPEN,
                null));
        Employer was = service.delete(employer.id());
        assertEquals(employer, was);
        assertTrue(store.employers().find(employer.id()).isEmpty());
        assertEquals(List.of("true"), deletedLog());
        service.restore(was);
        assertEquals(employer, store.employers().find(employer.id()).orElseThrow());
        assertEquals(List.of("true", "false"), deletedLog());
        assertThrows(IllegalStateException.class, () -> {
            service.delete(employer.id());
            service.delete(employer.id());
        }, "a second delete of a deleted employer says it is gone");
    }
}

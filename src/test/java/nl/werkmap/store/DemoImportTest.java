package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.Placement;

class DemoImportTest {

    @TempDir
    Path dir;

    private CaseloadStore open() {
        return CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
    }

    private static int changeLogRows(CaseloadStore store) {
        return store.read(dsl -> dsl.fetchCount(dsl.selectFrom("change_log")));
    }

    @Test
    void aNewCaseloadIsRealAndAnImportedOneIsDemoAfterReopening() {
        try (CaseloadStore store = open()) {
            assertFalse(store.isDemo());
            store.demoImport();
            assertTrue(store.isDemo());
        }
        try (CaseloadStore store = open()) {
            assertTrue(store.isDemo());
        }
    }

    @Test
    void demoImportWritesReadableRowsWithoutChangeLog() {
        try (CaseloadStore store = open()) {
            Coach coach = Samples.coach("Ans Visser");
            Candidate candidate = Samples.candidate("Jan de Vries", coach.id());
            Employer employer = Samples.employer();
            Placement placement = Samples.placement(candidate.id(), employer.id());
            store.demoImport().write(rows -> rows.coaches(List.of(coach)).employers(List.of(employer))
                    .candidates(List.of(candidate)).placements(List.of(placement))
                    .consents(List.of(Samples.consent(candidate.id()))));

            assertEquals(0, changeLogRows(store));
            assertEquals(0, store.changeLog().unsentCount());
            assertEquals(candidate, store.candidates().find(candidate.id()).orElseThrow());
            assertEquals(placement, store.placements().find(placement.id()).orElseThrow());
            assertEquals("Jan de Vries", store.caseloadQuery().load().get(0).fullName());
        }
    }

    @Test
    void aCoachsLaterEditInADemoCaseloadIsStillChangeLogged() {
        try (CaseloadStore store = open()) {
            Coach coach = Samples.coach("Ans Visser");
            Candidate candidate = Samples.candidate("Jan de Vries", coach.id());
            store.demoImport().write(rows -> rows.coaches(List.of(coach)).candidates(List.of(candidate)));
            PersonalDetails p = candidate.personal();
            Candidate renamed = candidate.withPersonal(new PersonalDetails("Jan de Boer", p.preferredName(), p.bsn(),
                    p.birthDate(), p.phone(), p.email(), p.address(), p.municipality()));

            assertEquals(SaveOutcome.UPDATED, store.candidates().save(renamed));
            assertEquals(1, changeLogRows(store));
        }
    }

    @Test
    void aNormalSaveInARealCaseloadIsChangeLogged() {
        try (CaseloadStore store = open()) {
            store.coaches().save(Samples.coach("Ans Visser"));
            assertTrue(changeLogRows(store) > 0);
            assertFalse(store.isDemo());
        }
    }

    @Test
    void aRealCaseloadWithRowsIsRefusedAndStaysReal() {
        try (CaseloadStore store = open()) {
            store.coaches().save(Samples.coach("Ans Visser"));
            int logged = changeLogRows(store);

            StoreException refused = assertThrows(StoreException.class, store::demoImport);
            assertTrue(refused.getMessage().contains("lege caseload"), refused.getMessage());
            assertFalse(store.isDemo());
            assertEquals(logged, changeLogRows(store));
        }
    }
}

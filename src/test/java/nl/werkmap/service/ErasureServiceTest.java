package nl.werkmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.service.erasure.ErasureRefusal;
import nl.werkmap.service.erasure.ErasureRefusedException;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionOverview;
import nl.werkmap.service.erasure.RetentionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.erasure.CandidateTables;
import nl.werkmap.store.erasure.LocalErasure;

/**
 * Issue 16, bad input and restart: an erasure is refused in plain Dutch when nobody authorised asks, while a
 * placement runs, and before the retention date without a legal reason; when it goes ahead it leaves no row with
 * the candidate's id in any table (also one that did not exist when the erasure code was written), no change-log
 * entry and no draft; an erasure interrupted after its first step is finished when the caseload opens again.
 */
class ErasureServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach lead;
    private Coach coach;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("caseload.db"), TestVault.sealer(), CLOCK);
        lead = new Coach(UUID.randomUUID(), "Lotte de Wit", CoachRole.TEAMLEIDER, "Team Noord", null);
        coach = Samples.coach("Anouk Visser");
        store.coaches().save(lead);
        store.coaches().save(coach);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ErasureService service() {
        return new ErasureService(store, TestVault.sealer(), CLOCK,
                new RetentionService(store, TestVault.sealer(), CLOCK, RetentionPolicy.DEFAULT));
    }

    @Test
    void refusedInDutchUntilAuthorisedEndedAndDueOrWithAReason() {
        Candidate fenna = Samples.candidate("Fenna Wijnbergen", coach.id());
        store.candidates().save(fenna);
        Employer employer = Samples.employer();
        store.employers().save(employer);
        Placement placement = Samples.placement(fenna.id(), employer.id());
        store.placements().save(placement);
        store.employerContacts().save(Samples.buddy(placement.id()));
        store.sessions().save(Samples.session(fenna.id(), placement.id(), coach.id(), LocalDateTime.of(2025, 3, 3, 9, 0)));
        store.sessionDrafts().keep(fenna.id(), "half geschreven verslag");
        // A table another feature adds later, with the candidate_id every candidate table must have.
        store.writeOwnTables(dsl -> dsl.execute("CREATE TABLE toegangslog_later (id TEXT PRIMARY KEY,"
                + " candidate_id TEXT, wat BLOB)"));
        store.writeOwnTables(dsl -> dsl.execute("INSERT INTO toegangslog_later VALUES ('x', ?, x'0102')",
                fenna.id().toString()));
        String id = fenna.id().toString();

        store.currentCoach().choose(coach.id(), CLOCK.instant());
        assertRefused(ErasureRefusal.NOT_AUTHORISED, id, "reden", "Alleen een teamleider");

        store.currentCoach().choose(lead.id(), CLOCK.instant());
        assertRefused(ErasureRefusal.OPEN_PLACEMENT, id, "reden", "lopende plaatsing");

        store.placements().save(placement.endedOn(LocalDate.of(2025, 5, 1), PlacementEndReason.CONTRACT_AFGELOPEN,
                null));
        store.candidates().save(fenna.withStatus(CandidateStatus.UITGESTROOMD, "Werk gevonden",
                OutflowDestination.REGULIER_WERK, LocalDate.of(2025, 6, 1)));
        ErasureRefusedException early = assertRefused(ErasureRefusal.BEFORE_RETENTION, id, null, "--reden");
        assertTrue(early.getMessage().contains("01-06-2030"), early.getMessage());
        assertRefused(ErasureRefusal.BEFORE_RETENTION, id, "   ", "wettelijke reden");

        service().erase(id, "verzoek van betrokkene (AVG art. 17)");

        assertTrue(store.candidates().find(fenna.id()).isEmpty());
        store.read(dsl -> {
            for (String table : CandidateTables.withCandidateId(dsl)) {
                assertEquals(0, count(dsl.resultQuery("SELECT 1 FROM " + table + " WHERE candidate_id = ?",
                        id)), table);
            }
            assertEquals(0, count(dsl.resultQuery("SELECT 1 FROM employer_contact")), "contacts of the placement");
            assertEquals(0, count(dsl.resultQuery("SELECT 1 FROM change_log WHERE entity NOT IN"
                    + " ('coach', 'employer')")), "no change-log entry of the candidate's rows");
            assertTrue(LocalErasure.erased(dsl, id));
            return null;
        });
        assertTrue(store.sessionDrafts().find(fenna.id()).isEmpty());
        assertTrue(store.employers().find(employer.id()).isPresent(), "the employer is no candidate data");
    }

    @Test
    void aCandidatePastTheRetentionDateIsDueAndErasedWithoutAReason() {
        store.currentCoach().choose(lead.id(), CLOCK.instant());
        Candidate old = Samples.candidate("Jan Oud", coach.id()).withStatus(CandidateStatus.UITGESTROOMD, null,
                OutflowDestination.REGULIER_WERK, LocalDate.of(2019, 3, 1));
        Candidate recent = Samples.candidate("Mila Nieuw", coach.id()).withStatus(CandidateStatus.UITGESTROOMD, null,
                OutflowDestination.OPLEIDING, LocalDate.of(2021, 12, 20));
        Candidate active = Samples.candidate("Sam Bezig", coach.id());
        store.candidates().save(old);
        store.candidates().save(recent);
        store.candidates().save(active);

        RetentionOverview overview = new RetentionService(store, TestVault.sealer(), CLOCK, RetentionPolicy.DEFAULT)
                .overview();
        assertEquals(List.of("Jan Oud"), overview.due().stream().map(i -> i.name()).toList());
        assertEquals(LocalDate.of(2024, 3, 1), overview.due().get(0).retentionDate());
        assertEquals(List.of("Mila Nieuw"), overview.soon().stream().map(i -> i.name()).toList(), "due 20-12-2026");
        assertEquals(0, overview.keptLonger());

        assertFalse(service().check(old.id().toString(), null).isPresent());
        service().erase(old.id().toString(), null);
        assertTrue(store.candidates().find(old.id()).isEmpty());
        assertTrue(store.candidates().find(active.id()).isPresent());
    }

    @Test
    void anErasureInterruptedAfterItsFirstStepIsFinishedAtTheNextStart() {
        Candidate fenna = Samples.candidate("Fenna Wijnbergen", coach.id());
        store.candidates().save(fenna);
        store.sessions().save(Samples.session(fenna.id(), null, coach.id(), LocalDateTime.of(2025, 3, 3, 9, 0)));
        // The decision is journalled, then the app stops (power cut) before any row went.
        LocalErasure.begin(store, TestVault.sealer(), fenna.id().toString(), "teamleider", LocalErasure.LOCAL,
                "verzoek van betrokkene", false, CLOCK.instant());
        assertTrue(store.candidates().find(fenna.id()).isPresent());
        store.close();

        store = CaseloadStore.open(dir.resolve("caseload.db"), TestVault.sealer(), CLOCK);

        assertTrue(store.candidates().find(fenna.id()).isEmpty());
        assertEquals(0, (int) store.read(dsl -> count(dsl.resultQuery(
                "SELECT 1 FROM coaching_session WHERE candidate_id = ?", fenna.id().toString()))));
        assertEquals(0, (int) store.read(dsl -> count(dsl.resultQuery(
                "SELECT 1 FROM erasure_journal WHERE finished_at IS NULL"))));
    }

    private static int count(org.jooq.ResultQuery<?> query) {
        return query.fetch().size();
    }

    private ErasureRefusedException assertRefused(ErasureRefusal expected, String id, String reason, String phrase) {
        ErasureRefusedException refused = assertThrows(ErasureRefusedException.class,
                () -> service().erase(id, reason));
        assertEquals(expected, refused.refusal());
        assertTrue(refused.getMessage().contains(phrase), refused.getMessage());
        assertTrue(store.candidates().find(UUID.fromString(id)).isPresent(), "nothing erased");
        return refused;
    }
}

package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.rules.CandidateFacts;
import nl.werkmap.domain.rules.Completeness;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadRow;

class CaseloadQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Ans Visser");
        store.coaches().save(coach);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Map<UUID, CaseloadRow> rows() {
        return store.caseloadQuery().load(TODAY).stream()
                .collect(Collectors.toMap(CaseloadRow::id, Function.identity()));
    }

    @Test
    void aPlannedSessionIsNotContactYet() {
        Candidate sanne = Samples.candidate("Sanne de Jong", coach.id());
        store.candidates().save(sanne);
        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), LocalDateTime.of(2024, 4, 1, 9, 0)));
        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), TODAY.atTime(16, 30)));
        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), LocalDateTime.of(2024, 7, 15, 9, 0)));

        CaseloadRow row = rows().get(sanne.id());

        assertEquals(TODAY, row.lastContact(), "today's visit counts, next month's appointment does not");

        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), LocalDateTime.of(2024, 8, 1, 9, 0)));
        Candidate bram = Samples.candidate("Bram Visser", coach.id());
        store.candidates().save(bram);
        store.sessions().save(Samples.session(bram.id(), null, coach.id(), LocalDateTime.of(2024, 3, 1, 9, 0)));
        store.sessions().save(Samples.session(bram.id(), null, coach.id(), LocalDateTime.of(2024, 7, 1, 9, 0)));
        CaseloadRow bramRow = rows().get(bram.id());
        assertEquals(LocalDate.of(2024, 3, 1), bramRow.lastContact());
        assertFalse(bramRow.warningKeys().isEmpty(), "more than 6 weeks without contact, despite the planned visit");
    }

    @Test
    void rowCarriesNamesStatusCoachAndLastContact() {
        Candidate sanne = Samples.candidate("Sanne de Jong", coach.id());
        store.candidates().save(sanne);
        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), LocalDateTime.of(2024, 6, 1, 9, 0)));
        store.sessions().save(Samples.session(sanne.id(), null, coach.id(), LocalDateTime.of(2024, 6, 10, 9, 0)));

        CaseloadRow row = rows().get(sanne.id());

        assertEquals("Sanne de Jong", row.displayName(), "roepnaam with achternaam, never the roepnaam alone");
        assertEquals("De Brug", row.cue(), "a pupil is told apart by the school");
        assertEquals("Sanne de Jong", row.fullName());
        assertEquals(CandidateStatus.ACTIEF_TRAJECT, row.status());
        assertEquals(coach.id(), row.coachId());
        assertEquals("Ans Visser", row.coachName());
        assertEquals(RegisterStatus.JA, row.registerStatus());
        assertEquals(List.of("groen", "logistiek"), row.sectors());
        assertEquals(LocalDate.of(2024, 6, 10), row.lastContact());
        assertTrue(row.pupil());
        assertTrue(row.warningKeys().isEmpty(), row.warningKeys().toString());
    }

    @Test
    void completenessMatchesTheDomainRuleOnTheFullCandidate() {
        Candidate full = Samples.candidate("Volledig Ingevuld", coach.id());
        Candidate bare = Samples.bareCandidate("Nog Leeg");
        store.candidates().save(full);
        store.candidates().save(bare);
        store.measurements().saveLadder(new nl.werkmap.domain.LadderMeasurement(UUID.randomUUID(), full.id(),
                LocalDate.of(2024, 5, 1), nl.werkmap.domain.Participatieladder.ONBETAALD_WERK));
        store.consents().save(Samples.consent(full.id()));

        Map<UUID, CaseloadRow> rows = rows();

        assertEquals(Completeness.assess(full, new CandidateFacts(LocalDate.of(2024, 5, 1), true, null), TODAY)
                .score(), rows.get(full.id()).completeness());
        assertEquals(100, rows.get(full.id()).completeness());
        assertEquals(Completeness.assess(bare, CandidateFacts.NONE, TODAY).score(),
                rows.get(bare.id()).completeness());
        assertEquals("Nog Leeg", rows.get(bare.id()).displayName());
    }

    @Test
    void warnsAboutCandidatesOutOfViewAndTrialsEndingSoon() {
        Candidate neverSeen = Samples.candidate("Nooit Gezien", coach.id());
        Candidate onTrial = Samples.candidate("Op Proef", coach.id());
        store.candidates().saveAll(List.of(neverSeen, onTrial));
        store.sessions().save(Samples.session(onTrial.id(), null, coach.id(), LocalDateTime.of(2024, 6, 18, 9, 0)));
        Employer employer = Samples.employer();
        store.employers().save(employer);
        Placement trial = Samples.placement(onTrial.id(), employer.id());
        store.placements().save(new Placement(trial.id(), trial.candidateId(), trial.employerId(), "Proef",
                PlacementType.PROEFPLAATSING, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30), null, null, null,
                20, false, null, null, null, false, false, null, null, null, null));

        Map<UUID, CaseloadRow> rows = rows();

        // Samples.candidate is a VSO pupil: never seen and no werknemersprofiel also flags the school leaver.
        assertEquals(List.of("contact.warning.NOOIT_GEZIEN", "profiel.warning.schoolverlaterNietGestart"),
                rows.get(neverSeen.id()).warningKeys());
        assertEquals(List.of("proefplaatsing.EINDIGT_BINNENKORT"), rows.get(onTrial.id()).warningKeys());
    }

    @Test
    void candidateFileHoldsEverythingAboutOneCandidate() {
        Candidate sanne = Samples.candidate("Sanne de Jong", coach.id());
        store.candidates().save(sanne);
        Employer employer = Samples.employer();
        store.employers().save(employer);
        Placement placement = Samples.placement(sanne.id(), employer.id());
        store.placements().save(placement);
        store.employerContacts().save(Samples.buddy(placement.id()));
        store.consents().save(Samples.consent(sanne.id()));
        store.plans().saveGoal(Samples.goal(sanne.id()));
        store.measurements().saveLadder(Samples.ladder(sanne.id()));
        store.measurements().saveZrm(Samples.zrm(sanne.id()));
        CoachingSession session = Samples.session(sanne.id(), placement.id(), coach.id(),
                LocalDateTime.of(2024, 6, 1, 9, 0));
        store.sessions().save(session);
        store.plans().saveAction(Samples.action(sanne.id(), null, session.id()));
        Candidate other = Samples.candidate("Iemand Anders", coach.id());
        store.candidates().save(other);
        store.sessions().save(Samples.session(other.id(), null, coach.id(), LocalDateTime.of(2024, 6, 2, 9, 0)));

        CandidateFile file = store.candidateFiles().load(sanne.id()).orElseThrow();

        assertEquals(sanne, file.candidate());
        assertEquals(coach, file.coach().orElseThrow());
        assertEquals(1, file.consents().size());
        assertEquals(1, file.goals().size());
        assertEquals(1, file.actions().size());
        assertEquals(1, file.ladder().size());
        assertEquals(1, file.zrm().size());
        assertEquals(List.of(session), file.sessions());
        assertEquals(1, file.placements().size());
        assertEquals(employer, file.placements().get(0).employer());
        assertEquals("Piet Bakker", file.placements().get(0).contacts().get(0).name());
        assertFalse(store.candidateFiles().load(UUID.randomUUID()).isPresent());
    }
}

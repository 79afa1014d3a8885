package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.changelog.ChangeEntry;

class CandidateTombstoneTest {

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;
    private Employer employer;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Ans Visser");
        employer = Samples.employer();
        store.coaches().save(coach);
        store.employers().save(employer);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A candidate with one of everything that hangs under them; returns the ids per table. */
    private Map<String, String> fullCandidate(Candidate candidate) {
        Placement placement = Samples.placement(candidate.id(), employer.id());
        EmployerContact buddy = Samples.buddy(placement.id());
        CoachingSession session = Samples.session(candidate.id(), placement.id(), coach.id(),
                LocalDateTime.of(2024, 6, 3, 10, 0));
        PlanGoal goal = Samples.goal(candidate.id());
        PlanAction action = Samples.action(candidate.id(), goal.id(), session.id());
        LadderMeasurement ladder = Samples.ladder(candidate.id());
        ZrmMeasurement zrm = Samples.zrm(candidate.id());
        Consent consent = Samples.consent(candidate.id());
        store.candidates().save(candidate);
        store.placements().save(placement);
        store.employerContacts().save(buddy);
        store.sessions().save(session);
        store.plans().saveGoal(goal);
        store.plans().saveAction(action);
        store.measurements().saveLadder(ladder);
        store.measurements().saveZrm(zrm);
        store.consents().save(consent);
        return Map.of("candidate", candidate.id().toString(), "placement", placement.id().toString(),
                "employer_contact", buddy.id().toString(), "coaching_session", session.id().toString(),
                "plan_goal", goal.id().toString(), "plan_action", action.id().toString(),
                "ladder_measurement", ladder.id().toString(), "zrm_measurement", zrm.id().toString(),
                "consent", consent.id().toString());
    }

    private boolean deleted(String table, String id) {
        return store.read(dsl -> dsl.fetchValue("SELECT deleted FROM " + table + " WHERE id = ?", id)
                .toString().matches("1|true"));
    }

    @Test
    void deletingTheCandidateDeletesTheirZienswijzen() {
        Candidate candidate = Samples.candidate("Jan de Vries", coach.id());
        store.candidates().save(candidate);
        nl.werkmap.domain.avg.Zienswijze statement = new nl.werkmap.domain.avg.Zienswijze(UUID.randomUUID(),
                candidate.id(), "candidate", candidate.id(), "Dat klopt niet meer.", java.time.LocalDate.of(2026, 12, 1));
        store.zienswijzen().save(statement);
        assertEquals(1, store.zienswijzen().forCandidate(candidate.id()).size());

        assertTrue(store.candidates().tombstone(candidate.id()));

        assertEquals(List.of(), store.zienswijzen().forCandidate(candidate.id()));
        assertTrue(deleted("zienswijze", statement.id().toString()), "tombstoned, so other devices delete it too");
    }

    @Test
    void tombstonesEverythingUnderTheCandidateEachChangeLogged() {
        Map<String, String> ids = fullCandidate(Samples.candidate("Jan de Vries", coach.id()));
        Map<String, String> other = fullCandidate(Samples.candidate("Fatima el Amrani", coach.id()));
        long before = store.changeLog().unsentCount();

        assertTrue(store.candidates().tombstone(UUID.fromString(ids.get("candidate"))));

        ids.forEach((table, id) -> assertTrue(deleted(table, id), table + " should be tombstoned"));
        other.forEach((table, id) -> assertFalse(deleted(table, id), table + " of another candidate"));
        assertFalse(deleted("employer", employer.id().toString()), "the employer stays");
        List<ChangeEntry> tombstones = store.changeLog().unsent(100_000).stream().skip(before).toList();
        assertEquals(Set.copyOf(ids.values()),
                tombstones.stream().map(ChangeEntry::entityId).collect(Collectors.toSet()));
        assertTrue(tombstones.stream().allMatch(e -> e.field().equals("deleted")
                && new String(e.value(), StandardCharsets.UTF_8).equals("true")));
        assertEquals(1, tombstones.stream().map(ChangeEntry::hlc).filter(h -> h.equals(tombstones.get(0).hlc()))
                .count(), "each row has its own stamp");
    }

    @Test
    void rowsAlreadyTombstonedAreNotLoggedAgainAndAMissingCandidateTouchesNothing() {
        Map<String, String> ids = fullCandidate(Samples.candidate("Jan de Vries", coach.id()));
        UUID candidate = UUID.fromString(ids.get("candidate"));
        assertTrue(store.sessions().tombstone(UUID.fromString(ids.get("coaching_session"))));
        long before = store.changeLog().unsentCount();

        assertTrue(store.candidates().tombstone(candidate));
        assertEquals(before + ids.size() - 1, store.changeLog().unsentCount());

        long after = store.changeLog().unsentCount();
        assertFalse(store.candidates().tombstone(candidate));
        assertFalse(store.candidates().tombstone(UUID.randomUUID()));
        assertEquals(after, store.changeLog().unsentCount());
    }
}

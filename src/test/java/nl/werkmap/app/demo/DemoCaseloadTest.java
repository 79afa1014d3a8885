package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCaseloadTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void theSameSeedGivesTheSameCaseload() {
        DemoBatch a = new DemoCaseload.DemoPlan(300, 42, TODAY).slice(0, 300);
        DemoBatch b = new DemoCaseload.DemoPlan(300, 42, TODAY).slice(0, 300);
        assertEquals(a.candidates, b.candidates);
        assertEquals(a.placements, b.placements);
        assertEquals(a.contacts, b.contacts);
        assertEquals(a.sessions, b.sessions);
        assertEquals(a.goals, b.goals);
        assertEquals(a.actions, b.actions);
        assertEquals(a.ladder, b.ladder);
        assertEquals(a.zrm, b.zrm);
        assertEquals(a.consents, b.consents);
        assertEquals(new DemoCaseload.DemoPlan(300, 42, TODAY).staff.employers,
                new DemoCaseload.DemoPlan(300, 42, TODAY).staff.employers);
        assertNotEquals(a.candidates, new DemoCaseload.DemoPlan(300, 43, TODAY).slice(0, 300).candidates);
    }

    @Test
    void slicesDoNotDependOnHowTheWorkIsCut() {
        DemoCaseload.DemoPlan plan = new DemoCaseload.DemoPlan(300, 7, TODAY);
        List<Candidate> inPieces = new ArrayList<>(plan.slice(0, 120).candidates);
        inPieces.addAll(plan.slice(120, 300).candidates);
        assertEquals(plan.slice(0, 300).candidates, inPieces);
    }

    @Test
    void writesEverythingToARealEncryptedStore(@TempDir Path dir) {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        DemoBatch expected = new DemoCaseload.DemoPlan(250, 11, TODAY).slice(0, 250);
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            DemoSummary summary = DemoCaseload.generate(store, 250, 11, TODAY, done -> { });
            assertEquals(250, summary.candidates());
            assertEquals(expected.sessions.size(), summary.sessions());
            assertEquals(expected.placements.size(), summary.placements());
            assertEquals(expected.contacts.size(), summary.employerContacts());
            assertEquals(summary.coaches(), store.coaches().all().size());
            assertEquals(summary.employers(), store.employers().all().size());

            Map<UUID, Integer> sessionsPerCandidate = new HashMap<>();
            for (CoachingSession s : expected.sessions) {
                sessionsPerCandidate.merge(s.candidateId(), 1, Integer::sum);
            }
            for (Candidate c : expected.candidates.subList(0, 40)) {
                assertEquals(c, store.candidates().find(c.id()).orElseThrow());
                assertEquals(sessionsPerCandidate.getOrDefault(c.id(), 0),
                        store.sessions().forCandidate(c.id()).size());
            }
            Placement p = expected.placements.get(0);
            assertEquals(p, store.placements().find(p.id()).orElseThrow());
        }
    }

    @Test
    void marksTheCaseloadAsDemoAndLeavesTheChangeLogEmpty(@TempDir Path dir) {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            DemoCaseload.generate(store, 120, 5, TODAY, done -> { });
            assertTrue(store.isDemo());
            assertEquals(0, (int) store.read(dsl -> dsl.fetchCount(dsl.selectFrom("change_log"))));
            assertEquals(120, store.caseloadQuery().load(TODAY).size());
        }
    }

    @Test
    void refusesACaseloadThatAlreadyHoldsRealCandidates(@TempDir Path dir) {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            store.candidates().save(Candidate.register(UUID.randomUUID(), "Echte Kandidaat", TODAY));
            assertThrows(StoreException.class, () -> DemoCaseload.generate(store, 10, 5, TODAY, done -> { }));
            assertFalse(store.isDemo());
            assertEquals(1, store.caseloadQuery().load(TODAY).size());
        }
    }

    @Test
    void coversWhatTheScreensAndReportsNeedToShow() {
        DemoBatch batch = new DemoCaseload.DemoPlan(1_500, 3, TODAY).slice(0, 1_500);
        EnumSet<CandidateStatus> statuses = EnumSet.noneOf(CandidateStatus.class);
        batch.candidates.forEach(c -> statuses.add(c.status()));
        assertEquals(EnumSet.allOf(CandidateStatus.class), statuses);
        EnumSet<PlacementType> types = EnumSet.noneOf(PlacementType.class);
        batch.placements.forEach(p -> types.add(p.type()));
        assertEquals(EnumSet.allOf(PlacementType.class), types);
        EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        batch.contacts.forEach(c -> roles.add(c.role()));
        assertTrue(roles.containsAll(EnumSet.of(ContactRole.BUDDY, ContactRole.LEIDINGGEVENDE, ContactRole.HR)));
        long pupils = batch.candidates.stream().filter(Candidate::isPupil).count();
        assertTrue(pupils > 30, "pupils: " + pupils);
        long sessionsWithinTwoYears = batch.sessions.stream()
                .filter(s -> !s.startsAt().toLocalDate().isBefore(TODAY.minusDays(731))).count();
        assertEquals(batch.sessions.size(), sessionsWithinTwoYears);
        assertTrue(batch.sessions.stream().allMatch(s -> !s.startsAt().toLocalDate().isAfter(TODAY)));
        assertTrue(batch.sessions.size() > 1_500 * 8, "sessions: " + batch.sessions.size());
    }

    @Test
    void everySizeHasTheSameDensityOfHistory() {
        DemoBatch large = new DemoCaseload.DemoPlan(150_000, 3, TODAY).slice(0, 1_000);
        DemoBatch normal = new DemoCaseload.DemoPlan(5_000, 3, TODAY).slice(0, 1_000);
        // Staff differ with the size (more coaches, more employers), so the people differ; their history must not.
        assertSimilar("sessions", normal.sessions.size(), large.sessions.size());
        assertSimilar("placements", normal.placements.size(), large.placements.size());
        assertSimilar("goals", normal.goals.size(), large.goals.size());
        assertSimilar("actions", normal.actions.size(), large.actions.size());
        assertSimilar("ladder", normal.ladder.size(), large.ladder.size());
        assertSimilar("zrm", normal.zrm.size(), large.zrm.size());
        assertTrue(large.sessions.size() > 1_000 * 20, "sessions per candidate at 150,000: "
                + large.sessions.size() / 1_000.0);
    }

    private static void assertSimilar(String what, int normal, int large) {
        assertTrue(Math.abs(normal - large) <= normal * 0.1, what + ": " + normal + " at 5,000 vs " + large
                + " at 150,000 (per 1,000 candidates)");
    }
}

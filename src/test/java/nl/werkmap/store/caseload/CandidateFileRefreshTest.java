package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * After each kind of save a candidate's file read again by {@link CandidateFileQuery#refresh} equals the file read
 * whole by {@link CandidateFileQuery#load}, and only the parts the save touched are read again (the others are the
 * very same lists as before, which is what lets the screen leave their tabs alone).
 */
class CandidateFileRefreshTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    /** One kind of save, and the part of the file it changes (null: only the candidate row or nothing). */
    private record Save(String what, String part, SaveWork work) {
    }

    @FunctionalInterface
    private interface SaveWork {
        /** False when this candidate has nothing to save it on (no placement). */
        boolean run(CaseloadStore store, CandidateFile file);
    }

    @Test
    void aRefreshAfterEachKindOfSaveEqualsTheWholeFileReadAgain(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 6, 2026, TODAY, done -> { });
            int checked = 0;
            for (CaseloadRow row : store.caseloadQuery().load(TODAY)) {
                StampedFile before = store.candidateFiles().loadStamped(row.id()).orElseThrow();
                assertEquals(store.candidateFiles().load(row.id()).orElseThrow(), before.file());
                for (Save save : saves()) {
                    if (!save.work().run(store, before.file())) {
                        continue;
                    }
                    StampedFile after = store.candidateFiles().refresh(before).orElseThrow();
                    CandidateFile whole = store.candidateFiles().load(row.id()).orElseThrow();
                    // Compared first without printing: a failed assertEquals would print two files of 100 sessions.
                    assertTrue(whole.equals(after.file()), save.what() + " for " + row.id() + " differs");
                    assertUntouchedPartsKept(save, before.file(), after.file());
                    before = after;
                    checked++;
                }
            }
            assertTrue(checked > 40, "saves compared: " + checked);
        }
    }

    /** Every part but the one saved is the same list as before (a session save reads no plan, no placements). */
    private static void assertUntouchedPartsKept(Save save, CandidateFile before, CandidateFile after) {
        Map<String, Function<CandidateFile, List<?>>> parts = Map.of("consents", CandidateFile::consents,
                "goals", CandidateFile::goals, "actions", CandidateFile::actions, "ladder", CandidateFile::ladder,
                "zrm", CandidateFile::zrm, "placements", CandidateFile::placements,
                "sessions", CandidateFile::sessions);
        parts.forEach((name, part) -> {
            boolean same = part.apply(before) == part.apply(after);
            // Messages name the part only: the lists themselves are long.
            assertTrue(name.equals(save.part()) != same, save.what() + ": " + name
                    + (same ? " was not read again" : " was read again"));
        });
    }

    private static List<Save> saves() {
        String sessions = "sessions";
        List<Save> all = new ArrayList<>();
        all.add(new Save("nothing saved", null, (s, f) -> true));
        all.add(new Save("profile field", null, (s, f) -> done(s.candidates().save(f.candidate()
                .withStatus(CandidateStatus.ACTIEF_TRAJECT, "bench", null, TODAY)))));
        all.add(new Save("session added", sessions, (s, f) -> done(s.sessions().save(session(f, UUID.randomUUID(),
                LocalDateTime.of(2026, 3, 16, 9, 7), "nieuw")))));
        all.add(new Save("session corrected", sessions, (s, f) -> {
            CoachingSession first = f.sessions().get(0);
            s.sessions().save(session(f, first.id(), first.startsAt().minusDays(40), "verbeterd"));
            return true;
        }));
        all.add(new Save("session deleted", sessions, (s, f) -> s.sessions().tombstone(f.sessions().get(0).id())));
        all.add(new Save("session at the same minute as another", sessions, (s, f) -> done(s.sessions().save(
                session(f, UUID.randomUUID(), f.sessions().get(f.sessions().size() / 2).startsAt(), "tegelijk")))));
        all.add(new Save("placement", "placements", (s, f) -> {
            if (f.placements().isEmpty()) {
                return false;
            }
            var p = f.placements().get(0).placement();
            s.placements().save(new nl.werkmap.domain.Placement(p.id(), p.candidateId(), p.employerId(),
                    p.jobTitle() + " (gewijzigd)", p.type(), p.start(), p.plannedEnd(), p.actualEnd(), p.endReason(),
                    p.endNote(), p.hoursPerWeek(), p.jobcarving(), p.carvedTasks(), p.loonwaardePct(),
                    p.loonwaardeMeasuredOn(), p.loonkostensubsidie(), p.noRiskPolis(), p.contractSequence(),
                    p.jobcoachType(), p.jobcoachRegime(), p.hoursGrantedPerHalfYear(), p.loonwaardeNextOn(),
                    p.followsPlacementId()));
            return true;
        }));
        all.add(new Save("plan goal", "goals", (s, f) -> done(s.plans().saveGoal(new PlanGoal(
                UUID.randomUUID(), f.candidate().id(), "Zelfstandig reizen", GoalStatus.values()[0], null, null,
                null, null, Set.of(), null, null)))));
        all.add(new Save("plan action", "actions", (s, f) -> done(s.plans().saveAction(new PlanAction(
                UUID.randomUUID(), f.candidate().id(), null, null, "Rooster bekijken", ActionOwner.values()[0],
                TODAY.plusDays(7), null)))));
        all.add(new Save("ladder", "ladder", (s, f) -> done(s.measurements().saveLadder(
                new LadderMeasurement(UUID.randomUUID(), f.candidate().id(), TODAY.minusDays(1),
                        Participatieladder.of(4))))));
        all.add(new Save("zrm", "zrm", (s, f) -> {
            Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
            for (ZrmDomain d : ZrmDomain.values()) {
                scores.put(d, 3);
            }
            s.measurements().saveZrm(new ZrmMeasurement(UUID.randomUUID(), f.candidate().id(), TODAY, scores));
            return true;
        }));
        all.add(new Save("consent", "consents", (s, f) -> done(s.consents().save(new Consent(
                UUID.randomUUID(), f.candidate().id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER, true, TODAY)))));
        return all;
    }

    private static boolean done(Object saved) {
        return true;
    }

    private static CoachingSession session(CandidateFile f, UUID id, LocalDateTime at, String note) {
        return new CoachingSession(id, f.candidate().id(), null, null, at, 30, SessionLocation.WERKPLEK,
                SessionType.WERKPLEKBEZOEK, Set.of(), note, null, null, 0, null);
    }

    @Test
    void aCandidateThatIsGoneIsNoFileAndContactsOfAPlacementAreReadAgain(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 4, 2026, TODAY, done -> { });
            CandidateFile withPlacement = null;
            for (CaseloadRow row : store.caseloadQuery().load(TODAY)) {
                CandidateFile f = store.candidateFiles().load(row.id()).orElseThrow();
                if (!f.placements().isEmpty()) {
                    withPlacement = f;
                    break;
                }
            }
            assertTrue(withPlacement != null, "the demo has a placement");
            UUID id = withPlacement.candidate().id();
            StampedFile before = store.candidateFiles().loadStamped(id).orElseThrow();
            store.employerContacts().save(new EmployerContact(UUID.randomUUID(),
                    withPlacement.placements().get(0).placement().id(), "Mila de Vries",
                    nl.werkmap.domain.ContactRole.values()[0], "0612345678", null, null, null, null));
            StampedFile after = store.candidateFiles().refresh(before).orElseThrow();
            assertEquals(store.candidateFiles().load(id).orElseThrow(), after.file());
            assertNotSame(before.file().placements(), after.file().placements());
            Candidate gone = after.file().candidate();
            store.candidates().tombstone(gone.id());
            assertFalse(store.candidateFiles().refresh(after).isPresent());
        }
    }
}

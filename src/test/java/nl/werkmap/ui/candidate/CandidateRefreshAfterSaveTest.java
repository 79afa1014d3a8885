package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.ActionOwner;
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
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/**
 * A candidate's page refreshed after a save (only what the save changed read again, tabs whose parts did not change
 * left alone) shows what a page opened afresh shows: the header (name, status, completeness, what is missing) and
 * the sessions, plan, measurements, contacts, timeline and privacy tabs. Each kind of save is checked, one after the other
 * on the same page, for candidates of the demo caseload.
 */
class CandidateRefreshAfterSaveTest {

    private static final LocalDate TODAY = LocalDate.now();

    /** The page's models: the header and the tabs that show only the file. */
    private record Page(CandidateViewModel vm, SessionsViewModel sessions, PlanViewModel plan,
                        MeasurementsViewModel measurements, ContactsViewModel contacts, TimelineViewModel timeline,
                        PrivacyViewModel privacy) {

        static Page of(CaseloadStore store, UUID id) {
            // Jobs run at once on this thread: each refresh is in when the call returns.
            Background now = new Background(Runnable::run, Runnable::run, Runnable::run);
            CandidateViewModel vm = new CandidateViewModel(Messages.dutch(), now, () -> store, new QuietNavigator(),
                    id);
            // The timeline and privacy tabs as when the coach has shown them: they then follow each file.
            PrivacyViewModel privacy = new PrivacyViewModel(vm, java.time.Clock.systemUTC());
            privacy.activate();
            TimelineViewModel timeline = new TimelineViewModel(vm, java.time.ZoneOffset.UTC);
            timeline.activate();
            return new Page(vm, new SessionsViewModel(vm), new PlanViewModel(vm), new MeasurementsViewModel(vm),
                    new ContactsViewModel(vm), timeline, privacy);
        }

        /** What the coach sees, as plain values. */
        List<Object> shown() {
            return List.of(vm.file.get(), vm.name.get(), vm.statusText.get(), vm.completeness.get(),
                    List.copyOf(vm.missing), vm.loadError.get(), List.copyOf(sessions.sessions),
                    List.copyOf(plan.goals), List.copyOf(plan.actions), List.copyOf(plan.placements),
                    List.copyOf(measurements.ladder), List.copyOf(measurements.zrm), List.copyOf(contacts.contacts),
                    List.copyOf(contacts.placements), List.copyOf(timeline.entries), List.copyOf(privacy.records),
                    List.copyOf(privacy.statements));
        }
    }

    @Test
    void afterEachKindOfSaveTheRefreshedPageEqualsAFreshlyOpenedOne(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 4, 2026, TODAY, done -> { });
            int compared = 0;
            for (CaseloadRow row : store.caseloadQuery().load(TODAY)) {
                Page page = Page.of(store, row.id());
                page.vm().reload();
                for (Map.Entry<String, SaveWork> save : saves().entrySet()) {
                    if (!save.getValue().run(store, page.vm().file.get())) {
                        continue;
                    }
                    page.vm().refreshAfterSave();
                    Page fresh = Page.of(store, row.id());
                    fresh.vm().reload();
                    List<Object> refreshed = page.shown();
                    List<Object> opened = fresh.shown();
                    for (int i = 0; i < opened.size(); i++) {
                        // Compared without printing on success; a failure names the save and the item.
                        assertTrue(opened.get(i).equals(refreshed.get(i)), save.getKey() + ", item " + i + " of "
                                + row.id() + ": " + abbreviated(opened.get(i)) + " <> " + abbreviated(refreshed.get(i)));
                    }
                    compared++;
                }
            }
            assertTrue(compared >= 4 * 10, "pages compared: " + compared);
        }
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @FunctionalInterface
    private interface SaveWork {
        /** False when there is nothing to save it on for this candidate. */
        boolean run(CaseloadStore store, CandidateFile file);
    }

    private static Map<String, SaveWork> saves() {
        Map<String, SaveWork> all = new java.util.LinkedHashMap<>();
        all.put("profile field", (s, f) -> {
            s.candidates().save(f.candidate().withStatus(CandidateStatus.ACTIEF_TRAJECT, "na intake", null, TODAY));
            return true;
        });
        all.put("session added", (s, f) -> {
            s.sessions().save(session(f, UUID.randomUUID(), LocalDateTime.now().minusHours(2), "nieuw"));
            return true;
        });
        all.put("session corrected", (s, f) -> {
            CoachingSession first = f.sessions().get(0);
            s.sessions().save(session(f, first.id(), first.startsAt().minusDays(60), "verbeterd"));
            return true;
        });
        all.put("session deleted", (s, f) -> s.sessions().tombstone(f.sessions().get(0).id()));
        all.put("placement", (s, f) -> {
            if (f.placements().isEmpty()) {
                return false;
            }
            var p = f.placements().get(0).placement();
            s.placements().save(new nl.werkmap.domain.Placement(p.id(), p.candidateId(), p.employerId(),
                    p.jobTitle() + " (gewijzigd)", p.type(), p.start(), p.plannedEnd(), p.actualEnd(), p.endReason(),
                    p.endNote(), p.hoursPerWeek() + 1, p.jobcarving(), p.carvedTasks(), p.loonwaardePct(),
                    p.loonwaardeMeasuredOn(), p.loonkostensubsidie(), p.noRiskPolis(), p.contractSequence(),
                    p.jobcoachType(), p.jobcoachRegime(), p.hoursGrantedPerHalfYear(), p.loonwaardeNextOn(),
                    p.followsPlacementId()));
            return true;
        });
        all.put("contact", (s, f) -> {
            if (f.placements().isEmpty()) {
                return false;
            }
            s.employerContacts().save(new EmployerContact(UUID.randomUUID(), f.placements().get(0).placement().id(),
                    "Mila de Vries", nl.werkmap.domain.ContactRole.values()[0], "0612345678", null, null, null,
                    null));
            return true;
        });
        all.put("plan goal", (s, f) -> {
            s.plans().saveGoal(new PlanGoal(UUID.randomUUID(), f.candidate().id(), "Zelfstandig reizen",
                    GoalStatus.values()[0], TODAY.plusMonths(2), null, null, null, Set.of(), null, null));
            return true;
        });
        all.put("plan action", (s, f) -> {
            s.plans().saveAction(new PlanAction(UUID.randomUUID(), f.candidate().id(), null, null,
                    "Rooster bekijken", ActionOwner.values()[0], TODAY.plusDays(7), null));
            return true;
        });
        all.put("ladder", (s, f) -> {
            s.measurements().saveLadder(new LadderMeasurement(UUID.randomUUID(), f.candidate().id(), TODAY,
                    Participatieladder.of(5)));
            return true;
        });
        all.put("zrm", (s, f) -> {
            Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
            for (ZrmDomain d : ZrmDomain.values()) {
                scores.put(d, 4);
            }
            s.measurements().saveZrm(new ZrmMeasurement(UUID.randomUUID(), f.candidate().id(), TODAY, scores));
            return true;
        });
        all.put("consent", (s, f) -> {
            s.consents().save(new Consent(UUID.randomUUID(), f.candidate().id(),
                    ConsentPurpose.PROFIEL_AAN_WERKGEVER, false, TODAY));
            return true;
        });
        all.put("every session deleted", (s, f) -> {
            List<UUID> ids = new ArrayList<>();
            f.sessions().forEach(x -> ids.add(x.id()));
            ids.forEach(s.sessions()::tombstone);
            return true;
        });
        return all;
    }

    private static CoachingSession session(CandidateFile f, UUID id, LocalDateTime at, String note) {
        return new CoachingSession(id, f.candidate().id(), null, null, at.withSecond(0).withNano(0), 30,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), note, null, null, 0, null);
    }


    @Test
    void theFirstRefreshBeforeAnyReadReadsTheWholeFile(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 2, 2026, TODAY, done -> { });
            UUID id = store.caseloadQuery().load(TODAY).get(0).id();
            Page page = Page.of(store, id);
            page.vm().refreshAfterSave();
            assertEquals(store.candidateFiles().load(id).orElseThrow(), page.vm().file.get());
        }
    }
    /**
     * After a save the coach box keeps the coaches it read (counting them is enough), but a coach added meanwhile
     * ("Wie ben je?" on this laptop) or removed is read: the box then holds what a page opened afresh holds.
     */
    @Test
    void aCoachAddedOrRemovedMeanwhileIsInTheCoachBoxAfterTheNextSave(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 3, 2026, TODAY, done -> { });
            UUID id = store.caseloadQuery().load(TODAY).get(0).id();
            Page page = Page.of(store, id);
            page.vm().reload();
            assertEquals(store.coaches().all(), List.copyOf(page.vm().coaches));

            nl.werkmap.domain.Coach added = new nl.werkmap.domain.Coach(UUID.randomUUID(), "Aafke Nieuw",
                    nl.werkmap.domain.CoachRole.JOBCOACH, null, null);
            store.coaches().save(added);
            store.sessions().save(session(page.vm().file.get(), UUID.randomUUID(), LocalDateTime.now().minusDays(1),
                    "Na de nieuwe coach"));
            page.vm().refreshAfterSave();
            assertTrue(page.vm().coaches.contains(added), "the coach added meanwhile is in the box");
            assertEquals(store.coaches().all(), List.copyOf(page.vm().coaches));

            store.coaches().tombstone(added.id());
            store.sessions().save(session(page.vm().file.get(), UUID.randomUUID(), LocalDateTime.now().minusDays(2),
                    "Na het weghalen"));
            page.vm().refreshAfterSave();
            assertTrue(!page.vm().coaches.contains(added), "the coach removed meanwhile left the box");
            assertEquals(store.coaches().all(), List.copyOf(page.vm().coaches));
        }
    }
}

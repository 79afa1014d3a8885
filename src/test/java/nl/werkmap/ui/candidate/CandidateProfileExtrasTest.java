package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * Mobility, school and consents on the profile form, saved through the form's own background path into a real
 * encrypted caseload and read back from it.
 */
class CandidateProfileExtrasTest {

    @TempDir
    Path dir;

    private OpenCaseload open;
    private CaseloadStore store;

    @BeforeEach
    void openCaseload() throws Exception {
        open = OpenCaseload.create(new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db")),
                "lange zomer bij de dijk 42".toCharArray());
        store = open.store();
    }

    @AfterEach
    void close() {
        open.close();
    }

    private Candidate stored(RouteIn routeIn) {
        Candidate fresh = Candidate.register(UUID.randomUUID(), "Sem de Wit", LocalDate.now().minusMonths(2));
        Candidate c = new Candidate(fresh.id(), fresh.personal(),
                new RegisterInfo(RegisterStatus.JA, null, null, null), routeIn, null, CandidateStatus.INTAKE, null,
                fresh.statusSince(), null, null, fresh.registeredOn(), fresh.profile(), Mobility.UNKNOWN, null);
        store.candidates().save(c);
        return c;
    }

    private CandidateFormViewModel form(Candidate candidate, List<Candidate> saved) {
        return new CandidateFormViewModel(Messages.dutch(), Background.sameThread(), candidate, false, List.of(),
                new nl.werkmap.service.CandidateService(() -> store)::save, store::consents, saved::add);
    }

    @Test
    void mobilitySchoolAndConsentAreStoredAndReadBack() {
        Candidate candidate = stored(RouteIn.VSO);
        List<Candidate> saved = new java.util.ArrayList<>();
        CandidateFormViewModel vm = form(candidate, saved);
        assertTrue(vm.schoolShown.get(), "a VSO route shows the school section");

        vm.drivingLicence.set(true);
        vm.publicTransport.set(true);
        vm.bicycle.set(true);
        vm.maxTravelMinutes.set("45");
        vm.schoolName.set("De Brug VSO");
        vm.schoolType.set(SchoolType.VSO);
        vm.uitstroomprofiel.set(Uitstroomprofiel.ARBEIDSMARKT);
        LocalDate leaving = LocalDate.of(2027, 7, 1);
        vm.expectedLeavingDate.set(leaving);
        vm.schoolDestination.set(SchoolDestination.REGULIER_WERK);
        ConsentsSection.Row employer = vm.consents.row(ConsentPurpose.PROFIEL_AAN_WERKGEVER);
        employer.given.set(true);
        assertEquals(LocalDate.now(), employer.decidedOn.get(), "ticking dates the decision today");
        vm.save();

        assertEquals(1, saved.size(), vm.saveMessage.get());
        Candidate back = store.candidates().find(candidate.id()).orElseThrow();
        assertEquals(new Mobility(true, false, true, true, 45), back.mobility());
        assertEquals(new SchoolInfo("De Brug VSO", SchoolType.VSO, Uitstroomprofiel.ARBEIDSMARKT, leaving,
                SchoolDestination.REGULIER_WERK), back.school());
        List<Consent> consents = store.consents().forCandidate(candidate.id());
        assertEquals(1, consents.size(), "only the decided purpose gets a row");
        Consent first = consents.get(0);
        assertEquals(ConsentPurpose.PROFIEL_AAN_WERKGEVER, first.purpose());
        assertTrue(first.given());
        assertEquals(LocalDate.now(), first.decidedOn());

        // A fresh form on the stored data shows it all, and withdrawing updates the same row.
        CandidateFormViewModel again = form(back, saved);
        assertEquals("45", again.maxTravelMinutes.get());
        assertTrue(again.consents.row(ConsentPurpose.PROFIEL_AAN_WERKGEVER).given.get());
        assertFalse(again.consents.row(ConsentPurpose.UITWISSELING_UWV).given.get());
        again.consents.row(ConsentPurpose.PROFIEL_AAN_WERKGEVER).given.set(false);
        again.save();
        List<Consent> after = store.consents().forCandidate(candidate.id());
        assertEquals(1, after.size(), "a second decision updates the purpose's row");
        assertEquals(first.id(), after.get(0).id());
        assertFalse(after.get(0).given());
    }

    @Test
    void emptiedSchoolFieldsStoreNoSchool() {
        Candidate candidate = stored(RouteIn.PRO);
        store.candidates().save(candidate.withSchool(new SchoolInfo("Praktijkschool Noord", SchoolType.PRO, null,
                null, null)));
        Candidate withSchool = store.candidates().find(candidate.id()).orElseThrow();
        List<Candidate> saved = new java.util.ArrayList<>();
        CandidateFormViewModel vm = form(withSchool, saved);
        vm.schoolName.set("");
        vm.schoolType.set(null);
        vm.save();
        assertEquals(1, saved.size(), vm.saveMessage.get());
        assertNull(store.candidates().find(candidate.id()).orElseThrow().school());
    }

    @Test
    void schoolSectionIsHiddenForOtherRoutesWithoutSchoolData() {
        CandidateFormViewModel vm = form(stored(RouteIn.UWV_INDICATIE), new java.util.ArrayList<>());
        assertFalse(vm.schoolShown.get());
    }

    @Test
    void badTravelTimeIsRefusedInDutchAndTheInputStays() {
        Candidate candidate = stored(RouteIn.ANDERS);
        List<Candidate> saved = new java.util.ArrayList<>();
        CandidateFormViewModel vm = form(candidate, saved);
        for (String bad : List.of("300", "-5", "een uur", "12,5")) {
            vm.maxTravelMinutes.set(bad);
            String problem = vm.problems().problemFor(CandidateFormViewModel.MAX_TRAVEL_MINUTES);
            assertNotNull(problem, bad);
            assertTrue(problem.contains("240"), problem);
            vm.save();
            assertTrue(vm.saveFailed.get());
            assertEquals(bad, vm.maxTravelMinutes.get(), "the typed value stays for correcting");
        }
        assertTrue(saved.isEmpty());
        assertEquals(Mobility.UNKNOWN, store.candidates().find(candidate.id()).orElseThrow().mobility());
        vm.maxTravelMinutes.set("240");
        assertNull(vm.problems().problemFor(CandidateFormViewModel.MAX_TRAVEL_MINUTES));
    }
}

package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * The profile form of a candidate screen made ahead (issue 13): it saves nothing before it has its candidate,
 * shows the candidate clean with its stored consents once started (from the candidate's file, without a second
 * read), and never takes a second candidate.
 */
class CandidateFormAheadTest {

    @TempDir
    Path dir;

    private OpenCaseload open;
    private CaseloadStore store;
    private final List<Candidate> saved = new ArrayList<>();

    @BeforeEach
    void openCaseload() throws Exception {
        open = OpenCaseload.create(new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db")),
                "vroege trein naar de haven 7".toCharArray());
        store = open.store();
    }

    @AfterEach
    void close() {
        open.close();
    }

    private CandidateFormViewModel ahead() {
        return CandidateFormViewModel.ahead(Messages.dutch(), Background.sameThread(),
                new nl.werkmap.service.CandidateService(() -> store)::save, store::consents, saved::add);
    }

    private int candidates() {
        return store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE));
    }

    @Test
    void aFormMadeAheadSavesNothingBeforeItHasItsCandidate() {
        CandidateFormViewModel form = ahead();
        form.fullName.set("Iemand Getypt");
        List<Boolean> answers = new ArrayList<>();
        form.saveNow(answers::add);
        assertEquals(List.of(false), answers, "no candidate yet: not saved");
        assertEquals(0, candidates(), "no empty candidate stored");
        assertTrue(saved.isEmpty());
    }

    @Test
    void startingShowsTheCandidateCleanWithItsStoredConsents() {
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Noor Bakker", LocalDate.now().minusMonths(1));
        store.candidates().save(candidate);
        store.consents().saveAll(List.of(new Consent(UUID.randomUUID(), candidate.id(),
                ConsentPurpose.PROFIEL_AAN_WERKGEVER, true, LocalDate.now().minusDays(3)),
                new Consent(UUID.randomUUID(), candidate.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER, false,
                        LocalDate.now().minusDays(10))));
        List<Consent> fromFile = store.candidateFiles().load(candidate.id()).orElseThrow().consents();
        assertEquals(store.consents().forCandidate(candidate.id()), fromFile,
                "the file holds the same consents, in the same order, as the form's own read did");
        // Jobs handed to the worker are kept, not run: starting must need none (issue 13).
        List<Runnable> jobs = new ArrayList<>();
        CandidateFormViewModel form = CandidateFormViewModel.ahead(Messages.dutch(),
                new Background(jobs::add, Runnable::run),
                new nl.werkmap.service.CandidateService(() -> store)::save, store::consents, saved::add);

        // The consents as the candidate's file holds them (CandidateFileQuery reads the same rows).
        form.start(candidate, List.of(), fromFile);

        assertTrue(jobs.isEmpty(), "the consents come with the file, not from a second read: " + jobs.size());

        assertEquals("Noor Bakker", form.fullName.get());
        assertFalse(form.unsavedProperty().get(), "what is stored is no input");
        assertTrue(form.consents.shown().contains(ConsentPurpose.PROFIEL_AAN_WERKGEVER + ":true:"
                + LocalDate.now().minusDays(3)), "the candidate's own consents are read: " + form.consents.shown());
        form.fullName.set("Noor Bakker-de Vries");
        form.saveNow(ok -> assertTrue(ok, "saved once started"));
        while (!jobs.isEmpty()) {
            jobs.remove(0).run();
        }
        assertEquals("Noor Bakker-de Vries", saved.get(0).personal().fullName());
        assertEquals(candidate.id(), saved.get(0).id(), "saved as the candidate it was started for");
        assertEquals(1, candidates());
    }

    @Test
    void aFormOrScreenNeverTakesASecondCandidate() {
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Lotte Smit", LocalDate.now());
        CandidateFormViewModel form = ahead();
        form.start(candidate, List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> form.start(candidate, List.of(), List.of()));

        CandidateViewModel screen = new CandidateViewModel(Messages.dutch(), Background.sameThread(), () -> store,
                null, null);
        screen.assign(candidate.id());
        assertEquals(candidate.id(), screen.candidateId());
        assertThrows(IllegalStateException.class, () -> screen.assign(UUID.randomUUID()));
    }

    /**
     * A screen made ahead with the coaches of the screen before (issue 13): starting it with the same coaches leaves
     * the coach box's list alone (no list change, so no cells made and styled at the click), and still selects the
     * candidate's coach; other coaches are set as before.
     */
    @Test
    void startingWithTheCoachesKnownAheadLeavesTheCoachListAlone() {
        Coach romy = new Coach(UUID.randomUUID(), "Romy Postma", CoachRole.JOBCOACH, "Team Oost", 30);
        Coach lieke = new Coach(UUID.randomUUID(), "Lieke Mulder", CoachRole.JOBCOACH, "Team Oost", 30);
        Candidate candidate = Candidate.register(UUID.randomUUID(), "Sanne Visser", LocalDate.now())
                .withCoach(lieke.id());
        CandidateFormViewModel form = CandidateFormViewModel.ahead(Messages.dutch(), Background.sameThread(),
                List.of(romy, lieke), new nl.werkmap.service.CandidateService(() -> store)::save, store::consents,
                saved::add);
        List<String> changes = new ArrayList<>();
        form.coaches.addListener((javafx.collections.ListChangeListener<Coach>) c -> changes.add(c.toString()));

        form.start(candidate, List.of(romy, lieke), List.of());

        assertEquals(List.of(), changes, "the same coaches: the list is left alone");
        assertEquals(lieke, form.coach.get(), "the candidate's coach is chosen");
        assertFalse(form.unsavedProperty().get());

        Coach sem = new Coach(UUID.randomUUID(), "Sem de Boer", CoachRole.WERKCOACH, "Team West", 25);
        CandidateFormViewModel other = CandidateFormViewModel.ahead(Messages.dutch(), Background.sameThread(),
                List.of(romy), new nl.werkmap.service.CandidateService(() -> store)::save, store::consents,
                saved::add);
        other.start(candidate.withCoach(sem.id()), List.of(romy, lieke, sem), List.of());
        assertEquals(List.of(romy, lieke, sem), other.coaches, "coaches that changed meanwhile are set");
        assertEquals(sem, other.coach.get());
        assertFalse(other.unsavedProperty().get());
    }
}

package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A placement through its life on the placements tab, by keyboard: a proefplaatsing whose end date passed is
 * extended (Alt+V; past six months refused), turned into a dienstverband (Alt+D), and that contract ended with a
 * reason (Alt+B; an end before the start refused, input kept); a loonwaarde recorded (Alt+L; 120% refused) and the
 * werklijst's "Nieuwe loonwaardemeting" for it gone; an edit to 0 hours refused (Alt+W). Alt+O saves each form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlacementLifeFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate TRIAL_START = TODAY.minusDays(50);

    private UiFixture fixture;
    private Stage stage;
    private UUID candidateId;
    private UUID trialId;
    private UUID jobId;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(this::seed);
        FxToolkit.setupStage(s -> fixture.show(s));
        WaitForAsyncUtils.waitForFxEvents();
        UiFixture.unlock(this);
    }

    private void seed(CaseloadStore store) {
        Candidate jan = UiFixture.candidate("Jan van den Berg", List.of("horeca"));
        candidateId = jan.id();
        store.candidates().save(jan);
        Employer bakery = new Employer(UUID.randomUUID(), "Bakkerij De Korenschoof", null, EmployerSector.MARKT,
                null, null, null);
        Employer garden = new Employer(UUID.randomUUID(), "Groenvoorziening Noord", null, EmployerSector.MARKT,
                null, null, null);
        store.employers().save(bakery);
        store.employers().save(garden);
        Placement trial = new Placement(UUID.randomUUID(), jan.id(), bakery.id(), "Medewerker bakkerij",
                PlacementType.PROEFPLAATSING, TRIAL_START, TODAY.minusDays(3), null, null, null, 24, false, null,
                null, null, false, false, null, null, null, null);
        trialId = trial.id();
        store.placements().save(trial);
        store.employerContacts().save(new EmployerContact(UUID.randomUUID(), trial.id(), "Kees Smit",
                ContactRole.BUDDY, null, null, null, null, null));
        // With jobcoach hours: the report's jobcoach table fails on a caseload without any (branch `empty`).
        // An earlier weekend job whose loonwaarde was measured 13 months ago: a re-measurement is overdue.
        Placement job = new Placement(UUID.randomUUID(), jan.id(), garden.id(), "Hovenier", PlacementType.DIENSTVERBAND,
                TODAY.minusMonths(14), null, null, null, null, 8, false, null, 40, TODAY.minusMonths(13), true, false,
                null, JobcoachType.GEMEENTE, JobcoachRegime.LICHT, 20.0);
        jobId = job.id();
        store.placements().save(job);
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<PlacementFile> table() {
        return lookup("#placements").queryAs(TableView.class);
    }

    private PlacementFile row(Predicate<Placement> which) {
        return table().getItems().stream().filter(f -> which.test(f.placement())).findFirst().orElseThrow();
    }

    /** Chooses a row with the arrow keys' selection and puts the focus on the table, as a coach would. */
    private void choose(Predicate<Placement> which) {
        PlacementFile file = row(which);
        interact(() -> {
            table().getSelectionModel().select(file);
            table().requestFocus();
        });
    }

    private void alt(KeyCode key) {
        press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void date(String id, LocalDate value) {
        DatePicker picker = lookup(id).queryAs(DatePicker.class);
        interact(() -> picker.setValue(value));
    }

    /** The placements tab's own message line (other tabs have one with the same id). */
    /** Whether the node shows: it and every parent are visible (a closed form hides its parent, not its fields). */
    private boolean shown(String id) {
        for (Node n = lookup(id).queryAs(Node.class); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String message() {
        Node tab = lookup("#placements").queryAs(Node.class).getParent();
        return from(tab).lookup("#message").queryAs(Label.class).getText();
    }

    private String problems() {
        return lookup("#actionProblems").queryAs(Label.class).getText();
    }

    private long loonwaardeItems() {
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        clickOn("#compute");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Werklijst");
        Shots.take(stage, "placements-werklijst");
        long count = lookup("#worklist").queryAs(TableView.class).getItems().stream()
                .filter(r -> r.toString().contains("Nieuwe loonwaardemeting")).count();
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        return count;
    }

    private void openJan() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("jan");
        type(KeyCode.ENTER);
        clickOn("Plaatsingen");
    }

    @Test
    @Order(1)
    void anOverdueProefplaatsingIsExtendedWithinSixMonths() {
        assertEquals(1, loonwaardeItems(), "the overdue loonwaarde is on the werklijst");
        openJan();
        assertTrue(table().getItems().size() == 2);
        assertTrue(table().getItems().stream().anyMatch(f -> f.placement().id().equals(trialId)));
        Shots.take(stage, "placements-01-before");

        choose(p -> p.id().equals(trialId));
        alt(KeyCode.V);
        assertTrue(shown("#newPlannedEnd"), "the extend form is open");
        date("#newPlannedEnd", TRIAL_START.plusMonths(7));
        alt(KeyCode.O);
        assertTrue(message().startsWith("Niet opgeslagen"), message());
        assertTrue(problems().contains("Een proefplaatsing duurt hoogstens 6 maanden"), problems());
        assertEquals(TRIAL_START.plusMonths(7), lookup("#newPlannedEnd").queryAs(DatePicker.class).getValue(),
                "input kept");
        assertEquals(TODAY.minusDays(3), row(p -> p.id().equals(trialId)).placement().plannedEnd(), "nothing saved");
        Shots.take(stage, "placements-02-extend-refused");

        date("#newPlannedEnd", TRIAL_START.plusMonths(4));
        alt(KeyCode.O);
        assertEquals("Plaatsing verlengd.", message());
        assertEquals(TRIAL_START.plusMonths(4), row(p -> p.id().equals(trialId)).placement().plannedEnd());
        assertFalse(shown("#newPlannedEnd"), "the form closed");
    }

    @Test
    @Order(2)
    void theProefplaatsingBecomesADienstverband() {
        choose(p -> p.id().equals(trialId));
        alt(KeyCode.D);
        assertTrue(shown("#contractStart"));
        Shots.take(stage, "placements-03-contract");
        alt(KeyCode.O);
        assertEquals(3, table().getItems().size(), "the contract is a new placement");
        Placement trial = row(p -> p.id().equals(trialId)).placement();
        assertEquals(PlacementEndReason.OVERGEGAAN_IN_CONTRACT, trial.endReason());
        Placement contract = row(p -> trialId.equals(p.followsPlacementId())).placement();
        assertEquals(PlacementType.DIENSTVERBAND, contract.type());
        assertEquals(1, row(p -> p.id().equals(contract.id())).contacts().size(), "the buddy came along");
    }

    @Test
    @Order(3)
    void theContractEndsWithAReasonAndNotBeforeItsStart() {
        Placement contract = row(p -> trialId.equals(p.followsPlacementId())).placement();
        choose(p -> p.id().equals(contract.id()));
        alt(KeyCode.B);
        assertTrue(shown("#endDate"));
        date("#endDate", contract.start().minusDays(5));
        // The reason by keyboard: Tab into the list, open it, pick with the arrows.
        clickOn("#endReason");
        type(KeyCode.DOWN, 6);
        type(KeyCode.ENTER);
        alt(KeyCode.O);
        assertTrue(problems().contains("De einddatum ligt vóór de startdatum."), problems());
        assertEquals(contract.start().minusDays(5), lookup("#endDate").queryAs(DatePicker.class).getValue());
        assertNull(row(p -> p.id().equals(contract.id())).placement().actualEnd(), "nothing saved");
        Shots.take(stage, "placements-04-end-refused");

        date("#endDate", contract.start());
        alt(KeyCode.O);
        assertEquals("Plaatsing beëindigd.", message());
        Placement ended = row(p -> p.id().equals(contract.id())).placement();
        assertEquals(contract.start(), ended.actualEnd());
        assertEquals(PlacementEndReason.values()[5], ended.endReason());
        Shots.take(stage, "placements-05-ended");
    }

    @Test
    @Order(4)
    void aLoonwaardeIsRecordedAndTheWerklijstItemIsGone() {
        choose(p -> p.id().equals(jobId));
        alt(KeyCode.L);
        Shots.take(stage, "placements-06a-loonwaarde-open");
        assertTrue(lookup("#percentage").queryAs(Node.class).isFocused(), "typing starts in the percentage");
        write("120");
        type(KeyCode.TAB);
        clickOn("#method");
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        clickOn("#assessor").write("P. Bakker");
        alt(KeyCode.O);
        assertTrue(problems().contains("Loonwaarde is een percentage van 0 tot 100."), problems());
        assertEquals("120", lookup("#percentage").queryAs(TextField.class).getText(), "input kept");
        Shots.take(stage, "placements-06-loonwaarde-refused");

        doubleClickOn("#percentage").write("55");
        alt(KeyCode.O);
        assertEquals("Loonwaarde vastgelegd.", message());
        assertEquals(55, row(p -> p.id().equals(jobId)).placement().loonwaardePct());
        Shots.take(stage, "placements-07-loonwaarde-saved");
        assertEquals(0, loonwaardeItems(), "measured today: nothing due for a year");
    }

    @Test
    @Order(5)
    void anEditThatWouldMakeThePlacementInvalidIsRefused() {
        openJan();
        choose(p -> p.id().equals(jobId));
        alt(KeyCode.W);
        assertTrue(lookup("#editJobTitle").queryAs(Node.class).isFocused(), "typing starts in the job title");
        TextField hours = lookup("#editPlacementHours").queryAs(TextField.class);
        doubleClickOn(hours).write("0");
        alt(KeyCode.O);
        assertTrue(problems().contains("Uren per week: meer dan 0 en hoogstens 60."), problems());
        assertEquals("0", hours.getText(), "input kept");
        assertEquals(8.0, row(p -> p.id().equals(jobId)).placement().hoursPerWeek(), "nothing saved");
        Shots.take(stage, "placements-08-edit-refused");

        doubleClickOn(hours).write("16");
        alt(KeyCode.O);
        assertEquals("Plaatsing gewijzigd.", message());
        assertEquals(16.0, row(p -> p.id().equals(jobId)).placement().hoursPerWeek());
        assertEquals(55, row(p -> p.id().equals(jobId)).placement().loonwaardePct(), "the rest stays");
    }

    @Test
    @Order(6)
    void theHistoryIsInTheCaseloadFile() throws Exception {
        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            CaseloadStore store = open.store();
            assertEquals(3, store.placements().forCandidate(candidateId).size());
            assertEquals(1, store.loonwaarde().forPlacement(jobId).size());
            assertEquals("P. Bakker", store.loonwaarde().forPlacement(jobId).get(0).assessor());
        }
    }
}

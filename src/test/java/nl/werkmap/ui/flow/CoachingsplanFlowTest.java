package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.Samples;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The coachingsplan in the Plan tab: the third main goal of last half year is created with its placement, hours and
 * activities, a fourth is refused in Dutch, a goal is corrected, ended with its outcome and the end undone with
 * Ctrl+Z. Last half year, because an outcome is given only near or after the end of a half year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoachingsplanFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();
    private static final HalfYear CURRENT = HalfYear.of(TODAY);
    private static final HalfYear LAST = CURRENT.half() == 2 ? new HalfYear(CURRENT.year(), 1)
            : new HalfYear(CURRENT.year() - 1, 2);

    private UiFixture fixture;
    private Stage stage;
    private UUID anna;
    private PlanGoal seeded;
    private PlanGoal current;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate annaC = UiFixture.candidate("Anna de Boer", List.of("groen"));
            anna = annaC.id();
            store.candidates().save(annaC);
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement job = new Placement(RecordIds.next(), anna, employer.id(), "Medewerker groen",
                    PlacementType.DIENSTVERBAND, TODAY.minusMonths(12), null, null, null, null, 32, false, null, 60,
                    null, false, false, null, JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
            store.placements().save(job);
            seeded = PlanGoal.mainGoal(RecordIds.next(), anna, job.id(), LAST, "Zelf de werkvolgorde bepalen", 20,
                    Set.of(CoachingActivity.STRUCTUREREN_VAN_HET_WERK));
            current = PlanGoal.mainGoal(RecordIds.next(), anna, job.id(), CURRENT, "Werkplek zelf opruimen", 10,
                    Set.of(CoachingActivity.INWERKEN_EN_TRAINEN));
            store.plans().insertGoals(List.of(seeded, PlanGoal.mainGoal(RecordIds.next(), anna, job.id(), LAST,
                    "Hulp vragen aan de buddy", 8, Set.of(CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE)), current));
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<PlanGoal> goals() {
        return lookup("#goals").queryAs(TableView.class);
    }

    private String message() {
        return lookup("#message").match(Node::isVisible).queryAs(Label.class).getText();
    }

    private Node rowOf(TableView<?> table, int row) {
        return from(table).lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == row && r.isVisible() && r.getItem() != null).queryAs(Node.class);
    }

    private int indexOf(String description) {
        List<PlanGoal> items = goals().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).description().equals(description)) {
                return i;
            }
        }
        throw new AssertionError(description + " not in " + items);
    }

    private void fillMainGoal(String text, String hours) {
        clickOn("#goalText").write(text);
        clickOn("#goalPlacement");
        clickOn(from(lookup(".list-cell")).lookup((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().contains("Medewerker groen")).queryAs(Node.class));
        clickOn("#goalPeriod");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<HalfYear> period = lookup("#goalPeriod").queryAs(
                javafx.scene.control.ComboBox.class);
        interact(() -> {
            period.hide();
            period.setValue(LAST);
        });
        clickOn("#goalHours").write(hours);
        clickOn("#goalActivities");
        menuItem("Inwerken en trainen");
        type(KeyCode.ESCAPE);
    }

    /** An item of the open menu (the table may show the same words). */
    private void menuItem(String text) {
        clickOn(from(lookup(".context-menu").queryAll()).lookup((javafx.scene.control.Labeled l) ->
                text.equals(l.getText())).queryAs(Node.class));
    }

    @Test
    void createRefuseCorrectEndAndUndo() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("Anna");
        type(KeyCode.ENTER);
        clickOn("Plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, goals().getItems().size());

        fillMainGoal("Bestellingen zelfstandig klaarzetten", "24,5");
        clickOn("Doel toevoegen");
        assertEquals("Doel opgeslagen.", message());
        PlanGoal created = goals().getItems().get(indexOf("Bestellingen zelfstandig klaarzetten"));
        assertEquals(LAST, created.period());
        assertEquals(24.5, created.plannedHours(), 1e-9);
        assertEquals(Set.of(CoachingActivity.INWERKEN_EN_TRAINEN), created.activities());
        Shots.take(stage, "plan-01-three-goals");

        fillMainGoal("Een vierde doel", "4");
        clickOn("Doel toevoegen");
        assertTrue(message().contains("al drie hoofddoelen"), message());
        assertEquals("Activiteiten (1)", lookup("#goalActivities").queryAs(javafx.scene.control.MenuButton.class)
                .getText(), "the refused goal's input stays");
        assertEquals(4, goals().getItems().size(), "the fourth goal of last half year was not saved");
        Shots.take(stage, "plan-02-fourth-refused");
        clickOn("Nieuw");

        clickOn(rowOf(goals(), indexOf("Zelf de werkvolgorde bepalen")));
        clickOn(from(goals().getParent()).lookup((Button b) -> "Bewerken".equals(b.getText())).queryButton());
        TextField hours = lookup("#goalHours").queryAs(TextField.class);
        assertEquals("20", hours.getText());
        doubleClickOn(hours).eraseText(2).write("16");
        clickOn("Doel opslaan");
        assertEquals(16.0, goals().getItems().get(indexOf("Zelf de werkvolgorde bepalen")).plannedHours(), 1e-9);

        clickOn(rowOf(goals(), indexOf("Zelf de werkvolgorde bepalen")));
        clickOn("#goalOutcome");
        menuItem("Deels gehaald");
        assertEquals("Doel afgesloten.", message());
        assertEquals(GoalOutcome.DEELS, goals().getItems().get(indexOf("Zelf de werkvolgorde bepalen")).outcome());
        Label undo = lookup("#undoText").queryAs(Label.class);
        assertTrue(undo.getText().endsWith("afgesloten: Deels gehaald."), undo.getText());
        Shots.take(stage, "plan-03-goal-ended");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(goals().getItems().get(indexOf("Zelf de werkvolgorde bepalen")).outcome(), "end undone");

        // The logboek's goal picker offers this half year's goal only.
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<PlanGoal> goal = lookup("#goal").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(List.of(current), goal.getItems());
        interact(() -> goal.setValue(current));
        clickOn("#wentWell").write("Opruimroute samen gelopen");
        Shots.take(stage, "plan-04-session-goal-picker");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            List<PlanGoal> stored = open.store().plans().goalsOf(anna);
            assertEquals(4, stored.size());
            var sessions = open.store().sessions().forCandidate(anna);
            assertEquals(1, sessions.size());
            assertEquals(Set.of(current.id()), sessions.get(0).logboek().goalIds(), "the session served the goal");
            PlanGoal corrected = stored.stream().filter(g -> g.id().equals(seeded.id())).findFirst().orElseThrow();
            assertEquals(16.0, corrected.plannedHours(), 1e-9);
            assertNull(corrected.outcome());
            assertEquals(seeded.status(), corrected.status());
        }
    }
}

package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.FxWait;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A group session from the agenda: two candidates found and added by keyboard, what was done and for how long, and
 * the save splits the hours and travel evenly over them in one group; a form with one candidate is refused first
 * with the input kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupSessionFlowTest extends QuickRobot {

    private UiFixture fixture;
    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, java.time.Instant.now());
            store.candidates().saveAll(List.of(UiFixture.candidate("Anna de Boer", List.of("groen")),
                    UiFixture.candidate("Bram Visser", List.of("logistiek"))));
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void twoCandidatesShareTheSessionsHoursAndTravelAndItIsDeletedAndRestoredAsAWhole() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take(stage, "verant-04-agenda-group-button");
        clickOn("#groupSessionButton");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#groupSearch").write("anna");
        waitForMatches("anna");
        type(KeyCode.ENTER);
        interact(() -> lookup("#groupMinutes").queryAs(TextField.class).setText("120"));
        interact(() -> lookup("#groupHours").queryAs(TextField.class).setText("2"));
        interact(() -> lookup("#groupTravel").queryAs(TextField.class).setText("30"));
        selectIn("#groupActivity", CoachingActivity.INWERKEN_EN_TRAINEN);
        selectIn("#groupType", SessionType.EVALUATIE);
        selectIn("#groupPlace", SessionLocation.KANTOOR);
        clickOn("#groupSave");
        String refused = lookup("#groupMessage").queryAs(Label.class).getText();
        assertTrue(refused.contains("minstens twee kandidaten"), refused);
        assertEquals("120", lookup("#groupMinutes").queryAs(TextField.class).getText(), "input kept");

        clickOn("#groupSearch").write("bram");
        waitForMatches("bram");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lookup("#groupMessage").queryAs(Label.class).getText(), "the refusal went with its cause");
        Stage sheet = (Stage) Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .orElseThrow();
        Shots.take(sheet, "verant-03-group-session");
        clickOn("#groupSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!sheet.isShowing(), "saved: the window closed");

        // Deleting it from one candidate's Sessies tab takes the whole group session away, for both.
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("anna");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".tab-label").match(n -> ((Label) n).getText().endsWith("Sessies")).queryAs(Label.class));
        TableView<?> sessions = lookup("#sessions").match(UiFixture::shown).queryAs(TableView.class);
        FxWait.until(10, () -> !sessions.getItems().isEmpty());
        interact(() -> sessions.getSelectionModel().select(0));
        clickOn(from(sessions.getParent()).lookup("#delete").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".dialog-pane .button").match(n -> ((Button) n).getText().equals("Verwijderen"))
                .queryAs(Button.class));
        FxWait.until(10, () -> sessions.getItems().isEmpty());
        assertTrue(lookup(".label").match((Label l) -> l.getText() != null
                && l.getText().contains("Groepssessie van") && l.getText().contains("met 2 kandidaten")).tryQuery()
                .isPresent(), "the undo line names the whole group session");
        // ... and the undo brings it back as a whole (the store checks below find both shares as they were)
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(10, () -> !sessions.getItems().isEmpty());
        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            List<CoachingSession> all = open.store().read(dsl -> dsl.selectFrom(
                    nl.werkmap.store.jooq.Tables.COACHING_SESSION).fetch().map(r -> r.getId())).stream()
                    .map(id -> open.store().sessions().find(java.util.UUID.fromString(id)).orElseThrow()).toList();
            assertEquals(2, all.size());
            assertEquals(Set.of(1.0), Set.copyOf(all.stream().map(CoachingSession::hoursAccounted).toList()));
            assertEquals(Set.of(15), Set.copyOf(all.stream().map(s -> s.logboek().travelMinutes()).toList()));
            assertEquals(1, all.stream().map(s -> s.logboek().groupId()).distinct().count(), "one group");
            assertTrue(all.stream().allMatch(s -> s.logboek().groupSize() == 2
                    && s.logboek().activity() == CoachingActivity.INWERKEN_EN_TRAINEN));
        }
    }

    private void waitForMatches(String typed) {
        try {
            FxWait.until(10, () -> !lookup("#groupMatches").queryListView().getItems()
                    .isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no match for '" + typed + "'; search field holds '"
                    + lookup("#groupSearch").queryAs(TextField.class).getText() + "', message '"
                    + lookup("#groupMessage").queryAs(Label.class).getText() + "'", e);
        }
    }

    @SuppressWarnings("unchecked")
    private <E> void selectIn(String id, E value) {
        interact(() -> lookup(id).queryAs(ComboBox.class).setValue(value));
    }
}

package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
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
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.service.ApprovalService;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;
import nl.werkmap.ui.main.MainWindow;

/**
 * A session in a week the team lead approved is corrected in the Sessies tab: the form asks for the reason, a save
 * without one is refused in place with the input kept, and with a reason it is saved and shows in the Tijdlijn.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedWeekCorrectionFlowTest extends QuickRobot {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    private static final LocalDate LAST_MONDAY = LocalDate.now().with(TemporalAdjusters.previousOrSame(
            DayOfWeek.MONDAY)).minusWeeks(1);

    private UiFixture fixture;
    private Stage stage;
    private UUID sessionId;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.coaches().save(new Coach(LEAD, "Lotte Smit", CoachRole.TEAMLEIDER, "Team Noord", 60));
            Candidate anna = UiFixture.candidate("Anna de Boer", List.of("groen"));
            store.candidates().save(anna);
            LocalDate tuesday = LAST_MONDAY.plusDays(1);
            sessionId = RecordIds.next();
            store.sessions().save(new CoachingSession(sessionId, anna.id(), null, UiFixture.COACH,
                    tuesday.atTime(10, 0), 90, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                    "Rooster besproken", null, null, 1.5, null, new SessionLogboek(
                            CoachingActivity.BEGELEIDEN_OP_HET_WERK, Set.of(), 0, null, 1, tuesday, null)));
            new ApprovalService(() -> store).approve(UiFixture.COACH, LAST_MONDAY, LEAD, LocalDate.now());
        });
        FxToolkit.setupStage(s -> {
            new MainWindow(s, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                    Optional.empty(), new ManualScheduler()).show();
            s.setWidth(1366);
            s.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCorrectionInAnApprovedWeekAsksForTheReasonAndShowsItInTheTijdlijn() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("anna");
        type(KeyCode.ENTER);
        tab("Sessies");
        TableView<?> sessions = lookup("#sessions").queryAs(TableView.class);
        clickOn(from(sessions).lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == 0 && r.getItem() != null).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node reasonRow = lookup("#reasonRow").queryAs(Node.class);
        assertTrue(reasonRow.isVisible(), "an approved week asks for a reason");
        TextField reason = lookup("#editReason").queryAs(TextField.class);

        TextField hours = lookup("#editHours").queryAs(TextField.class);
        doubleClickOn(hours).eraseText(4).write("1");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sessionsLabel("#message").getText().startsWith("Niet opgeslagen"),
                sessionsLabel("#message").getText());
        assertTrue(sessionsLabel("#problemList").getText().contains("al geaccordeerd"),
                sessionsLabel("#problemList").getText());
        assertEquals("1", hours.getText(), "input kept");
        assertTrue(reason.isFocused(), "the cursor waits in the reason field");
        Shots.take(stage, "verant-01-correction-needs-reason");

        write("Bezoek duurde korter dan gepland");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sessie gecorrigeerd.", sessionsLabel("#message").getText());
        assertEquals("", reason.getText(), "a next correction needs its own reason");

        tab("Tijdlijn");
        TableView<?> timeline = lookup("#entries").queryAs(TableView.class);
        Object entry = timeline.getItems().stream().filter(e -> e.toString().contains("reden correctie"))
                .findFirst().orElseThrow(() -> new AssertionError("no reason in " + timeline.getItems()));
        assertTrue(entry.toString().contains("uren"), entry.toString());
        Shots.take(stage, "verant-02-correction-in-tijdlijn");

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            CoachingSession stored = open.store().sessions().find(sessionId).orElseThrow();
            assertEquals(1.0, stored.hoursAccounted(), 0.001);
            assertEquals("Bezoek duurde korter dan gepland", stored.logboek().correctionReason());
            assertFalse(stored.wentWell() == null, "the rest of the session stays");
        }
    }

    private Label sessionsLabel(String id) {
        return from(lookup("#sessions").queryAs(Node.class).getParent()).lookup(id).queryAs(Label.class);
    }

    private void tab(String title) {
        clickOn(lookup(".tab-label").match(n -> ((Label) n).getText().endsWith(title)).queryAs(Label.class));
    }
}

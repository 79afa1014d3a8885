package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.ui.agenda.WeekAgenda;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.FxWait;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Appointments that did or did not take place: one is planned by keyboard; yesterday's, still gepland, shows as
 * "nog afronden"; a future one cannot be marked gedaan; yesterday's is marked niet doorgegaan (afgezegd) and does
 * not count as contact (the caseload's last contact stays at the visit before), stays in the Tijdlijn as a missed
 * appointment, and Ctrl+Z undoes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentStatesFlowTest extends QuickRobot {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final LocalDate TODAY = LocalDate.now();
    /**
     * The window's today is the test's, fixed: a run that crossed midnight planned "tomorrow" from the day before
     * while the window's week had moved on, and failed.
     */
    private static final java.time.Clock CLOCK = UiFixture.noonOf(TODAY);
    private static final LocalDate VISIT = TODAY.minusDays(20);

    private UiFixture fixture;
    private Stage stage;
    private UUID jan;
    private UUID yesterdays;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate candidate = UiFixture.candidate("Jan van den Berg", List.of("groen"));
            jan = candidate.id();
            store.candidates().save(candidate);
            store.sessions().save(new CoachingSession(UUID.randomUUID(), jan, null, UiFixture.COACH,
                    VISIT.atTime(10, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                    "Goed gegaan", null, null, 1, null, AppointmentState.GEDAAN, null));
            CoachingSession planned = new CoachingSession(UUID.randomUUID(), jan, null, UiFixture.COACH,
                    TODAY.minusDays(1).atTime(9, 30), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), null, null, null, 0, "Bakkerij De Korenaar", AppointmentState.GEPLAND, null);
            yesterdays = planned.id();
            store.sessions().save(planned);
            // Overdue for three months: counted under "Vandaag", listed only on request.
            store.plans().saveAction(new nl.werkmap.domain.PlanAction(UUID.randomUUID(), jan, null, null,
                    "Vog aanvragen", nl.werkmap.domain.ActionOwner.COACH, TODAY.minusMonths(3), null));
        });
        fixture.withClock(CLOCK).showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void anAppointmentIsPlannedByKeyboard() {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        write("Jan");
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        write(DAY.format(TODAY.plusDays(1)));
        type(KeyCode.TAB).write("11:00");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#planForm").query().isVisible(), "saved and closed");
        assertTrue(line(table("#weekTable"), TODAY.plusDays(1)) != null, "the new appointment is in the week");
    }

    @Test
    @Order(2)
    void yesterdaysAppointmentAsksToBeFinishedAndAFutureOneCannotBeDone() {
        WeekAgenda.Line late = line(table("#todayTable"), TODAY.minusDays(1));
        assertTrue(late.overdue(), "overdue, so it comes first");
        assertTrue(lookup(n -> n instanceof javafx.scene.text.Text t && t.getText() != null
                && t.getText().contains("nog afronden")).tryQuery().isPresent(), "shown as nog afronden");
        select("#weekTable", TODAY.plusDays(1));
        clickOn("#markDone");
        Label message = from(table("#todayTable").getParent()).lookup("#message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Deze afspraak moet nog komen"), message.getText());
        assertTrue(message.getStyleClass().contains("message-error"), "a refusal is red");
        javafx.scene.control.Hyperlink older = lookup("#olderLink").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals("1 ouder achterstallig punt (meer dan 8 weken) tonen", older.getText());
        assertTrue(table("#todayTable").getItems().stream().noneMatch(l -> l.entry().kind() == WeekEntry.Kind.ACTIE),
                "the old action is counted, not listed");
        Shots.take(stage, "70-agenda-nog-afronden");
        clickOn(older);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            FxWait.until(10, () -> table("#todayTable").getItems().stream()
                    .anyMatch(l -> l.entry().kind() == WeekEntry.Kind.ACTIE));
        } catch (TimeoutException e) {
            throw new AssertionError("the older overdue action was not listed on request", e);
        }
        assertEquals(WeekEntry.Kind.ACTIE, table("#todayTable").getItems().get(0).entry().kind(), "oldest first");
        Shots.take(stage, "70b-agenda-older-shown");
        clickOn(older);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(3)
    void markedNietDoorgegaanItIsNoContactAndStaysVisibleAsMissed() throws Exception {
        select("#todayTable", TODAY.minusDays(1));
        WaitForAsyncUtils.asyncFx(() -> UiFixture.find(this, "#missedReason", ComboBox.class)
                .getSelectionModel().select(MissedReason.AFGEZEGD_DOOR_KANDIDAAT));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#markMissed");
        // Finished: it leaves "Vandaag" (only appointments still to finish stay there from earlier days).
        FxWait.until(10, () -> lookup("#undoBar").query().isVisible()
                && table("#todayTable").getItems().stream().noneMatch(l -> l.entry().kind() == WeekEntry.Kind.AFSPRAAK));
        String undo = from(table("#todayTable").getParent()).lookup("#undoText").queryAs(Label.class).getText();
        assertTrue(undo.startsWith("Afspraak met Jan") && undo.endsWith("niet doorgegaan."), undo);
        Shots.take(stage, "71-agenda-niet-doorgegaan");
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            CoachingSession missed = open.store().sessions().find(yesterdays).orElseThrow();
            assertEquals(AppointmentState.NIET_DOORGEGAAN, missed.state());
            assertEquals(MissedReason.AFGEZEGD_DOOR_KANDIDAAT, missed.missedReason());
            CaseloadRow row = open.store().caseloadQuery().load(TODAY).stream()
                    .filter(r -> r.id().equals(jan)).findFirst().orElseThrow();
            assertEquals(VISIT, row.lastContact(), "a missed appointment is no contact");
        }
        // In the caseload list too: last contact is the visit of 20 days ago.
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<CaseloadRow> caseload = UiFixture.find(this, "#table", TableView.class);
        FxWait.until(10, () -> caseload.getItems().size() == 1);
        assertEquals(VISIT, caseload.getItems().get(0).lastContact());
        // The Tijdlijn shows it as a missed appointment, not as a session that happened.
        WaitForAsyncUtils.asyncFx(() -> {
            caseload.requestFocus();
            caseload.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER);
        clickOn("Tijdlijn");
        FxWait.until(10, () -> lookup("Niet doorgegaan").tryQuery()
                .isPresent());
        Shots.take(stage, "72-tijdlijn-niet-doorgegaan");
        clickOn("Sessies");
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take(stage, "72b-sessies-stand");
        assertTrue(lookup(n -> n instanceof javafx.scene.text.Text t && t.getText() != null
                && t.getText().startsWith("niet doorgega")).tryQuery().isPresent(), "the Stand column says it");
    }

    @Test
    @Order(4)
    void ctrlZUndoesIt() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxWait.until(10, () -> lookup("#undoBar").query().isVisible());
        clickOn("#todayTable");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxWait.until(10, () -> !lookup("#undoBar").query().isVisible());
        assertTrue(line(table("#todayTable"), TODAY.minusDays(1)).overdue(), "back to nog afronden");
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            assertEquals(AppointmentState.GEPLAND, open.store().sessions().find(yesterdays).orElseThrow().state());
        }
    }

    private void select(String table, LocalDate day) {
        TableView<WeekAgenda.Line> t = table(table);
        WeekAgenda.Line l = line(t, day);
        WaitForAsyncUtils.asyncFx(() -> {
            t.requestFocus();
            t.getSelectionModel().select(l);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The appointment line of that day; waits for the lists to be read. */
    private WeekAgenda.Line line(TableView<WeekAgenda.Line> t, LocalDate day) {
        try {
            FxWait.until(10, () -> t.getItems().stream()
                    .anyMatch(l -> l.entry().kind() == WeekEntry.Kind.AFSPRAAK && l.entry().date().equals(day)));
        } catch (TimeoutException e) {
            throw new AssertionError("no appointment on " + day + " in " + t.getId() + ": " + t.getItems(), e);
        }
        return t.getItems().stream().filter(l -> l.entry().kind() == WeekEntry.Kind.AFSPRAAK
                && l.entry().date().equals(day)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<WeekAgenda.Line> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }
}

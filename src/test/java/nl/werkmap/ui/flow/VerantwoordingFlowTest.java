package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.DatePicker;
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
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.Samples;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Logging jobcoach hours with an activity through the quick flow: the coach's day across all clients is checked as
 * they type (another client's long morning makes it a long day), the session is stored with its activity, travel
 * apart and the coach who did it, and the Verantwoording tab shows the toekenning used and refuses an overlapping one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerantwoordingFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private UiFixture fixture;
    private Stage stage;
    private UUID anna;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate annaC = UiFixture.candidate("Anna de Boer", List.of("groen"));
            Candidate bram = UiFixture.candidate("Bram Visser", List.of("logistiek"));
            anna = annaC.id();
            store.candidates().saveAll(List.of(annaC, bram));
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement job = new Placement(RecordIds.next(), anna, employer.id(), "Medewerker groen",
                    PlacementType.DIENSTVERBAND, TODAY.minusMonths(2), null, null, null, null, 32, false, null, 60,
                    null, false, false, null, JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
            store.placements().save(job);
            HalfYear half = HalfYear.of(YESTERDAY);
            store.grants().insertAll(List.of(new JobcoachGrant(RecordIds.next(), anna, job.id(),
                    JobcoachType.EXTERN_UWV, null, "UWV-JC-204518", half.start().minusDays(10), half,
                    JobcoachRegime.MIDDEN, null, 32, 1, false, null, null)));
            // Bram's long morning yesterday: 05:00-14:00 and half an hour of travel, 9,5 hours of the coach's day.
            store.sessions().save(new CoachingSession(RecordIds.next(), bram.id(), null, UiFixture.COACH,
                    YESTERDAY.atTime(5, 0), 540, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                    null, null, null, 9.0, null, new SessionLogboek(CoachingActivity.BEGELEIDEN_OP_HET_WERK,
                    Set.of(), 30, null, 1, YESTERDAY, null)));
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void logHoursWithAnActivitySeeTheDayCheckedAndTheGrantUsed() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("Anna");
        type(KeyCode.ENTER);
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        clickOn("#activity");
        clickOn("Inwerken en trainen");
        doubleClickOn("#travel").write("20");
        interact(() -> {
            lookup("#date").queryAs(DatePicker.class).setValue(YESTERDAY);
            lookup("#time").queryAs(TextField.class).setText("14:00");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label check = lookup("#hoursCheck").queryAs(Label.class);
        // 9,5 hours for Bram, 1 hour and 20 minutes of travel for Anna: 10,83 hours across both clients
        assertTrue(check.getText().startsWith("Let op: je dag komt op 10,83 uur"), check.getText());
        assertTrue(check.isVisible());
        clickOn("#wentWell").write("Nieuwe taak ingewerkt: bestellingen klaarzetten");
        Shots.take(stage, "verantwoording-01-quick-session-activity");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertFalse(lookup("#wentWell").match(UiFixture::shown).tryQuery().isPresent(),
                "saved and closed");

        clickOn("Verantwoording");
        WaitForAsyncUtils.waitForFxEvents();
        String summary = lookup("#grantSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("1 gebruikt"), summary);
        assertEquals(1, lookup("#grants").queryAs(TableView.class).getItems().size());
        Shots.take(stage, "verantwoording-02-tab");
        // The form sits below the burn-down: scrolled into view by the pane at 1366×768, pressed directly here.
        interact(() -> lookup("#saveGrant").queryButton().fire());
        String refused = lookup("#grantMessage").queryAs(Label.class).getText();
        assertTrue(refused.contains("al een toekenning"), refused);
        interact(() -> lookup("#verantwoording").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        Shots.take(stage, "verantwoording-03-overlap-refused");

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            List<CoachingSession> sessions = open.store().sessions().forCandidate(anna);
            assertEquals(1, sessions.size());
            CoachingSession logged = sessions.get(0);
            assertEquals(CoachingActivity.INWERKEN_EN_TRAINEN, logged.logboek().activity());
            assertEquals(20, logged.logboek().travelMinutes());
            assertEquals(1.0, logged.hoursAccounted(), 1e-9, "travel is not coaching");
            assertEquals(UiFixture.COACH, logged.coachId());
            assertEquals(TODAY, logged.logboek().loggedOn());
            assertEquals(1, open.store().grants().forCandidate(anna).size(), "the overlapping grant was not saved");
        }
    }
}

package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.FxWait;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A team lead approves a coach's week in the agenda: last week has two overlapping sessions (an open point) and is
 * refused in Dutch; the week before is clean and is approved, which locks it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeekApprovalFlowTest extends QuickRobot {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final LocalDate LAST_MONDAY = LocalDate.now().with(TemporalAdjusters.previousOrSame(
            DayOfWeek.MONDAY)).minusWeeks(1);

    private UiFixture fixture;
    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.coaches().save(new Coach(LEAD, "Lotte Smit", CoachRole.TEAMLEIDER, "Team Noord", 60));
            store.currentCoach().choose(LEAD, Instant.now());
            Candidate anna = UiFixture.candidate("Anna de Boer", List.of("groen"));
            Candidate bram = UiFixture.candidate("Bram Visser", List.of("logistiek"));
            store.candidates().saveAll(List.of(anna, bram));
            LocalDate tuesday = LAST_MONDAY.plusDays(1);
            for (Candidate who : List.of(anna, bram)) {
                int hour = who == anna ? 10 : 11;
                store.sessions().save(new CoachingSession(RecordIds.next(), who.id(), null, UiFixture.COACH,
                        tuesday.atTime(hour, 0), 90, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                        null, null, null, 1.5, null, new SessionLogboek(CoachingActivity.BEGELEIDEN_OP_HET_WERK,
                                Set.of(), 0, null, 1, tuesday, null)));
            }
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anOpenWeekIsRefusedAndACleanOneIsApproved() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#weekApproval").queryAs(javafx.scene.Node.class).isVisible(), "a team lead sees it");
        assertEquals(LAST_MONDAY, lookup("#approvalWeek").queryAs(DatePicker.class).getValue());
        // The agenda is built on first visit: its week's points are read in the background after Ctrl+2.
        FxWait.until(10,
                () -> text("#approvalStatus").contains("open punt"));
        assertTrue(text("#approvalStatus").contains("open punt"), text("#approvalStatus"));
        clickOn("#approveWeek");
        assertTrue(text("#approvalMessage").contains("nog open punten"), text("#approvalMessage"));
        Shots.take(stage, "approval-01-open-points-refused");

        interact(() -> lookup("#approvalWeek").queryAs(DatePicker.class).setValue(LAST_MONDAY.minusWeeks(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Geen open punten: klaar om te accorderen.", text("#approvalStatus"));
        clickOn("#approveWeek");
        assertTrue(text("#approvalMessage").contains("geaccordeerd"), text("#approvalMessage"));
        Shots.take(stage, "approval-02-approved");

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            int approvals = open.store().read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.HOURS_APPROVAL));
            assertEquals(1, approvals, "only the clean week");
        }
    }
}

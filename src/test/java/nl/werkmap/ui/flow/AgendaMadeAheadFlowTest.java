package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Issue 13, through the real window: after the unlock, once the coach has left the window alone a moment, the
 * Agenda's week is read ahead and its page made, styled and laid out with that week while the caseload list shows;
 * the click on "Agenda" then shows that page with its lines in the same moment, no read in between.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaMadeAheadFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();

    private UiFixture fixture;
    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate jan = UiFixture.candidate("Jan van den Berg", List.of("groen"));
            store.candidates().saveAll(List.of(jan));
            store.sessions().save(new CoachingSession(UUID.randomUUID(), jan.id(), null, UiFixture.COACH,
                    TODAY.atTime(15, 0), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), null, null, null, 0, "Bakkerij De Korenaar"));
        });
        fixture.withClock(UiFixture.noonOf(TODAY)).showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theAgendaIsMadeAheadWithItsWeekAndShowsAtTheClick() throws TimeoutException {
        UiFixture.unlock(this);
        // The week is read at the first quiet moment after the unlock, the page made at the next (about 1.3 s each).
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#todayTable").tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false));
        TableView<?> today = lookup("#todayTable").queryAs(TableView.class);
        assertNotNull(today.getScene(), "the page is in the window");
        assertFalse(UiFixture.shown(today), "made ahead, hidden: the caseload list shows");
        assertNotNull(today.getSkin(), "styled ahead");
        assertTrue(UiFixture.shown(lookup("#table").query()), "the list is what the coach sees");

        ToggleButton agenda = lookup("#navAgenda").queryAs(ToggleButton.class);
        Object[] atTheClick = new Object[2];
        interact(() -> {
            agenda.fire();
            // In the same FX task as the click: no read has had a chance to run.
            Node shownTable = lookup("#todayTable").match(UiFixture::shown).query();
            atTheClick[0] = shownTable;
            atTheClick[1] = List.copyOf(((TableView<?>) shownTable).getItems());
        });
        assertSame(today, atTheClick[0], "the page made ahead is the page shown");
        assertEquals(1, ((List<?>) atTheClick[1]).size(), "today's appointment, there at the click");
        Shots.take(stage, "61-agenda-made-ahead");
    }
}

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
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Logging the visit of today's planned appointment completes that appointment: one session, with the notes, the
 * appointment's place and id; not a second session beside an appointment that would later count as contact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentCompletedFlowTest extends QuickRobot {

    private static final UUID APPOINTMENT = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private UiFixture fixture;
    private Stage stage;
    private UUID sanne;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate candidate = UiFixture.candidate("Sanne de Vries", List.of("zorg"));
            sanne = candidate.id();
            store.candidates().saveAll(List.of(candidate));
            store.sessions().save(new CoachingSession(APPOINTMENT, sanne, null, UiFixture.COACH,
                    LocalDate.now().atTime(0, 5), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), null, null, null, 0, "Zorgcentrum De Linde"));
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theQuickFlowCompletesTodaysAppointmentInsteadOfAddingASession() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("Sanne");
        type(KeyCode.ENTER);
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        String note = lookup("#draftNote").queryAs(Label.class).getText();
        assertTrue(note.startsWith("Dit legt je afspraak van 00:05 vast"), note);
        assertTrue(lookup("#draftNote").queryAs(Label.class).isVisible());
        Shots.take(stage, "65-quick-completes-appointment");
        write("Goed gesprek met de teamleider");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertFalse(lookup("#wentWell").match(UiFixture::shown).tryQuery().isPresent(),
                "saved and closed");

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            List<CoachingSession> sessions = open.store().sessions().forCandidate(sanne);
            assertEquals(1, sessions.size(), "the appointment became the logged session");
            CoachingSession logged = sessions.get(0);
            assertEquals(APPOINTMENT, logged.id());
            assertEquals("Goed gesprek met de teamleider", logged.wentWell());
            assertEquals("Zorgcentrum De Linde", logged.place(), "the appointment's place is kept");
            assertTrue(logged.hoursAccounted() > 0, "hours follow the appointment's length");
        }
    }
}

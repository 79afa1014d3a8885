package nl.werkmap.ui.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.main.MainWindow;
import nl.werkmap.ui.common.TestPreferences;

/**
 * The profile tab of a VSO pupil in the real 1366×768 main window: the new sections show, a consent ticked in the
 * window is stored, and a screenshot is left in target/screenshots for a look at the layout.
 */
@ExtendWith(QuickExtension.class)
class ProfileFormScreenTest {

    private static final String PASSPHRASE = "lange zomer bij de dijk 42";

    @TempDir
    static Path dir;

    private Stage stage;
    private CaseloadFiles files;
    private final UUID pupil = UUID.randomUUID();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        try (OpenCaseload open = OpenCaseload.create(files, PASSPHRASE.toCharArray())) {
            LocalDate start = LocalDate.now().minusMonths(1);
            Candidate c = new Candidate(pupil, Candidate.register(pupil, "Lisa Bakker", start).personal(),
                    new RegisterInfo(RegisterStatus.AANGEVRAAGD, null, null, null), RouteIn.VSO, null,
                    CandidateStatus.INTAKE, null, start, null, null, start, null,
                    new Mobility(false, false, true, true, 30),
                    new SchoolInfo("De Brug VSO", SchoolType.VSO, null, LocalDate.of(2027, 7, 1), null));
            open.store().candidates().save(c);
        }
        new MainWindow(stage, files, Messages.dutch(), Background.sameThread(), new TestPreferences(),
                Optional.empty()).show();
    }

    @Test
    void pupilProfileShowsMobilitySchoolAndConsents(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("lisa").type(KeyCode.ENTER);
        robot.clickOn("Profiel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30", robot.lookup("#maxTravelMinutes").queryAs(TextField.class).getText());
        assertEquals("De Brug VSO", robot.lookup("#schoolName").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#schoolName").query().isVisible(), "a VSO pupil sees the school section");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "60-profile-mobility-school"))
                .get();

        CheckBox school = robot.lookup("#consent-" + ConsentPurpose.CONTACT_MET_SCHOOL.name()).queryAs(CheckBox.class);
        robot.interact(() -> {
            school.setSelected(true);
            scrollPaneOf(school).setVvalue(1);
        });
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "61-profile-consent-saved")).get();
        robot.interact(() -> stage.close());
        try (OpenCaseload open = OpenCaseload.unlock(files, PASSPHRASE.toCharArray())) {
            List<Consent> consents = open.store().consents().forCandidate(pupil);
            assertEquals(1, consents.size());
            assertTrue(consents.get(0).given());
            assertEquals(LocalDate.now(), consents.get(0).decidedOn());
        }
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node up = node;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        return (ScrollPane) up;
    }

}

package nl.werkmap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import nl.werkmap.ui.common.QuickRobot;

/**
 * A coach's first start on the installed app: a real (not demo) caseload is made with a new passphrase, a candidate
 * is registered, a session logged, and the app locked and unlocked. Tagged {@code packaged}: it runs only from
 * installer/ci-coach-path.sh, on the app-image's own Java runtime and jars; {@link PackagedRestartTest} follows in a
 * new JVM.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedFirstStartTest extends QuickRobot {

    static final String CANDIDATE = "Noor Jansen";

    private PackagedApp app;

    @BeforeAll
    void startApp() throws Exception {
        app = new PackagedApp();
        assertFalse(Files.exists(app.dataDir.resolve("keyring.json")), "a first start needs an empty folder");
        app.start();
    }

    @AfterAll
    void closeApp() throws Exception {
        app.stop();
    }

    @Test
    @Order(1)
    void firstStartMakesARealCaseload() {
        clickOn("#passphrase").write(app.passphrase);
        clickOn("#repeat").write(app.passphrase);
        assertEquals("", lookup("#problem").queryAs(Label.class).getText(), "the passphrase meets the policy");
        clickOn("#startEmpty");
        PackagedApp.waitUntil("de nieuwe caseload opent", () -> lookup("#navCaseload").tryQuery().isPresent());
        assertTrue(Files.exists(app.dataDir.resolve("keyring.json")));
        assertTrue(Files.exists(app.dataDir.resolve("werkmap.db")));
        assertEquals(0, caseloadTable().getItems().size(), "an empty caseload, not the demo");
    }

    @Test
    @Order(2)
    void registerACandidate() {
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.N);
        PackagedApp.waitUntil("het formulier voor een nieuwe kandidaat",
                () -> lookup("#fullName").tryQuery().isPresent());
        clickOn("#fullName").write(CANDIDATE);
        clickOn("#saveButton");
        PackagedApp.waitUntil("het scherm van de nieuwe kandidaat",
                () -> lookup("#candidateName").tryQuery()
                        .map(n -> CANDIDATE.equals(((Label) n).getText())).orElse(false));
    }

    @Test
    @Order(3)
    void logASession() {
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.L);
        PackagedApp.waitUntil("het snelle sessieblad", () -> lookup("#wentWell").tryQuery().isPresent());
        write("Eerste kennismaking, komt op tijd");
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.ENTER);
        PackagedApp.waitUntil("de sessie is vastgelegd",
                () -> lookup("#statusText").tryQuery().map(n -> ((Label) n).getText())
                        .orElse("").equals("Sessie vastgelegd voor " + CANDIDATE + "."));
    }

    @Test
    @Order(4)
    void lockAndUnlock() {
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.N);
        PackagedApp.waitUntil("het formulier voor een nieuwe kandidaat",
                () -> lookup("#fullName").tryQuery().isPresent());
        clickOn("#fullName").write("Half ingevuld");
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        PackagedApp.waitUntil("het slot", () -> lookup("#unlockButton").tryQuery().isPresent());
        assertFalse(lookup("#shellRoot").query().isVisible(), "nothing of the caseload shows behind the lock");
        app.unlock(this);
        assertEquals("Half ingevuld", lookup("#fullName").queryAs(TextField.class).getText(),
                "input kept over the lock");
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> caseloadTable() {
        return lookup("#table").queryAs(TableView.class);
    }
}

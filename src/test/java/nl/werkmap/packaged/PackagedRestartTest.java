package nl.werkmap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The start after {@link PackagedFirstStartTest}, in a new JVM on the packaged runtime: the caseload asks for its
 * passphrase, opens, and still holds the candidate and the session logged before.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedRestartTest extends QuickRobot {

    private PackagedApp app;

    @BeforeAll
    void startApp() throws Exception {
        app = new PackagedApp();
        app.start();
    }

    @AfterAll
    void closeApp() throws Exception {
        app.stop();
    }

    @Test
    void unlockShowsWhatTheFirstStartSaved() {
        PackagedApp.waitUntil("het ontgrendelscherm", () -> lookup("#unlockButton").tryQuery().isPresent());
        app.unlock(this);
        PackagedApp.waitUntil("de caseloadlijst is geladen", () -> !caseloadTable().getItems().isEmpty());
        assertEquals(PackagedFirstStartTest.CANDIDATE, caseloadTable().getItems().get(0).displayName());
        PackagedApp.shortcut(this, KeyCode.CONTROL, KeyCode.F);
        write("Noor");
        type(KeyCode.ENTER);
        PackagedApp.waitUntil("het scherm van de kandidaat", () -> lookup("#candidateName").tryQuery()
                .map(n -> PackagedFirstStartTest.CANDIDATE.equals(((Label) n).getText())).orElse(false));
        clickOn("Sessies");
        PackagedApp.waitUntil("de sessie van de eerste start",
                () -> lookup("#sessions").tryQuery().map(n -> ((TableView<?>) n).getItems().size() == 1).orElse(false));
        assertTrue(lookup("#sessions").queryAs(TableView.class).isVisible());
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseloadRow> caseloadTable() {
        return lookup("#table").queryAs(TableView.class);
    }
}

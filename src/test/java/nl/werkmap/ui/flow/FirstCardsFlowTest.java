package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.QuickRobot;

/**
 * The two first windows (welcome on a first start, unlock after that) as the coach meets them at 1366×768: their
 * ids, texts, labels for screen readers and keyboard order, whichever way the cards are built. Screenshots go to
 * target/screenshots (first-card-welcome, first-card-unlock).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstCardsFlowTest extends QuickRobot {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWelcomeCardAsksForThePassphraseTwiceAndTabsFromFieldToFieldToTheStartButton() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        new UiFixture(dir.resolve("nieuw")).showAtLaptopSize();

        assertText("Welkom bij Werkmap", ".title");
        PasswordField passphrase = lookup("#passphrase").queryAs(PasswordField.class);
        PasswordField repeat = lookup("#repeat").queryAs(PasswordField.class);
        assertSame(passphrase, lookup("#passphraseLabel").queryAs(Label.class).getLabelFor());
        assertSame(repeat, lookup("#repeatLabel").queryAs(Label.class).getLabelFor());
        assertEquals("Wachtwoord", passphrase.getAccessibleText());
        assertEquals("Herhaal het wachtwoord", repeat.getAccessibleText());
        Button startEmpty = lookup("#startEmpty").queryAs(Button.class);
        assertEquals("Start met een lege caseload", startEmpty.getText());
        assertTrue(startEmpty.isDefaultButton(), "Enter starts");
        assertFalse(lookup("#startDemo").queryAs(Node.class).isVisible(), "no example caseload in this build");
        assertFalse(lookup("#busy").queryAs(Node.class).isVisible());
        assertFalse(lookup("#busyText").queryAs(Node.class).isVisible());
        assertEquals("", lookup("#problem").queryAs(Label.class).getText());
        assertEquals(List.of("passphrase", "repeat", "startEmpty", "passphrase"), tabOrder(stage, 3));
        Shots.take(stage, "first-card-welcome");
    }

    @Test
    void theUnlockCardTabsFromThePassphraseToTheButtonAndSaysWhatToType() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        new UiFixture(dir.resolve("caseload")).withCaseload(store -> { }).showAtLaptopSize();

        assertText("Werkmap ontgrendelen", "#title");
        assertText("Typ je wachtwoord om je caseload te openen.", "#explanation");
        PasswordField passphrase = lookup("#passphrase").queryAs(PasswordField.class);
        assertSame(passphrase, lookup("#passphraseLabel").queryAs(Label.class).getLabelFor());
        assertEquals("Wachtwoord", passphrase.getAccessibleText());
        Button unlock = lookup("#unlockButton").queryAs(Button.class);
        assertEquals("Ontgrendel", unlock.getText());
        assertTrue(unlock.isDefaultButton(), "Enter unlocks");
        assertFalse(lookup("#busy").queryAs(Node.class).isVisible());
        assertFalse(lookup("#busyText").queryAs(Node.class).isVisible());
        assertEquals("", lookup("#error").queryAs(Label.class).getText());
        assertFalse(lookup("#error").queryAs(Node.class).isManaged(), "no empty line under the button");
        assertEquals(List.of("passphrase", "unlockButton", "passphrase"), tabOrder(stage, 2));
        Shots.take(stage, "first-card-unlock");
    }

    private void assertText(String expected, String query) {
        assertEquals(expected, lookup(query).queryAs(Label.class).getText());
    }

    /** The id of the focused node at the start and after each of {@code tabs} presses of Tab. */
    private List<String> tabOrder(Stage stage, int tabs) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = new ArrayList<>();
        ids.add(focusedId(stage));
        for (int i = 0; i < tabs; i++) {
            type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            ids.add(focusedId(stage));
        }
        return ids;
    }

    private static String focusedId(Stage stage) {
        Node focused = stage.getScene().getFocusOwner();
        assertNotNull(focused, "something has the keyboard focus");
        return focused.getId();
    }
}

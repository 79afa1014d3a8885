package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.ui.common.QuickExtension;

/** Instellingen → Wachtwoord wijzigen: a wrong current passphrase changes nothing; the right one re-wraps the key. */
@ExtendWith(QuickExtension.class)
class PassphraseChangeFlowTest {

    private static final String NEXT = "herfst aan het water 77";

    private UiFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new UiFixture(Files.createTempDirectory("passphrase-change")).withCaseload(store -> { });
        fixture.show(stage);
    }

    @Test
    void wrongCurrentChangesNothingAndTheRightOneChangesThePassphrase(FxRobot robot) throws Exception {
        UiFixture.unlock(robot);
        robot.clickOn("#settingsButton");
        byte[] before = Files.readAllBytes(fixture.files.keyring());

        robot.clickOn("#settingsPassphraseCurrent").write("niet mijn wachtwoord");
        robot.clickOn("#settingsPassphraseNext").write(NEXT);
        robot.clickOn("#settingsPassphraseRepeat").write(NEXT);
        robot.clickOn("#settingsPassphraseChange");
        Label message = robot.lookup("#settingsPassphraseMessage").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Het huidige wachtwoord klopt niet."), message.getText());
        assertTrue(message.getStyleClass().contains("message-error"));
        assertArrayEquals(before, Files.readAllBytes(fixture.files.keyring()), "the keyring is untouched");

        robot.clickOn("#settingsPassphraseCurrent").write(UiFixture.PASSPHRASE);
        robot.clickOn("#settingsPassphraseChange");
        assertEquals("Het wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe wachtwoord om Werkmap te openen.",
                message.getText());
        assertTrue(message.getStyleClass().contains("message-success"));
        assertFalse(message.getStyleClass().contains("message-error"));
        Shots.take(stage, "60-settings-passphrase-changed");
        Vault.unlock(fixture.files.keyring(), NEXT.toCharArray()).lock();
        assertThrows(WrongPassphraseException.class,
                () -> Vault.unlock(fixture.files.keyring(), UiFixture.PASSPHRASE.toCharArray()));
    }

    @Test
    void aTooShortNewPassphraseIsRefusedInPlace(FxRobot robot) throws Exception {
        UiFixture.unlock(robot);
        robot.clickOn("#settingsButton");
        robot.clickOn("#settingsPassphraseCurrent").write(UiFixture.PASSPHRASE);
        robot.clickOn("#settingsPassphraseNext").write("kort");
        robot.clickOn("#settingsPassphraseRepeat").write("kort");
        robot.clickOn("#settingsPassphraseChange");
        Label message = robot.lookup("#settingsPassphraseMessage").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Het wachtwoord is te kort"), message.getText());
        Vault.unlock(fixture.files.keyring(), UiFixture.PASSPHRASE.toCharArray()).lock();
    }
}

package nl.werkmap.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.config.MachineConfigLocation;
import nl.werkmap.app.settings.EffectivePreferences;
import nl.werkmap.app.settings.SettingsStore;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.common.ViewLoader;

/** The Instellingen sheet with a real machine file that locks the language and only suggests the idle lock. */
@ExtendWith(QuickExtension.class)
class SettingsLockedByOrganisationTest {

    private static SettingsStore store;
    private EffectivePreferences prefs;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("settings-locked");
        Path file = dir.resolve(MachineConfigLocation.FILE_NAME);
        Files.writeString(file, "language=nl\nlanguage.locked=true\nidle-lock-minutes=15\n");
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"language\": \"en\"}");
        System.setProperty(MachineConfigLocation.OVERRIDE_PROPERTY, file.toString());
        try {
            store = SettingsStore.open(dir);
            prefs = new EffectivePreferences(store.settings(), MachineConfig.loadForThisMachine());
        } finally {
            System.clearProperty(MachineConfigLocation.OVERRIDE_PROPERTY);
        }
        Theme.applyUserAgent();
        scene = new Scene(new ViewLoader(Messages.dutch()).load(FxmlView.SETTINGS,
                new SettingsController(prefs, Messages.dutch(), () -> { })).root(), 900, 500);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void lockedLanguageIsShownDisabledWithANoteAndTheMachineDefaultStaysEditable(FxRobot robot) {
        ComboBox<?> language = robot.lookup("#language").queryAs(ComboBox.class);
        Label note = robot.lookup("#languageLocked").queryAs(Label.class);
        assertTrue(language.isDisabled());
        assertEquals("nl", language.getValue(), "the stored 'en' does not override the lock");
        assertTrue(note.isVisible());
        assertEquals("Vastgezet door je organisatie", note.getText());

        Spinner<?> idle = robot.lookup("#idleMinutes").queryAs(Spinner.class);
        assertFalse(idle.isDisabled());
        assertEquals(15, idle.getValue());
        assertFalse(robot.lookup("#idleMinutesLocked").queryAs(Label.class).isVisible());
        robot.interact(() -> Screenshots.capture(scene, "settings-locked-language"));
        robot.clickOn(idle.lookup(".increment-arrow-button"));
        assertEquals(16, prefs.idleLockMinutesProperty().get());
        assertEquals(16, store.settings().idleLockMinutesProperty().get(), "an unlocked setting is the user's own");
        assertEquals("en", store.settings().languageProperty().get(), "the user's own language is kept for later");
    }
}

package nl.werkmap.ui.settings;

import java.util.List;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.UserPreferences;

/**
 * The settings sheet. Binds straight to the user's settings, which the app saves on every change; the language
 * takes effect at the next start (every screen is built in one language).
 */
public final class SettingsController {

    private final UserPreferences preferences;
    private final Messages messages;
    private final Runnable close;

    @FXML private StackPane backdrop;
    @FXML private ComboBox<String> language;
    @FXML private Spinner<Integer> idleMinutes;
    @FXML private Spinner<Integer> uitBeeldWeeks;
    @FXML private Label languageLocked;
    @FXML private Label idleMinutesLocked;
    @FXML private javafx.scene.layout.VBox extraSections;

    public SettingsController(UserPreferences preferences, Messages messages, Runnable close) {
        this.preferences = preferences;
        this.messages = messages;
        this.close = close;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(List.of("nl", "en"));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return "";
                }
                return "en".equals(code) ? messages.text("settings.language.en") : messages.text("settings.language.nl");
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(preferences.languageProperty());
        idleMinutes.setValueFactory(bound(1, 240, preferences.idleLockMinutesProperty().get()));
        idleMinutes.valueProperty().addListener((obs, old, now) -> preferences.idleLockMinutesProperty().set(now));
        uitBeeldWeeks.setValueFactory(bound(1, 104, preferences.uitBeeldWeeksProperty().get()));
        uitBeeldWeeks.valueProperty().addListener((obs, old, now) -> preferences.uitBeeldWeeksProperty().set(now));
        // A setting IT fixed for this machine is shown, not editable, and says why.
        showLock(preferences.languageLocked(), language, languageLocked);
        showLock(preferences.idleLockMinutesLocked(), idleMinutes, idleMinutesLocked);
        backdrop.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
    }

    private static void showLock(boolean locked, javafx.scene.control.Control control, Label note) {
        control.setDisable(locked);
        note.setVisible(locked);
        note.setManaged(locked);
        if (locked) {
            control.setAccessibleHelp(note.getText());
        }
    }

    private static SpinnerValueFactory<Integer> bound(int min, int max, int value) {
        return new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value);
    }

    @FXML
    private void close() {
        close.run();
    }

    /** A section another part of the app puts on this sheet (the link to the municipality's hub). */
    public void addSection(javafx.scene.Node section) {
        extraSections.getChildren().add(section);
    }
}

package nl.werkmap.app.settings;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.app.config.MachineKey;
import nl.werkmap.ui.common.UserPreferences;
import nl.werkmap.ui.common.WindowPlacement;

/**
 * The user's own settings as observable properties; {@link SettingsStore} saves every change. Language and idle
 * lock remember whether the user ever chose them: an untouched one stays unset in the file, so a default IT sets
 * for the machine later still applies instead of being shadowed by Werkmap's built-in value.
 */
public final class Settings implements UserPreferences {

    public static final String DEFAULT_LANGUAGE = "nl";
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int DEFAULT_UIT_BEELD_WEEKS = 6;

    private final StringProperty language = new SimpleStringProperty(this, "language", DEFAULT_LANGUAGE);
    private final IntegerProperty idleLockMinutes =
            new SimpleIntegerProperty(this, "idleLockMinutes", DEFAULT_IDLE_LOCK_MINUTES);
    private final IntegerProperty uitBeeldWeeks =
            new SimpleIntegerProperty(this, "uitBeeldWeeks", DEFAULT_UIT_BEELD_WEEKS);

    private final ObjectProperty<WindowPlacement> windowPlacement =
            new SimpleObjectProperty<>(this, "windowPlacement");

    // Observable so choosing the value that happens to be current still gets saved as the user's choice.
    private final BooleanProperty languageChosen = new SimpleBooleanProperty(this, "languageChosen");
    private final BooleanProperty idleLockChosen = new SimpleBooleanProperty(this, "idleLockChosen");

    public Settings() {
        language.addListener((obs, old, now) -> languageChosen.set(true));
        idleLockMinutes.addListener((obs, old, now) -> idleLockChosen.set(true));
    }

    /** The user picked this language, even if it equals the current value. */
    void chooseLanguage(String value) {
        language.set(value);
        languageChosen.set(true);
    }

    /** The user picked these minutes, even if they equal the current value. */
    void chooseIdleLockMinutes(int minutes) {
        idleLockMinutes.set(minutes);
        idleLockChosen.set(true);
    }

    /** The values the user chose, for {@link nl.werkmap.app.config.EffectiveSettings#resolve}. */
    public Map<MachineKey, String> userValues() {
        Map<MachineKey, String> values = new EnumMap<>(MachineKey.class);
        if (languageChosen.get()) {
            values.put(MachineKey.LANGUAGE, language.get());
        }
        if (idleLockChosen.get()) {
            values.put(MachineKey.IDLE_LOCK_MINUTES, Integer.toString(idleLockMinutes.get()));
        }
        return values;
    }

    @Override
    public StringProperty languageProperty() {
        return language;
    }

    @Override
    public IntegerProperty idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    @Override
    public IntegerProperty uitBeeldWeeksProperty() {
        return uitBeeldWeeks;
    }

    @Override
    public ObjectProperty<WindowPlacement> windowPlacementProperty() {
        return windowPlacement;
    }

    /** Every property, for listeners that save on change. */
    Observable[] observables() {
        return new Observable[] {language, idleLockMinutes, uitBeeldWeeks, languageChosen, idleLockChosen,
            windowPlacement};
    }

    SettingsJson toJson() {
        SettingsJson json = new SettingsJson();
        json.language = languageChosen.get() ? language.get() : null;
        json.idleLockMinutes = idleLockChosen.get() ? idleLockMinutes.get() : null;
        json.uitBeeldWeeks = uitBeeldWeeks.get();
        WindowPlacement placement = windowPlacement.get();
        if (placement != null) {
            json.window = new SettingsJson.Window();
            json.window.x = placement.x();
            json.window.y = placement.y();
            json.window.width = placement.width();
            json.window.height = placement.height();
            json.window.maximized = placement.maximized();
        }
        return json;
    }

    /** Takes the values from a file, keeping defaults for missing or nonsensical ones. */
    void apply(SettingsJson json) {
        if ("nl".equals(json.language) || "en".equals(json.language)) {
            language.set(json.language);
            languageChosen.set(true);
        }
        if (json.idleLockMinutes != null && json.idleLockMinutes >= MachineKey.MIN_IDLE_LOCK
                && json.idleLockMinutes <= MachineKey.MAX_IDLE_LOCK) {
            idleLockMinutes.set(json.idleLockMinutes);
            idleLockChosen.set(true);
        }
        if (json.uitBeeldWeeks != null && json.uitBeeldWeeks >= 1 && json.uitBeeldWeeks <= 104) {
            uitBeeldWeeks.set(json.uitBeeldWeeks);
        }
        SettingsJson.Window w = json.window;
        if (w != null && w.x != null && w.y != null && w.width != null && w.height != null
                && Double.isFinite(w.x) && Double.isFinite(w.y) && w.width > 0 && w.height > 0) {
            windowPlacement.set(new WindowPlacement(w.x, w.y, w.width, w.height, Boolean.TRUE.equals(w.maximized)));
        }
    }
}

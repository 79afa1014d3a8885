package nl.werkmap.app.settings;

import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.ui.common.UserPreferences;

/** The user's settings as observable properties; {@link SettingsStore} saves every change. */
public final class Settings implements UserPreferences {

    public static final String DEFAULT_LANGUAGE = "nl";
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 10;
    public static final int DEFAULT_UIT_BEELD_WEEKS = 6;

    private final StringProperty language = new SimpleStringProperty(this, "language", DEFAULT_LANGUAGE);
    private final IntegerProperty idleLockMinutes =
            new SimpleIntegerProperty(this, "idleLockMinutes", DEFAULT_IDLE_LOCK_MINUTES);
    private final IntegerProperty uitBeeldWeeks =
            new SimpleIntegerProperty(this, "uitBeeldWeeks", DEFAULT_UIT_BEELD_WEEKS);

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

    /** Every property, for listeners that save on change. */
    Observable[] observables() {
        return new Observable[] {language, idleLockMinutes, uitBeeldWeeks};
    }

    SettingsJson toJson() {
        SettingsJson json = new SettingsJson();
        json.language = language.get();
        json.idleLockMinutes = idleLockMinutes.get();
        json.uitBeeldWeeks = uitBeeldWeeks.get();
        return json;
    }

    /** Takes the values from a file, keeping defaults for missing or nonsensical ones. */
    void apply(SettingsJson json) {
        if ("nl".equals(json.language) || "en".equals(json.language)) {
            language.set(json.language);
        }
        if (json.idleLockMinutes != null && json.idleLockMinutes >= 1 && json.idleLockMinutes <= 240) {
            idleLockMinutes.set(json.idleLockMinutes);
        }
        if (json.uitBeeldWeeks != null && json.uitBeeldWeeks >= 1 && json.uitBeeldWeeks <= 104) {
            uitBeeldWeeks.set(json.uitBeeldWeeks);
        }
    }
}

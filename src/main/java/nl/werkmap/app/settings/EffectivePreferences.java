package nl.werkmap.app.settings;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.app.config.EffectiveSettings;
import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.config.MachineKey;
import nl.werkmap.ui.common.UserPreferences;

/**
 * The settings the screens run with: the user's own {@link Settings} resolved against the machine file IT placed.
 * A locked key shows IT's value and is never written back, so the user's stored choice neither overrides the lock
 * nor gets lost: it applies again when IT lifts the lock. Unlocked keys write through to the user's settings.
 */
public final class EffectivePreferences implements UserPreferences {

    private final Settings user;
    private final EffectiveSettings effective;
    private final StringProperty language;
    private final IntegerProperty idleLockMinutes;

    public EffectivePreferences(Settings user, MachineConfig machine) {
        this.user = user;
        this.effective = EffectiveSettings.resolve(machine, user.userValues());
        this.language = new SimpleStringProperty(this, "language", effective.language().getLanguage());
        this.idleLockMinutes = new SimpleIntegerProperty(this, "idleLockMinutes", effective.idleLockMinutes());
        if (!languageLocked()) {
            language.addListener((obs, old, now) -> user.chooseLanguage(now));
        }
        if (!idleLockMinutesLocked()) {
            idleLockMinutes.addListener((obs, old, now) -> user.chooseIdleLockMinutes(now.intValue()));
        }
    }

    /** What was resolved at start, with where each value came from. */
    public EffectiveSettings effective() {
        return effective;
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
        return user.uitBeeldWeeksProperty();
    }

    @Override
    public javafx.beans.property.ObjectProperty<nl.werkmap.ui.common.WindowPlacement> windowPlacementProperty() {
        return user.windowPlacementProperty();
    }

    @Override
    public nl.werkmap.domain.retention.RetentionPolicy retentionPolicy() {
        return effective.retentionPolicy();
    }

    @Override
    public boolean languageLocked() {
        return !effective.get(MachineKey.LANGUAGE).userMayChange();
    }

    @Override
    public boolean idleLockMinutesLocked() {
        return !effective.get(MachineKey.IDLE_LOCK_MINUTES).userMayChange();
    }
}

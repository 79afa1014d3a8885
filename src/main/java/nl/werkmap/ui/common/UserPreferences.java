package nl.werkmap.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's settings as the screens see them. The app's settings model implements this, so screens can bind to
 * it without depending on how or where settings are stored.
 */
public interface UserPreferences {

    /** "nl" or "en"; takes effect at the next start. */
    StringProperty languageProperty();

    /** Minutes without input before the app locks itself. */
    IntegerProperty idleLockMinutesProperty();

    /** True when the organisation fixed the language for this machine; the settings sheet then shows it disabled. */
    default boolean languageLocked() {
        return false;
    }

    /** True when the organisation fixed the idle-lock minutes for this machine. */
    default boolean idleLockMinutesLocked() {
        return false;
    }

    /** avgwis: the retention periods IT set for this machine (the retention overview and erasure use them). */
    default nl.werkmap.domain.retention.RetentionPolicy retentionPolicy() {
        return nl.werkmap.domain.retention.RetentionPolicy.DEFAULT;
    }

    /** Weeks without contact after which a candidate counts as "uit beeld". */
    IntegerProperty uitBeeldWeeksProperty();

    /** Where the main window was when it last closed; null until the coach has closed it once. */
    ObjectProperty<WindowPlacement> windowPlacementProperty();
}

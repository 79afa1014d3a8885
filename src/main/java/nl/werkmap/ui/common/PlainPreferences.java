package nl.werkmap.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings held in plain properties, written nowhere: a copy of the coach's for screens that must not listen to the
 * real ones (the screens built ahead before the unlock), and the settings of UI tests.
 */
public class PlainPreferences implements UserPreferences {

    private final StringProperty language;
    private final IntegerProperty idleLockMinutes;
    private final IntegerProperty uitBeeldWeeks;
    private final ObjectProperty<WindowPlacement> windowPlacement = new SimpleObjectProperty<>();

    public PlainPreferences(String language, int idleLockMinutes, int uitBeeldWeeks) {
        this.language = new SimpleStringProperty(language);
        this.idleLockMinutes = new SimpleIntegerProperty(idleLockMinutes);
        this.uitBeeldWeeks = new SimpleIntegerProperty(uitBeeldWeeks);
    }

    /** The values {@code of} holds now, in properties of their own (no window placement). */
    public static PlainPreferences copyOf(UserPreferences of) {
        return new PlainPreferences(of.languageProperty().get(), of.idleLockMinutesProperty().get(),
                of.uitBeeldWeeksProperty().get());
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
}

package nl.werkmap.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Plain settings for UI tests (the app keeps them in settings.json; the screens only see the properties). */
public final class TestPreferences implements UserPreferences {

    private final StringProperty language = new SimpleStringProperty("nl");
    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty(10);
    private final IntegerProperty uitBeeldWeeks = new SimpleIntegerProperty(6);

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

    private final javafx.beans.property.ObjectProperty<WindowPlacement> windowPlacement =
            new javafx.beans.property.SimpleObjectProperty<>();

    @Override
    public javafx.beans.property.ObjectProperty<WindowPlacement> windowPlacementProperty() {
        return windowPlacement;
    }
}

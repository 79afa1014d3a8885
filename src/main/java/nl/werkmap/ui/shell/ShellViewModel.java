package nl.werkmap.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.UserPreferences;

/** State of the window frame: which section is shown, the status-bar text, whether work is running. */
public final class ShellViewModel {

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CASELOAD);
    private final StringProperty status = new SimpleStringProperty("");
    /** The open caseload holds fictional people from the demo generator: the frame says so on every screen. */
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanProperty busy;
    private final Messages messages;
    private final StringBinding lockInfo;

    public ShellViewModel(Messages messages, Background background, UserPreferences preferences) {
        this.messages = messages;
        this.busy = background.busyProperty();
        this.lockInfo = Bindings.createStringBinding(
                () -> messages.format("shell.status.lockAfter", preferences.idleLockMinutesProperty().get()),
                preferences.idleLockMinutesProperty());
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public Messages messages() {
        return messages;
    }

    public StringBinding lockInfoBinding() {
        return lockInfo;
    }
}

package nl.werkmap.ui.candidate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

/** Binds a tab's one-line feedback: green when saved, red when refused or failed. */
final class MessageLine {

    private MessageLine() {
    }

    static void bind(Label label, StringProperty message, BooleanProperty failed) {
        label.textProperty().bind(message);
        label.managedProperty().bind(message.isNotEmpty());
        Runnable style = () -> {
            label.getStyleClass().removeAll("error-text", "ok-text");
            label.getStyleClass().add(failed.get() ? "error-text" : "ok-text");
        };
        failed.addListener(obs -> style.run());
        style.run();
    }
}

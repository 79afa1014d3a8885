package nl.werkmap.ui.candidate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;

import nl.werkmap.ui.common.MessageTone;

/** Binds a tab's one-line feedback: green with a check mark when saved, red with a warning sign when refused or failed. */
final class MessageLine {

    private MessageLine() {
    }

    static void bind(Label label, StringProperty message, BooleanProperty failed) {
        label.textProperty().bind(message);
        label.managedProperty().bind(message.isNotEmpty());
        Runnable style = () -> MessageTone.of(failed.get()).applyTo(label);
        failed.addListener(obs -> style.run());
        style.run();
    }
}

package nl.werkmap.ui.common;

import javafx.scene.control.Label;

/**
 * How a one-line feedback message looks: a saved record in green with a check mark, a neutral note in the muted
 * colour, a refusal or failure in red with a warning sign. Never colour alone: the mark says it too, for coaches
 * who do not see the difference between red and green.
 */
public enum MessageTone {
    SUCCESS("message-success", "\u2713"),
    INFO("message-info", "i"),
    ERROR("message-error", "!");

    private static final String ICON_CLASS = "message-icon";

    private final String styleClass;
    private final String mark;

    MessageTone(String styleClass, String mark) {
        this.styleClass = styleClass;
        this.mark = mark;
    }

    public String styleClass() {
        return styleClass;
    }

    public String mark() {
        return mark;
    }

    /** Gives the label this tone's style class and mark; the mark is hidden while the label has no text. */
    public void applyTo(Label label) {
        for (MessageTone tone : values()) {
            label.getStyleClass().remove(tone.styleClass);
        }
        label.getStyleClass().add(styleClass);
        Label icon = new Label(mark);
        icon.getStyleClass().addAll(ICON_CLASS, styleClass);
        icon.setMinWidth(Label.USE_PREF_SIZE);
        icon.visibleProperty().bind(label.textProperty().isNotEmpty());
        icon.managedProperty().bind(icon.visibleProperty());
        label.setGraphic(icon);
    }

    /** SUCCESS or ERROR, as most forms report a save. */
    public static MessageTone of(boolean failed) {
        return failed ? ERROR : SUCCESS;
    }
}

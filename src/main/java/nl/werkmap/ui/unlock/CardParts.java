package nl.werkmap.ui.unlock;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import nl.werkmap.ui.common.CalmSpinner;

/**
 * The building blocks the welcome and unlock cards share. The cards are built in code, not from FXML: they are the
 * first window, and FXMLLoader's XML parser, reflection and its own classes cost a cold JVM about a tenth of a
 * second before anything is on screen. Listeners here are inner classes, not lambdas: a lambda's class is spun at
 * first use, which on a cold JVM costs more than loading a class the start-up read ahead (first-window-classes.txt).
 */
final class CardParts {

    /** The spinner's size, as the FXML cards had it. */
    private static final double BUSY_SIZE = 22;

    private CardParts() {
    }

    /** The calm backdrop with the white card held at {@code top} pixels from the top, centred across. */
    static StackPane backdrop(VBox card, double top) {
        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("unlock-backdrop");
        // Held at the top, not centred: a message that appears must not move the fields or buttons under the pointer.
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        StackPane.setMargin(card, new Insets(top, 0, 0, 0));
        return backdrop;
    }

    /** The card itself: its parts one under the other, {@code width} pixels wide at most, as high as they need. */
    static VBox card(double width, Node... parts) {
        VBox card = new VBox(12, parts);
        card.getStyleClass().add("card");
        card.setMaxWidth(width);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    static Label label(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A line of text that wraps at the card's width. */
    static Label wrapped(String id, String text, String... styleClasses) {
        Label label = label(id, text, styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** A message line (problem, error): wraps, takes no room while empty and never squeezes its text. */
    static Label message(String id) {
        Label label = wrapped(id, null, "error-text");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** A passphrase field that a screen reader names as its label does. */
    static PasswordField passphraseField(String id, Label label) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(label.getText());
        label.setLabelFor(field);
        return field;
    }

    /**
     * The place of the spinner beside the buttons, shown while the key is derived. The spinner itself is made the
     * first time it is needed: the first window then does without its skin and animation classes. The place keeps
     * the spinner's size all along, so nothing moves when it appears.
     */
    static StackPane busySpinner(ObservableValue<Boolean> busy, String accessibleText) {
        StackPane place = new StackPane();
        place.setId("busy");
        place.setPrefSize(BUSY_SIZE, BUSY_SIZE);
        place.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        place.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ChangeListener<Boolean> follow = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                boolean shown = Boolean.TRUE.equals(now);
                if (shown && place.getChildren().isEmpty()) {
                    CalmSpinner spinner = new CalmSpinner();
                    spinner.setPrefSize(BUSY_SIZE, BUSY_SIZE);
                    spinner.setAccessibleText(accessibleText);
                    // It turns only while visible itself: hidden with its place, it stops.
                    spinner.visibleProperty().bind(place.visibleProperty());
                    place.getChildren().add(spinner);
                }
                place.setVisible(shown);
            }
        };
        busy.addListener(follow);
        follow.changed(busy, false, busy.getValue());
        return place;
    }
}

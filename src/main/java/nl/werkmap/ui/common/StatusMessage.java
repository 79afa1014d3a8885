package nl.werkmap.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A status-bar message that may be longer than the bar has room for (a sync error at 1366 px): one line that ends
 * in an ellipsis and gives way to the buttons beside it, the whole text as its tooltip, and on a click, Enter or
 * Space a window with the whole text, selectable so the coach can copy it for the helpdesk. The shown text and the
 * whole text may differ: the sync status shows a short summary and keeps the last error for the details.
 */
public final class StatusMessage {

    private final Messages messages;
    private final Line node = new Line();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty();
    private final StringBinding whole;
    private Alert open;

    public StatusMessage(Messages messages, String id) {
        this.messages = messages;
        node.setId(id);
        node.getStyleClass().add("status-message");
        node.textProperty().bind(text);
        node.setTextOverrun(OverrunStyle.ELLIPSIS);
        node.setMnemonicParsing(false);
        // Shrinks to nothing before a button beside it gets cut; grows no further than its text.
        node.setMinWidth(0);
        node.setMaxWidth(Region.USE_PREF_SIZE);
        whole = Bindings.createStringBinding(() -> whole(text.get(), details.get()), text, details);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDuration(Duration.seconds(30));
        tip.textProperty().bind(whole);
        node.tooltipProperty().bind(Bindings.when(whole.isEmpty()).then((Tooltip) null).otherwise(tip));
        node.accessibleTextProperty().bind(whole);
        node.setAccessibleHelp(messages.text("status.message.help"));
        node.visibleProperty().bind(text.isNotEmpty());
        // A label, so it reads as the status it is; focusable, so the keyboard reaches the whole text too.
        node.setFocusTraversable(true);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                node.requestFocus();
                showWhole();
            }
        });
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                showWhole();
                e.consume();
            }
        });
    }

    /** What the bar shows on one line. */
    public StringProperty textProperty() {
        return text;
    }

    /** More than the line says (the last sync error), shown under it in the tooltip and the window; may be null. */
    public StringProperty detailsProperty() {
        return details;
    }

    public Label node() {
        return node;
    }

    /** The line and the details together, as the tooltip and the window show them. */
    public String wholeText() {
        return whole.get();
    }

    /**
     * Gives way to a longer message beside it only down to this width (or its whole text, when that is shorter):
     * without it, a bar that is too narrow takes the same amount from each message, and a short status beside a long
     * error would vanish entirely.
     */
    public void keepAtLeast(double width) {
        node.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(width, wholeLineWidth()), text,
                node.fontProperty(), node.insetsProperty()));
    }

    private double wholeLineWidth() {
        Text probe = new Text(text.get());
        probe.setFont(node.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + node.snappedLeftInset() + node.snappedRightInset()
                + 2;
    }

    /** Opens (or brings back) the window with the whole text. Must run on the FX thread. */
    public void showWhole() {
        if (wholeText().isEmpty()) {
            return;
        }
        if (open != null && open.isShowing()) {
            open.close();
        }
        TextArea area = new TextArea(wholeText());
        area.setId("statusMessageWhole");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefColumnCount(48);
        area.setPrefRowCount(6);
        area.setAccessibleText(wholeText());
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(messages.text("status.message.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(area);
        alert.getButtonTypes().setAll(new ButtonType(messages.text("status.message.close"),
                ButtonBar.ButtonData.OK_DONE));
        if (node.getScene() != null) {
            alert.initOwner(node.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(node.getScene().getStylesheets());
        }
        alert.setOnShown(e -> area.requestFocus());
        open = alert;
        alert.show();
    }

    /** The line itself; a screen reader's "activate" opens the whole text like Enter does. */
    private final class Line extends Label {
        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE) {
                showWhole();
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }

    private static String whole(String text, String details) {
        String line = text == null ? "" : text;
        if (details == null || details.isBlank() || line.contains(details)) {
            return line;
        }
        return line.isEmpty() ? details : line + "\n\n" + details;
    }
}

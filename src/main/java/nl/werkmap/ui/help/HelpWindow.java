package nl.werkmap.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Theme;

/**
 * F1: the guide in a window of its own beside the app, topics on the left and the chosen topic's text on the right,
 * so a coach can read along while working. Read-only; Esc closes it. One window: F1 again brings it to the front.
 */
public final class HelpWindow {

    private static final double GAP = 10;

    private static Stage open;

    private HelpWindow() {
    }

    /** Must run on the FX thread. */
    public static void show(Window owner, Messages messages) {
        if (open == null) {
            open = build(owner, messages, HelpGuide.load());
            open.setOnHidden(e -> open = null);
        }
        open.show();
        open.toFront();
    }

    private static Stage build(Window owner, Messages messages, HelpGuide guide) {
        VBox page = new VBox(GAP);
        page.setPadding(new Insets(16, 20, 16, 20));
        page.setId("helpPage");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);

        ListView<HelpGuide.Topic> topics = new ListView<>();
        topics.setId("helpTopics");
        topics.setPrefWidth(310);
        topics.getItems().setAll(guide.topics());
        topics.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpGuide.Topic topic, boolean empty) {
                super.updateItem(topic, empty);
                setText(empty || topic == null ? null : topic.title());
            }
        });
        topics.getSelectionModel().selectedItemProperty().addListener((obs, old, topic) -> {
            if (topic != null) {
                page.getChildren().setAll(render(topic, messages));
                scroll.setVvalue(0);
            }
        });
        topics.getSelectionModel().selectFirst();

        BorderPane root = new BorderPane(scroll);
        root.setLeft(topics);
        Scene scene = new Scene(root, 900, 620);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                ((Stage) scene.getWindow()).close();
                e.consume();
            }
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text("help.title"));
        stage.setScene(scene);
        topics.requestFocus();
        return stage;
    }

    private static List<Node> render(HelpGuide.Topic topic, Messages messages) {
        List<Node> nodes = new ArrayList<>();
        Label heading = new Label(topic.title());
        heading.setId("helpHeading");
        heading.setWrapText(true);
        heading.setFont(Font.font(null, FontWeight.BOLD, 20));
        nodes.add(heading);
        String note = messages.text("help.languageNote");
        if (!note.isBlank()) {
            nodes.add(flow("", "*" + note + "*"));
        }
        for (HelpGuide.Block block : topic.blocks()) {
            nodes.add(flow(block.marker(), block.text()));
        }
        return nodes;
    }

    /** One paragraph or list item; **bold** spans in bold, list items indented after their marker. */
    private static TextFlow flow(String marker, String text) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("help-text");
        if (!marker.isEmpty()) {
            flow.setPadding(new Insets(0, 0, 0, 12));
            flow.getChildren().add(text(marker + " ", false, false));
        }
        boolean italic = text.length() > 2 && text.startsWith("*") && text.endsWith("*") && !text.startsWith("**");
        String body = italic ? text.substring(1, text.length() - 1) : text;
        String[] parts = body.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                flow.getChildren().add(text(parts[i], i % 2 == 1, italic));
            }
        }
        return flow;
    }

    private static Text text(String s, boolean bold, boolean italic) {
        Text t = new Text(s);
        double size = Font.getDefault().getSize() + 1;
        t.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, size));
        return t;
    }
}

package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * {@link Place}: {@code Place.at} sets exactly what the panes' own FXML attributes set, and refuses what it does not
 * know (issue 13). That every view uses it: {@link PlaceInViewsTest}.
 */
@ExtendWith(QuickExtension.class)
class PlaceTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<?import javafx.scene.control.*?>\n<?import javafx.scene.layout.*?>\n"
            + "<?import nl.werkmap.ui.common.Place?>\n";

    @Test
    void setsWhatThePanesOwnAttributesSet(FxRobot robot) throws Exception {
        String own = HEAD + "<VBox xmlns:fx=\"http://javafx.com/fxml/1\"><GridPane>"
                + "<Label GridPane.rowIndex=\"3\"/>"
                + "<TextField GridPane.rowIndex=\"1\" GridPane.columnIndex=\"2\"/>"
                + "<ComboBox GridPane.columnIndex=\"1\" GridPane.columnSpan=\"3\"/>"
                + "<TableView GridPane.rowIndex=\"2\" GridPane.rowSpan=\"2\" GridPane.valignment=\"TOP\"/>"
                + "<Region/>"
                + "<HBox><Region HBox.hgrow=\"ALWAYS\"/></HBox>"
                + "</GridPane><TextArea VBox.vgrow=\"ALWAYS\"/></VBox>";
        String placed = HEAD + "<VBox xmlns:fx=\"http://javafx.com/fxml/1\"><GridPane>"
                + "<Label Place.at=\"row 3\"/>"
                + "<TextField Place.at=\"row 1 column 2\"/>"
                + "<ComboBox Place.at=\"column 1 span 3\"/>"
                + "<TableView Place.at=\"rows 2 top row 2\"/>"
                + "<Region/>"
                + "<HBox><Region Place.at=\"hgrow\"/></HBox>"
                + "</GridPane><TextArea Place.at=\"vgrow\"/></VBox>";
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        robot.interact(() -> {
            constraints(load(own), expected);
            constraints(load(placed), actual);
        });
        assertEquals(9, expected.size());
        assertEquals(expected, actual);
        assertTrue(expected.get(4).contains("gridpane-valignment=TOP"), expected.get(4));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        Label node = new Label();
        for (String at : List.of("", "row", "row x", "row -1", "row 1 row 2", "left", "row 1, column 2", "hgrow hgrow")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Place.setAt(node, at), at);
            assertTrue(e.getMessage().startsWith("Place.at=\"" + at + "\""), e.getMessage());
        }
        assertEquals(null, node.getProperties().get("gridpane-row"), "nothing set before the mistake either");
    }

    private static Parent load(String fxml) {
        try {
            return new FXMLLoader().load(new ByteArrayInputStream(fxml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each node below {@code parent}, in order, with the layout constraints its properties hold. */
    private static void constraints(Parent parent, List<String> out) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            out.add(child.getClass().getSimpleName() + " " + new java.util.TreeMap<>(
                    child.getProperties().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue())))));
            if (child instanceof Parent inner && !(child instanceof javafx.scene.control.Control)) {
                constraints(inner, out);
            }
        }
    }
}

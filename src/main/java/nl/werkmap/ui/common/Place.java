package nl.werkmap.ui.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where a node sits in its layout pane, as one FXML attribute: {@code Place.at="row 1 column 1"} instead of {@code
 * GridPane.rowIndex="1" GridPane.columnIndex="1"}, {@code Place.at="hgrow"} instead of {@code HBox.hgrow="ALWAYS"}.
 * It sets the very constraints the panes' own static properties set.
 *
 * <p>Why: FXMLLoader finds the setter of a static property such as {@code GridPane.rowIndex} by asking the pane's
 * class for a method taking exactly the node's class and the value's class, then each interface and superclass of the
 * node in turn, and does it all twice (the attribute's text first, then the property's type), each miss a
 * {@code NoSuchMethodException} with its stack filled in: some twenty per attribute. The candidate's profile form,
 * built on the FX thread for every candidate opened, carries 114 of them: it took 11.9-12.6 ms to load warm with the
 * panes' attributes and 1.7 ms with this one (FxmlLoadBench; issue 13). This class has a setter for each node class
 * our views place, so the first try finds it; a node of another class still finds {@link #setAt(Node, String)}, only
 * more slowly.
 *
 * <p>The words, in any order, each at most once: {@code row N}, {@code column N}, {@code span N} (columns),
 * {@code rows N} (row span), {@code top} (vertical alignment in the cell) for a {@link GridPane} child;
 * {@code hgrow} for an {@link HBox} child and {@code vgrow} for a {@link VBox} child (priority ALWAYS). What is not
 * named is not set, as with the panes' own attributes. Anything else is refused at load.
 */
public final class Place {

    private Place() {
    }

    /** Sets the constraints {@code at} names on {@code node}; see the class comment for the words. */
    public static void setAt(Node node, String at) {
        String[] words = at.trim().toLowerCase(Locale.ROOT).split("\\s+");
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            Integer number = switch (word) {
                case "row", "column", "span", "rows" -> number(words, ++i, at);
                case "top", "hgrow", "vgrow" -> null;
                default -> throw refused(at, "'" + word + "' is not a word of Place.at");
            };
            if (named.containsKey(word)) {
                throw refused(at, "'" + word + "' comes twice");
            }
            named.put(word, number);
        }
        // Set only once every word is read: a refused text sets nothing.
        named.forEach((word, number) -> {
            switch (word) {
                case "row" -> GridPane.setRowIndex(node, number);
                case "column" -> GridPane.setColumnIndex(node, number);
                case "span" -> GridPane.setColumnSpan(node, number);
                case "rows" -> GridPane.setRowSpan(node, number);
                case "top" -> GridPane.setValignment(node, VPos.TOP);
                case "hgrow" -> HBox.setHgrow(node, Priority.ALWAYS);
                default -> VBox.setVgrow(node, Priority.ALWAYS);
            }
        });
    }

    // One setter per node class our views place, so that FXMLLoader's first look finds it (see the class comment).

    public static void setAt(Label node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(TextField node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(TextArea node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(ComboBox<?> node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(DatePicker node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(CheckBox node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(Spinner<?> node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(ListView<?> node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(TableView<?> node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(TabPane node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(VBox node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(HBox node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(GridPane node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(FlowPane node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(StackPane node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(Pane node, String at) {
        setAt((Node) node, at);
    }

    public static void setAt(Region node, String at) {
        setAt((Node) node, at);
    }

    private static int number(String[] words, int i, String at) {
        if (i >= words.length) {
            throw refused(at, "'" + words[i - 1] + "' needs a number after it");
        }
        try {
            int n = Integer.parseInt(words[i]);
            if (n < 0) {
                throw refused(at, "'" + words[i - 1] + "' needs a number of 0 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw refused(at, "'" + words[i - 1] + "' needs a number after it, not '" + words[i] + "'");
        }
    }

    private static IllegalArgumentException refused(String at, String why) {
        // A mistake in our own FXML, found when the view loads (every view is loaded by the tests).
        return new IllegalArgumentException("Place.at=\"" + at + "\": " + why);
    }
}

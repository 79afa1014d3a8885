package nl.werkmap.ui.candidate;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

import nl.werkmap.ui.common.Navigator;

/** The frame around the profile form when registering a new candidate. */
public final class NewCandidateController {

    private final Navigator navigator;

    @FXML private BorderPane frame;
    @FXML private Label unsavedMark;

    public NewCandidateController(Navigator navigator) {
        this.navigator = navigator;
    }

    void setForm(Node form, ReadOnlyBooleanProperty unsaved) {
        frame.setCenter(form);
        unsavedMark.visibleProperty().bind(unsaved);
    }

    @FXML
    private void back() {
        navigator.showCaseload();
    }
}

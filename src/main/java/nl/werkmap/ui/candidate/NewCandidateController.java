package nl.werkmap.ui.candidate;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

import nl.werkmap.ui.common.Navigator;

/** The frame around the profile form when registering a new candidate. */
public final class NewCandidateController {

    private final Navigator navigator;

    @FXML private BorderPane frame;

    public NewCandidateController(Navigator navigator) {
        this.navigator = navigator;
    }

    void setForm(Node form) {
        frame.setCenter(form);
    }

    @FXML
    private void back() {
        navigator.showCaseload();
    }
}

package nl.werkmap.ui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;

/** Binds the first-start screen to its view model. */
public final class WelcomeController {

    private final WelcomeViewModel viewModel;

    @FXML private Label passphraseLabel;
    @FXML private Label repeatLabel;
    @FXML private PasswordField passphrase;
    @FXML private PasswordField repeat;
    @FXML private Label problem;
    @FXML private Button startEmpty;
    @FXML private Button startDemo;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;

    public WelcomeController(WelcomeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        passphraseLabel.setLabelFor(passphrase);
        repeatLabel.setLabelFor(repeat);
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        repeat.textProperty().bindBidirectional(viewModel.repeatProperty());
        problem.textProperty().bind(viewModel.problemBinding());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        startDemo.setVisible(viewModel.demoAvailable());
        startDemo.setManaged(viewModel.demoAvailable());
        busy.visibleProperty().bind(viewModel.busyProperty());
        busyText.visibleProperty().bind(viewModel.busyProperty());
        busyText.managedProperty().bind(viewModel.busyProperty());
        startEmpty.disableProperty().bind(viewModel.busyProperty());
        startDemo.disableProperty().bind(viewModel.busyProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        repeat.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(passphrase::requestFocus);
    }

    @FXML
    private void startEmpty() {
        viewModel.start(false);
    }

    @FXML
    private void startDemo() {
        viewModel.start(true);
    }
}

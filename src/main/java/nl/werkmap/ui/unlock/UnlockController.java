package nl.werkmap.ui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/** Binds the unlock card (start-up screen or lock overlay) to its view model. */
public final class UnlockController {

    private final UnlockViewModel viewModel;
    private final boolean overlay;

    @FXML private StackPane backdrop;
    @FXML private Label title;
    @FXML private Label explanation;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphrase;
    @FXML private Label error;
    @FXML private Button unlockButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;

    public UnlockController(UnlockViewModel viewModel, boolean overlay) {
        this.viewModel = viewModel;
        this.overlay = overlay;
    }

    @FXML
    private void initialize() {
        if (overlay) {
            backdrop.getStyleClass().setAll("lock-overlay");
        }
        passphraseLabel.setLabelFor(passphrase);
        title.setText(viewModel.title());
        explanation.setText(viewModel.explanation());
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        busyText.visibleProperty().bind(viewModel.busyProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                passphrase.requestFocus();
            }
        });
    }

    /** Puts the cursor in the passphrase field; called when the card is shown. */
    public void focus() {
        Platform.runLater(passphrase::requestFocus);
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }
}

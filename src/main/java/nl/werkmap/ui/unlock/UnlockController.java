package nl.werkmap.ui.unlock;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import nl.werkmap.ui.common.Messages;

/**
 * The unlock card (start-up screen or lock overlay), built in code (see {@link CardParts} for why) and bound to its
 * view model. Ids: backdrop, title, explanation, passphraseLabel, passphrase, unlockButton, busy, busyText, step,
 * stepBar, longWait, error.
 */
public final class UnlockController {

    private final StackPane backdrop;
    private final PasswordField passphrase;

    public UnlockController(UnlockViewModel viewModel, Messages messages, boolean overlay) {
        Label title = CardParts.wrapped("title", viewModel.title(), "title");
        Label explanation = CardParts.wrapped("explanation", viewModel.explanation());
        Label passphraseLabel = CardParts.label("passphraseLabel", messages.text("unlock.passphrase"));
        passphrase = CardParts.passphraseField("passphrase", passphraseLabel);
        Button unlockButton = new Button(messages.text("unlock.button"));
        unlockButton.setId("unlockButton");
        unlockButton.setDefaultButton(true);
        unlockButton.setOnAction(new EventHandler<ActionEvent>() {
            @Override
            public void handle(ActionEvent event) {
                viewModel.unlock();
            }
        });
        Label busyText = CardParts.label("busyText", messages.text("unlock.busy"), "muted");
        HBox actions = new HBox(8, unlockButton, CardParts.busySpinner(viewModel.busyProperty(),
                messages.text("unlock.busy")), busyText);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label step = CardParts.wrapped("step", "");
        step.textProperty().bind(viewModel.stepProperty());
        step.visibleProperty().bind(viewModel.stepProperty().isNotEmpty());
        step.managedProperty().bind(step.visibleProperty());
        ProgressBar stepBar = new ProgressBar();
        stepBar.setId("stepBar");
        stepBar.setMaxWidth(Double.MAX_VALUE);
        stepBar.progressProperty().bind(viewModel.stepDoneProperty());
        stepBar.visibleProperty().bind(step.visibleProperty());
        stepBar.managedProperty().bind(step.visibleProperty());
        stepBar.accessibleTextProperty().bind(viewModel.stepProperty());
        Label longWait = CardParts.wrapped("longWait", "");
        longWait.textProperty().bind(viewModel.longWaitProperty());
        longWait.visibleProperty().bind(viewModel.longWaitProperty().isNotEmpty());
        longWait.managedProperty().bind(longWait.visibleProperty());
        Label error = CardParts.message("error");
        backdrop = CardParts.backdrop(CardParts.card(440, title, explanation, passphraseLabel, passphrase, actions,
                step, stepBar, longWait, error), 200);
        backdrop.setId("backdrop");
        if (overlay) {
            backdrop.getStyleClass().setAll("lock-overlay");
        }

        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        error.textProperty().bind(viewModel.errorProperty());
        busyText.visibleProperty().bind(viewModel.busyProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        unlockButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!now) {
                    passphrase.requestFocus();
                }
            }
        });
    }

    /** The card, to lay into the window. */
    public Parent root() {
        return backdrop;
    }

    /** Puts the cursor in the passphrase field; called when the card is shown. */
    public void focus() {
        Platform.runLater(new Runnable() {
            @Override
            public void run() {
                passphrase.requestFocus();
            }
        });
    }
}

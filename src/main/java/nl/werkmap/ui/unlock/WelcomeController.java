package nl.werkmap.ui.unlock;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import nl.werkmap.ui.common.Messages;

/**
 * The first-start card, built in code (see {@link CardParts} for why) and bound to its view model. Ids:
 * passphraseLabel, passphrase, repeatLabel, repeat, startEmpty, startDemo, busy, busyText, problem.
 */
public final class WelcomeController {

    private final StackPane backdrop;

    public WelcomeController(WelcomeViewModel viewModel, Messages messages) {
        Label passphraseLabel = CardParts.label("passphraseLabel", messages.text("welcome.passphrase"));
        PasswordField passphrase = CardParts.passphraseField("passphrase", passphraseLabel);
        Label repeatLabel = CardParts.label("repeatLabel", messages.text("welcome.repeat"));
        PasswordField repeat = CardParts.passphraseField("repeat", repeatLabel);
        Button startEmpty = startButton("startEmpty", messages.text("welcome.startEmpty"), viewModel, false);
        startEmpty.setDefaultButton(true);
        Button startDemo = startButton("startDemo", messages.text("welcome.startDemo"), viewModel, true);
        HBox actions = new HBox(8, startEmpty, startDemo, CardParts.busySpinner(viewModel.busyProperty(),
                messages.text("welcome.busy")));
        actions.setAlignment(Pos.CENTER_LEFT);
        Label busyText = CardParts.label("busyText", messages.text("welcome.busy"), "muted");
        Label problem = CardParts.message("problem");
        backdrop = CardParts.backdrop(CardParts.card(620,
                CardParts.wrapped(null, messages.text("welcome.title"), "title"),
                CardParts.wrapped(null, messages.text("welcome.intro")),
                CardParts.wrapped(null, messages.text("welcome.warning"), "muted"),
                passphraseLabel, passphrase, repeatLabel, repeat, actions, busyText, problem), 150);

        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        repeat.textProperty().bindBidirectional(viewModel.repeatProperty());
        problem.textProperty().bind(viewModel.problemBinding());
        startDemo.setVisible(viewModel.demoAvailable());
        startDemo.setManaged(viewModel.demoAvailable());
        busyText.visibleProperty().bind(viewModel.busyProperty());
        busyText.managedProperty().bind(viewModel.busyProperty());
        startEmpty.disableProperty().bind(viewModel.busyProperty());
        startDemo.disableProperty().bind(viewModel.busyProperty());
        passphrase.disableProperty().bind(viewModel.busyProperty());
        repeat.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(new Runnable() {
            @Override
            public void run() {
                passphrase.requestFocus();
            }
        });
    }

    /** The card, to lay into the window. */
    public Parent root() {
        return backdrop;
    }

    private static Button startButton(String id, String text, WelcomeViewModel viewModel, boolean withDemo) {
        Button button = new Button(text);
        button.setId(id);
        // Never cut to "Start met een…": the card is wide enough for both whole.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(new EventHandler<ActionEvent>() {
            @Override
            public void handle(ActionEvent event) {
                viewModel.start(withDemo);
            }
        });
        return button;
    }
}

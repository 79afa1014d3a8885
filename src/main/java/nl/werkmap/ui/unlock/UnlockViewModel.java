package nl.werkmap.ui.unlock;

import java.util.Arrays;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * Asks for the passphrase and opens the vault with it in the background (key derivation takes a moment). Used by
 * the start-up unlock screen and by the lock overlay; a wrong passphrase keeps the screen and says so.
 */
public final class UnlockViewModel {

    private final Messages messages;
    private final Background background;
    private final PassphraseAction action;
    private final Runnable onOpened;
    private final String title;
    private final String explanation;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public UnlockViewModel(Messages messages, Background background, String title, String explanation,
                           PassphraseAction action, Runnable onOpened) {
        this.messages = messages;
        this.background = background;
        this.title = title;
        this.explanation = explanation;
        this.action = action;
        this.onOpened = onOpened;
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        if (passphrase.get().isEmpty()) {
            error.set(messages.text("unlock.empty"));
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        busy.set(true);
        error.set("");
        background.run(() -> {
            try {
                action.perform(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }).onSuccess(done -> {
            busy.set(false);
            passphrase.set("");
            onOpened.run();
        }).onError(e -> {
            busy.set(false);
            passphrase.set("");
            error.set(e instanceof WrongPassphraseException
                    ? messages.text("unlock.wrong")
                    : messages.format("unlock.failed", String.valueOf(e.getMessage())));
        }).start();
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

package nl.werkmap.ui.settings;

import java.util.Arrays;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.security.PassphrasePolicy;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;

/**
 * "Wachtwoord wijzigen": the current passphrase, the new one twice. Checked only when the coach asks to change it,
 * so no message jumps in while typing; the re-wrap runs on the worker, and a wrong current passphrase changes
 * nothing on disk (the vault checks it before writing).
 */
public final class PassphraseChangeViewModel {

    /** Re-wraps the caseload's key under a new passphrase; slow (key derivation), so never on the FX thread. */
    @FunctionalInterface
    public interface Changer {
        void change(char[] current, char[] next) throws WrongPassphraseException;
    }

    private final Messages messages;
    private final Background background;
    private final Changer changer;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<MessageTone> tone = new SimpleObjectProperty<>(MessageTone.INFO);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public PassphraseChangeViewModel(Messages messages, Background background, Changer changer) {
        this.messages = messages;
        this.background = background;
        this.changer = changer;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            show(MessageTone.ERROR, problem.get());
            return;
        }
        char[] old = current.get().toCharArray();
        char[] fresh = next.get().toCharArray();
        busy.set(true);
        show(MessageTone.INFO, messages.text("settings.passphrase.busy"));
        background.run(() -> {
            try {
                changer.change(old, fresh);
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(fresh, '\0');
            }
        }).onSuccess(done -> {
            busy.set(false);
            current.set("");
            next.set("");
            repeat.set("");
            show(MessageTone.SUCCESS, messages.text("settings.passphrase.changed"));
        }).onError(e -> {
            busy.set(false);
            if (e instanceof WrongPassphraseException) {
                current.set("");
                show(MessageTone.ERROR, messages.text("settings.passphrase.wrongCurrent"));
            } else {
                show(MessageTone.ERROR, messages.format("settings.passphrase.failed", String.valueOf(e.getMessage())));
            }
        }).start();
    }

    private Optional<String> problem() {
        if (current.get().isEmpty()) {
            return Optional.of(messages.text("settings.passphrase.currentMissing"));
        }
        char[] typed = next.get().toCharArray();
        try {
            Optional<String> policy = PassphrasePolicy.problem(typed);
            if (policy.isPresent()) {
                return policy;
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
        if (!next.get().equals(repeat.get())) {
            return Optional.of(messages.text("welcome.mismatch"));
        }
        if (next.get().equals(current.get())) {
            return Optional.of(messages.text("settings.passphrase.same"));
        }
        return Optional.empty();
    }

    private void show(MessageTone kind, String text) {
        tone.set(kind);
        message.set(text);
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<MessageTone> toneProperty() {
        return tone;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

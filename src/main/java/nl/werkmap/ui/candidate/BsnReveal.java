package nl.werkmap.ui.candidate;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * Showing a stored BSN only for a reason (AP guidance: only when needed; issue 16): "Toon" asks why, and the BSN
 * shows once the reason is in the access log. A BSN the coach is typing for a new candidate needs no reason, so
 * without a logger the toggle shows it at once.
 */
final class BsnReveal {

    private final Messages messages;
    private final Background background;
    private final BooleanProperty shown;
    private Consumer<String> logger;

    final BooleanProperty asked = new SimpleBooleanProperty(false);
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty logging = new SimpleBooleanProperty(false);

    BsnReveal(Messages messages, Background background, BooleanProperty shown) {
        this.messages = messages;
        this.background = background;
        this.shown = shown;
        // A reason typed after "give a reason first" answers it.
        reason.addListener((obs, was, now) -> {
            if (now != null && !now.isBlank() && !logging.get()) {
                message.set("");
            }
        });
    }

    /** From now on a reveal asks for a reason and hands it to {@code logger} (on a background thread). */
    void logWith(Consumer<String> logger) {
        this.logger = logger;
    }

    /** The usual reasons, in the coach's words; the coach may also type their own. */
    List<String> usualReasons() {
        return List.of(messages.text("avg.bsn.reason.uwv"), messages.text("avg.bsn.reason.gemeente"),
                messages.text("avg.bsn.reason.identity"), messages.text("avg.bsn.reason.correct"));
    }

    /** The coach pressed Toon (true) or Verberg (false). */
    void toggle(boolean show) {
        message.set("");
        if (!show) {
            shown.set(false);
            asked.set(false);
            return;
        }
        if (logger == null) {
            shown.set(true);
        } else {
            reason.set("");
            asked.set(true);
        }
    }

    /** Toon BSN under the question: logs the reason, then shows the BSN; without a reason nothing shows. */
    void confirm() {
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            message.set(messages.text("avg.bsn.reason.missing"));
            return;
        }
        Consumer<String> log = logger;
        logging.set(true);
        background.run(() -> log.accept(why)).onSuccess(v -> {
            logging.set(false);
            asked.set(false);
            message.set("");
            shown.set(true);
        }).onError(e -> {
            logging.set(false);
            message.set(messages.format("avg.bsn.reason.failed", Background.reason(messages, e)));
        }).start();
    }

    void cancel() {
        asked.set(false);
        message.set("");
    }
}

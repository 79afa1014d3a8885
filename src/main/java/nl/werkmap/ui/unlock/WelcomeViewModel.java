package nl.werkmap.ui.unlock;

import java.util.Arrays;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.security.PassphrasePolicy;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/**
 * First start: the coach chooses a passphrase (typed twice, checked against the policy while typing) and starts
 * with an empty caseload or, when a demo caseload is available, with example data to look around in.
 */
public final class WelcomeViewModel {

    /** Creates the vault and store; {@code withDemo} also fills it with the example caseload. */
    @FunctionalInterface
    public interface CaseloadCreator {
        void create(char[] passphrase, boolean withDemo) throws Exception;
    }

    private final Messages messages;
    private final Background background;
    private final CaseloadCreator creator;
    private final boolean demoAvailable;
    private final Runnable onCreated;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty attempted = new SimpleBooleanProperty(false);
    private final StringBinding problem;

    public WelcomeViewModel(Messages messages, Background background, CaseloadCreator creator,
                            boolean demoAvailable, Runnable onCreated) {
        this.messages = messages;
        this.background = background;
        this.creator = creator;
        this.demoAvailable = demoAvailable;
        this.onCreated = onCreated;
        this.problem = Bindings.createStringBinding(this::currentProblem, passphrase, repeat, failure, attempted);
    }

    /** The policy's message while typing; the mismatch only once the second field has been filled in or tried. */
    private String currentProblem() {
        if (!failure.get().isEmpty()) {
            return failure.get();
        }
        if (passphrase.get().isEmpty() && !attempted.get()) {
            return "";
        }
        char[] typed = passphrase.get().toCharArray();
        try {
            Optional<String> policy = PassphrasePolicy.problem(typed);
            if (policy.isPresent()) {
                return policy.get();
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
        boolean compare = attempted.get() || repeat.get().length() >= passphrase.get().length();
        if (compare && !passphrase.get().equals(repeat.get())) {
            return messages.text("welcome.mismatch");
        }
        return "";
    }

    public void start(boolean withDemo) {
        attempted.set(true);
        failure.set("");
        if (busy.get() || !problem.get().isEmpty()) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        busy.set(true);
        background.run(() -> {
            try {
                creator.create(typed, withDemo);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }).onSuccess(done -> {
            busy.set(false);
            passphrase.set("");
            repeat.set("");
            onCreated.run();
        }).onError(e -> {
            busy.set(false);
            failure.set(messages.format("welcome.failed", String.valueOf(e.getMessage())));
        }).start();
    }

    public boolean demoAvailable() {
        return demoAvailable;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}

package nl.werkmap.ui.main;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work on the FX thread that nobody waits for (a screen made ahead): it runs once the background lanes are idle and
 * the window has painted, so it never delays what the coach is waiting for.
 */
final class IdleWork {

    private IdleWork() {
    }

    /** Runs {@code work} now when {@code busy} is false, else the first time it becomes false. */
    static void whenIdle(ObservableBooleanValue busy, Runnable work) {
        if (!busy.get()) {
            work.run();
            return;
        }
        busy.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    work.run();
                }
            }
        });
    }

    /** Runs {@code work} just after the next pulse of {@code node}'s window (at once when it has no window yet). */
    static void afterNextPulse(Node node, Runnable work) {
        Scene scene = node.getScene();
        if (scene == null) {
            Platform.runLater(work);
            return;
        }
        boolean[] fired = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!fired[0]) {
                fired[0] = true;
                // Not removed during the pulse's own walk over its listeners: just after it.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    work.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}

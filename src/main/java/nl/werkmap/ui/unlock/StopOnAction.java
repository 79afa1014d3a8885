package nl.werkmap.ui.unlock;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;

/**
 * Runs something once, at the first action anywhere in a scene ("Ontgrendelen" clicked, Enter in the passphrase
 * field, a new caseload made), then stops listening. The action's own handlers run after it, so whatever it stops
 * is stopped before the unlock begins.
 */
final class StopOnAction implements EventHandler<ActionEvent> {

    private final Scene scene;
    private final Runnable stop;
    private boolean acted;

    private StopOnAction(Scene scene, Runnable stop) {
        this.scene = scene;
        this.stop = stop;
    }

    /** Listens on {@code scene} (FX thread) until its first action. */
    static StopOnAction install(Scene scene, Runnable stop) {
        StopOnAction watch = new StopOnAction(scene, stop);
        scene.addEventFilter(ActionEvent.ACTION, watch);
        return watch;
    }

    /** Whether an action came already (FX thread). */
    boolean acted() {
        return acted;
    }

    @Override
    public void handle(ActionEvent event) {
        if (!acted) {
            acted = true;
            scene.removeEventFilter(ActionEvent.ACTION, this);
            stop.run();
        }
    }
}

package nl.werkmap.ui.main;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.help.HelpWindow;

/**
 * The app-wide keys. "Shortcut" is Ctrl on Windows and Linux, Cmd on macOS. None works while the app is locked.
 */
final class Shortcuts {

    static final String CASELOAD = "Shortcut+1";
    static final String AGENDA = "Shortcut+2";
    static final String EMPLOYERS = "Shortcut+3";
    static final String REPORT = "Shortcut+4";
    static final String BAANKANSEN = "Shortcut+5";
    static final String SEARCH = "Shortcut+F";
    static final String NEW_CANDIDATE = "Shortcut+N";
    static final String LOG_SESSION = "Shortcut+L";
    static final String LOCK = "Shortcut+Shift+L";
    static final String HELP = "F1";

    private Shortcuts() {
    }

    static void install(Scene scene, MainWindow window, Workspace workspace) {
        put(scene, window, CASELOAD, window::showCaseload);
        put(scene, window, AGENDA, window::showAgenda);
        put(scene, window, EMPLOYERS, window::showEmployers);
        put(scene, window, REPORT, window::showReport);
        put(scene, window, BAANKANSEN, window::showBaankansen);
        put(scene, window, SEARCH, workspace::focusSearch);
        put(scene, window, NEW_CANDIDATE, window::newCandidate);
        put(scene, window, LOG_SESSION, () -> window.logSession(null));
        put(scene, window, LOCK, window::lockNow);
    }

    /** F1 from the first screen on, also while locked: the guide holds no caseload data. */
    static void installHelp(Scene scene, Messages messages) {
        scene.getAccelerators().put(KeyCombination.keyCombination(HELP),
                () -> HelpWindow.show(scene.getWindow(), messages));
    }

    private static void put(Scene scene, MainWindow window, String keys, Runnable action) {
        scene.getAccelerators().put(KeyCombination.keyCombination(keys), () -> {
            if (!window.locked()) {
                action.run();
            }
        });
    }
}

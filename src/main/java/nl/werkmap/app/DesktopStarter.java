package nl.werkmap.app;

/** Starts the JavaFX desktop app. Kept apart so headless commands never touch JavaFX classes. */
final class DesktopStarter {

    private DesktopStarter() {
    }

    static int start(String[] args) {
        System.err.println("De desktop-app is nog niet gebouwd in deze versie.");
        return 1;
    }
}

package nl.werkmap.app.settings;

/** The plain shape of {@code settings.json}; boxed so a missing field is told apart from zero. */
final class SettingsJson {
    String language;
    Integer idleLockMinutes;
    Integer uitBeeldWeeks;
    Window window;

    /** The main window's last size and position. */
    static final class Window {
        Double x;
        Double y;
        Double width;
        Double height;
        Boolean maximized;
    }
}

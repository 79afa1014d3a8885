package nl.werkmap.app.config;

/** Where an effective setting came from, strongest first. The settings screen shows it next to the value. */
public enum SettingSource {
    /** IT set and locked it in the machine file; the user cannot change it. */
    MACHINE_LOCKED,
    /** The user's own setting. */
    USER,
    /** IT's value in the machine file, which the user has not overridden. */
    MACHINE_DEFAULT,
    /** Werkmap's own default. */
    BUILT_IN,
    /** Nothing set anywhere and no built-in default (e.g. no hub address: the app works offline only). */
    NOT_SET
}

package nl.werkmap.ui.common;

/** Plain settings for UI tests (the app keeps them in settings.json; the screens only see the properties). */
public final class TestPreferences extends PlainPreferences {

    public TestPreferences() {
        super("nl", 10, 6);
    }
}

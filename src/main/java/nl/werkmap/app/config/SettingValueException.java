package nl.werkmap.app.config;

/** A setting value that fails its check; the message completes the sentence "instelling X ..." in Dutch. */
public final class SettingValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingValueException(String reason) {
        super(reason);
    }
}

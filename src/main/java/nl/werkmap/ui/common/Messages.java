package nl.werkmap.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-visible texts of the app. Dutch is the default bundle ({@code messages.properties}); English is second.
 * The bundle is looked up without falling back to the JVM's locale, so a Dutch user on an English Windows still
 * gets Dutch.
 */
public final class Messages {

    public static final String BASE_NAME = "nl.werkmap.ui.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ResourceBundle bundle;
    private final Locale locale;
    /**
     * One parsed pattern per key: parsing a pattern costs more than formatting it, and some texts (the caseload's
     * count line) are formatted on every keystroke. A MessageFormat is not thread-safe, so each is used under its
     * own lock; texts are formatted from the FX thread and the workers alike.
     */
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public static Messages dutch() {
        return forLocale(DUTCH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Tekst ontbreekt in de bundel: " + key, e);
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(text(k), locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String enumText(Enum<?> value) {
        return value == null ? "" : text(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}

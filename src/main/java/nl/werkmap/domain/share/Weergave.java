package nl.werkmap.domain.share;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How the employer's view words the profile's codes: a label per enum constant and per allow-listed field. The app
 * passes its message bundle, so the PDF says "Korte instructies" where the screen does.
 */
@FunctionalInterface
public interface Weergave {

    /** The text for a key such as {@code enum.Werkgevolg.KORTE_INSTRUCTIES}. */
    String text(String key);

    default String label(Enum<?> value) {
        return text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Words from a bundle; a missing key shows as the key itself rather than breaking the document. */
    static Weergave of(ResourceBundle bundle) {
        return key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        };
    }
}

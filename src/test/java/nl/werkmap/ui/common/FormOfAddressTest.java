package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Dutch UI speaks to the coach with "je" and "jouw", never with the formal "u" or "uw". */
class FormOfAddressTest {

    private static final Pattern FORMAL = Pattern.compile("(?<![\\p{L}\\\\])(u|uw|uzelf)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void theDutchBundleNeverSaysU() {
        ResourceBundle bundle = Messages.dutch().bundle();
        List<String> formal = bundle.keySet().stream().sorted()
                .filter(key -> FORMAL.matcher(bundle.getString(key)).find())
                .map(key -> key + "=" + bundle.getString(key))
                .toList();
        assertEquals(List.of(), formal);
    }

    @Test
    void thePatternFindsTheFormalForms() {
        assertEquals(true, FORMAL.matcher("Kies waarvan u een overzicht wilt.").find());
        assertEquals(true, FORMAL.matcher("Uw wijzigingen blijven bewaard").find());
        assertEquals(false, FORMAL.matcher("Je vindt het uur in de map; uitgevoerd.").find());
    }
}

package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A refusal quotes parts of the payload (a parser's path, a stamp); its message stays short however long they are.
 * Found by {@code DoorFuzzProperties}: a mutation made a 4,000-character value into a field name, and Gson's message
 * quoted it whole in its path.
 */
class RefusalMessageBoundTest {

    @Test
    void aBrokenBundleWithAVeryLongFieldNameIsRefusedWithAShortMessage() {
        String longName = "veld".repeat(1_000);
        String json = "{\"format\":\"werkmap-bundle\",\"changes\":[{\"" + longName + "\":\"x\" \"y\"}]}";

        MalformedBundleException refused = assertThrows(MalformedBundleException.class,
                () -> BundleJson.read(json.getBytes(StandardCharsets.UTF_8)));

        assertTrue(refused.getMessage().length() <= BundleRefusedException.MAX_MESSAGE, refused.getMessage());
        assertTrue(refused.getMessage().startsWith("De bundel is geen geldige JSON"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("(ingekort)"), refused.getMessage());
    }

    @Test
    void aLongStampIsQuotedOnlyInPart() {
        String broken = "000000000000001+00001-" + "x".repeat(5_000);

        MalformedBundleException refused = assertThrows(MalformedBundleException.class, () -> Hlc.parse(broken));

        assertTrue(refused.getMessage().length() <= BundleRefusedException.MAX_MESSAGE, refused.getMessage());
    }

    @Test
    void shortMessagesAreKeptWholeAndASurrogatePairIsNeverSplit() {
        assertEquals("Lege bundel ontvangen.", new MalformedBundleException("Lege bundel ontvangen.").getMessage());

        String emoji = "\uD83D\uDE00";
        for (int shift = 0; shift < 2; shift++) {
            String message = "x".repeat(shift) + emoji.repeat(400);
            String kept = new MalformedBundleException(message).getMessage();
            int cut = kept.indexOf(" … (ingekort)");
            assertTrue(cut > 0 && !Character.isHighSurrogate(kept.charAt(cut - 1)), "shift " + shift);
        }
    }
}

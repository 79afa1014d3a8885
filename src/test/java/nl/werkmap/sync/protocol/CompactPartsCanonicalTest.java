package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Splitting a compact serialisation now notes whether every byte is a base64url character, so the canonical check
 * need not walk the parts again: for texts of every kind (clean, with padding, with stray bits, with characters
 * outside the alphabet, with too many or too few dots) the outcome is the one the full check per part gave, and
 * decoding gives the same bytes.
 */
class CompactPartsCanonicalTest {

    private static final String CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void theCheckAfterSplittingGivesTheOutcomeOfTheFullCheckOfEachPart() {
        Random random = new Random(13);
        int clean = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] text = text(random);
            for (int count : new int[] {3, 5}) {
                String expected = reference(text, count);
                assertEquals(expected, actual(text, count), new String(text, StandardCharsets.ISO_8859_1));
                if (expected.startsWith("canonical")) {
                    clean++;
                }
            }
        }
        assertTrue(clean > 500, "enough texts pass to compare their decoding: " + clean);
    }

    private static byte[] text(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 2 + random.nextInt(5);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                b.append('.');
            }
            int length = random.nextBoolean() ? 4 * random.nextInt(4) : random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            if (random.nextInt(8) == 0) {
                String odd = "=+/ ?\u00e9\n*";
                b.insert(random.nextInt(b.length() + 1), odd.charAt(random.nextInt(odd.length())));
            }
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The check as it was: every part through the full canonical check, then decoded. */
    private static String reference(byte[] text, int count) {
        CompactParts parts = CompactParts.split(text, count);
        if (parts == null) {
            return "not split";
        }
        try {
            StringBuilder decoded = new StringBuilder("canonical");
            for (int p = 0; p < count; p++) {
                Base64Url.requireCanonical(text, parts.start(p), parts.end(p));
            }
            for (int p = 0; p < count; p++) {
                decoded.append(' ').append(Arrays.toString(Base64Url.decode(text, parts.start(p), parts.end(p))));
            }
            return decoded.toString();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static String actual(byte[] text, int count) {
        CompactParts parts = CompactParts.split(text, count);
        if (parts == null) {
            return "not split";
        }
        try {
            parts.requireCanonical();
            StringBuilder decoded = new StringBuilder("canonical");
            for (int p = 0; p < count; p++) {
                decoded.append(' ').append(Arrays.toString(parts.decoded(p)));
            }
            return decoded.toString();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}

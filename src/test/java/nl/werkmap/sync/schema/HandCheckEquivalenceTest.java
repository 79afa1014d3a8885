package nl.werkmap.sync.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The door check's hand-written UUID and whole-number checks answer as the regular expressions they replaced (kept
 * here as the oracle), on real ids, ids with one character changed, inserted or dropped, and random text of the
 * characters that matter.
 */
class HandCheckEquivalenceTest {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,10}");
    private static final String CHARS = "0123456789abcdefABCDEFgz-+ .\u0660\uFF10";

    @Test
    void uuidCheckAnswersAsTheRegex() {
        Random random = new Random(13);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> mutate(random, UUID.randomUUID().toString());
                case 2 -> mutate(random, mutate(random, UUID.randomUUID().toString()));
                default -> randomText(random, 30 + random.nextInt(10));
            };
            boolean expected = UUID_TEXT.matcher(text).matches();
            valid += expected ? 1 : 0;
            assertEquals(expected, ContentCheck.isUuid(text), text);
        }
        assertTrue(valid > 50_000 && valid < 150_000, valid + " valid");
    }

    @Test
    void wholeNumberCheckAnswersAsTheRegex() {
        Random random = new Random(46);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = i % 2 == 0 ? Long.toString(random.nextLong() >> random.nextInt(64))
                    : randomText(random, random.nextInt(13));
            if (i % 5 == 0) {
                text = mutate(random, text.isEmpty() ? "0" : text);
            }
            boolean expected = WHOLE.matcher(text).matches();
            valid += expected ? 1 : 0;
            assertEquals(expected, ContentCheck.isWhole(text), text);
        }
        assertTrue(valid > 20_000, valid + " valid");
    }

    /** One character replaced, inserted or dropped. */
    private static String mutate(Random random, String text) {
        int at = random.nextInt(text.length());
        char c = CHARS.charAt(random.nextInt(CHARS.length()));
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + c + text.substring(at + 1);
            case 1 -> text.substring(0, at) + c + text.substring(at);
            default -> text.substring(0, at) + text.substring(at + 1);
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(i == 8 || i == 13 || i == 18 || i == 23 ? '-' : CHARS.charAt(random.nextInt(16)));
        }
        return s.toString();
    }
}

package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A stamp's text and its clock value: {@link Hlc#parse} takes only fifteen and five ASCII digits, the texts whose
 * order is the clock's order ({@link LastWriterWins} compares stamps as text), and {@link Hlc#toString} writes those
 * whatever the default locale.
 */
class HlcParseTest {

    /** Characters a broken or hostile stamp may hold where the digits belong: signs, letters, other scripts' digits. */
    private static final String ODD = "0123456789+-x /\u0660\u0669\u06F0\uFF10\uFF19\u0966\u00B2\u0000";

    @Test
    void readsTheClockValueOfAStamp() {
        assertEquals(new Hlc(1_733_500_000_123L, 42), Hlc.parse("001733500000123-00042"));
        assertEquals(new Hlc(7, 0), Hlc.parse("000000000000007-00000-laptop-1"));
        assertEquals(Hlc.LAST, Hlc.parse("999999999999999-99999"));
    }

    @Test
    void refusesWhatIsNoStamp() {
        for (String broken : new String[] {"", "000000000000007-0000", "000000000000007+00001",
                "000000000000007-00001-", "000000000000007-00001x", "00000000000000x-00001",
                "-00000000000007-00001", "000000000000007--0001", "+00000000000007-00001",
                "000000000000007-+0001"}) {
            MalformedBundleException e = assertThrows(MalformedBundleException.class, () -> Hlc.parse(broken));
            assertEquals("Ongeldige klokstempel '" + broken + "'.", e.getMessage());
        }
        assertThrows(MalformedBundleException.class, () -> Hlc.parse(null));
    }

    @Test
    void refusesTheDigitsOfAnotherScriptWhoseTextSortsAfterEveryStamp() {
        String ascii = "000000000000007-00000";
        for (char zero : new char[] {'\u0660', '\u06F0', '\uFF10', '\u0966'}) {
            // The same clock value in Arabic-Indic, Persian, fullwidth and Devanagari digits: Long.parseLong read 7.
            StringBuilder other = new StringBuilder();
            for (char c : ascii.toCharArray()) {
                other.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
            }
            String stamp = other + "-device";
            assertTrue(stamp.compareTo("999999999999999-99999-device") > 0, "its text sorts after every stamp");
            assertThrows(MalformedBundleException.class, () -> Hlc.parse(stamp), stamp);
        }
    }

    @Test
    void everyTextItTakesSortsAsItsClockValue() {
        Random random = new Random(20261207);
        List<String> taken = new ArrayList<>();
        int refused = 0;
        for (int round = 0; round < 20_000; round++) {
            char[] stamp = String.format(Locale.ROOT, "%015d-%05d", Math.floorMod(random.nextLong(),
                    1_000_000_000_000_000L) >> random.nextInt(50), random.nextInt(100_000)).toCharArray();
            // Up to three places get another character: a digit, a sign, a letter, a space, another script's digit.
            for (int k = random.nextInt(4); k > 0; k--) {
                stamp[random.nextInt(stamp.length)] = ODD.charAt(random.nextInt(ODD.length()));
            }
            String text = new String(stamp);
            String before = bySubstrings(text);
            try {
                Hlc parsed = Hlc.parse(text);
                assertEquals(before, parsed.toString(), "a stamp of ASCII digits reads as it did: " + text);
                assertEquals(text, parsed.toString(), "and is the text its clock value writes");
                taken.add(text);
            } catch (MalformedBundleException e) {
                refused++;
                assertTrue(before.startsWith("refused") || !asciiDigits(text),
                        "refused only what was refused before or is not written in ASCII digits: " + text);
            }
        }
        assertTrue(taken.size() > 5_000 && refused > 5_000, taken.size() + " taken, " + refused + " refused");
        for (int i = 1; i < taken.size(); i++) {
            String a = taken.get(i - 1);
            String b = taken.get(i);
            assertEquals(Integer.signum(Hlc.parse(a).compareTo(Hlc.parse(b))), Integer.signum(a.compareTo(b)),
                    a + " / " + b);
        }
    }

    @Test
    void writesAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (String tag : new String[] {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "nl-NL"}) {
                Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(tag));
                assertEquals("001733500000123-00042", new Hlc(1_733_500_000_123L, 42).toString(), tag);
                HlcClock clock = new HlcClock(Clock.fixed(Instant.ofEpochMilli(1_733_500_000_123L), ZoneOffset.UTC));
                String stamp = clock.now().stamp("hub");
                assertEquals("001733500000123-00000-hub", stamp, tag);
                assertEquals(clock.last(), Hlc.parse(stamp), tag);
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private static boolean asciiDigits(String text) {
        for (int i = 0; i < 21; i++) {
            char c = text.charAt(i);
            if (i != 15 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The form before: the two numbers read with Long.parseLong from substrings, with the same checks. */
    private static String bySubstrings(String text) {
        if (text.length() < 21 || text.charAt(15) != '-'
                || (text.length() > 21 && (text.charAt(21) != '-' || text.length() == 22))) {
            return "refused";
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, 15)), Integer.parseInt(text.substring(16, 21)))
                    .toString();
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }
}

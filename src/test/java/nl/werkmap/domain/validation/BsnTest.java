package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BsnTest {

    @Test
    void knownNumbersFollowTheElfproef() {
        assertTrue(Bsn.isValid("123456782"));
        assertTrue(Bsn.isValid("111222333"));
        assertFalse(Bsn.isValid("123456789"));
        assertFalse(Bsn.isValid("000000000"));
        assertFalse(Bsn.isValid("12345678"));
        assertFalse(Bsn.isValid("12345678a"));
        assertFalse(Bsn.isValid(null));
    }

    @Test
    void normalisingAcceptsHowPeopleWriteIt() {
        assertEquals("123456782", Bsn.normalise(" 1234.56.782 "));
        assertTrue(Bsn.isValid("123 456 782"));
        assertTrue(Bsn.hasValidFormat("1234-56-789"));
    }

    @Test
    void maskShowsOnlyTheLastFourDigits() {
        assertEquals("•••••6782", Bsn.mask("1234.56.782"));
        assertEquals("", Bsn.mask(null));
    }

    @Property
    void everyNumberWithAMatchingCheckDigitPasses(@ForAll("validBsns") String bsn) {
        assertTrue(Bsn.isValid(bsn));
        assertTrue(Bsn.hasValidFormat(bsn));
    }

    @Property
    void changingOneDigitAlwaysFails(@ForAll("validBsns") String bsn,
                                     @ForAll @IntRange(min = 0, max = 8) int position,
                                     @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = bsn.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertFalse(Bsn.isValid(new String(digits)));
    }

    @Property
    void masksAlwaysHideAllButFour(@ForAll("validBsns") String bsn) {
        String masked = Bsn.mask(bsn);
        assertEquals(9, masked.length());
        assertTrue(masked.endsWith(bsn.substring(5)));
        assertFalse(masked.contains(bsn.substring(0, 5)));
    }

    @Provide
    Arbitrary<String> validBsns() {
        return Arbitraries.strings().numeric().ofLength(8)
                .map(BsnTest::withCheckDigit)
                .filter(s -> s != null && !s.equals("000000000"));
    }

    /** Appends the digit that satisfies the 11-proef, or null if no digit does (remainder 10). */
    private static String withCheckDigit(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (first8.charAt(i) - '0');
        }
        int check = sum % 11;
        return check == 10 ? null : first8 + check;
    }
}

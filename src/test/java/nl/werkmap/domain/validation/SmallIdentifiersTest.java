package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** KvK numbers, phone numbers and e-mail addresses. */
class SmallIdentifiersTest {

    @Property
    void everyEightDigitStringIsAKvkNumber(@ForAll @NumericChars @StringLength(8) String kvk) {
        assertTrue(KvkNumber.isValid(kvk));
    }

    @Property
    void otherLengthsAreNot(@ForAll @NumericChars @StringLength(min = 1, max = 12) String kvk) {
        if (kvk.length() != 8) {
            assertFalse(KvkNumber.isValid(kvk));
        }
    }

    @Test
    void kvkAllowsSpacesAndDotsButNoLetters() {
        assertTrue(KvkNumber.isValid("1234 5678"));
        assertTrue(KvkNumber.isValid("12.34.56.78"));
        assertFalse(KvkNumber.isValid("1234567a"));
        assertFalse(KvkNumber.isValid(null));
    }

    @Test
    void dutchAndInternationalPhoneNumbers() {
        assertTrue(PhoneNumber.isPlausible("06 12345678"));
        assertTrue(PhoneNumber.isPlausible("06-12345678"));
        assertTrue(PhoneNumber.isPlausible("010 - 123 45 67"));
        assertTrue(PhoneNumber.isPlausible("(055) 1234567"));
        assertTrue(PhoneNumber.isPlausible("+31 6 12345678"));
        assertTrue(PhoneNumber.isPlausible("0031612345678"));
        assertTrue(PhoneNumber.isPlausible("+32 470 12 34 56"));
        assertFalse(PhoneNumber.isPlausible("0612345"));
        assertFalse(PhoneNumber.isPlausible("061234567890"));
        assertFalse(PhoneNumber.isPlausible("+31 06 12345678"));
        assertFalse(PhoneNumber.isPlausible("bel maar"));
        assertFalse(PhoneNumber.isPlausible(""));
    }

    @Property
    void everyMobileNumberIsPlausible(@ForAll @IntRange(min = 10_000_000, max = 99_999_999) int rest) {
        assertTrue(PhoneNumber.isPlausible("06 " + rest));
        assertTrue(PhoneNumber.isPlausible("+316" + rest));
    }

    @Test
    void emailAddresses() {
        assertTrue(EmailAddress.isPlausible("sanne.devries@example.nl"));
        assertTrue(EmailAddress.isPlausible(" j+werk@mail.gemeente-zwolle.nl "));
        assertFalse(EmailAddress.isPlausible("sanne@example"));
        assertFalse(EmailAddress.isPlausible("sanne example.nl"));
        assertFalse(EmailAddress.isPlausible("sanne@@example.nl"));
        assertFalse(EmailAddress.isPlausible("sanne@exa mple.nl"));
        assertFalse(EmailAddress.isPlausible("@example.nl"));
        assertFalse(EmailAddress.isPlausible(null));
    }
}

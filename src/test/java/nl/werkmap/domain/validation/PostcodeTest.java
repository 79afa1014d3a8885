package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void acceptsDutchPostcodesInCommonSpellings() {
        assertTrue(Postcode.isValid("1234 AB"));
        assertTrue(Postcode.isValid("1234ab"));
        assertTrue(Postcode.isValid(" 9999  zz "));
        assertEquals("1234 AB", Postcode.normalise("1234ab"));
        assertEquals("1234 AB", Postcode.normalise(" 12 34 a b "));
    }

    @Test
    void rejectsWhatPostNlDoesNotIssue() {
        assertFalse(Postcode.isValid("0123 AB"));
        assertFalse(Postcode.isValid("1234 SA"));
        assertFalse(Postcode.isValid("1234 SD"));
        assertFalse(Postcode.isValid("1234 SS"));
        assertFalse(Postcode.isValid("123 AB"));
        assertFalse(Postcode.isValid("1234 A1"));
        assertFalse(Postcode.isValid("B-1000"));
        assertFalse(Postcode.isValid(null));
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll String raw) {
        String once = Postcode.normalise(raw);
        assertEquals(once, Postcode.normalise(once));
    }

    @Property
    void validPostcodesNormaliseToTheCanonicalForm(@ForAll("postcodes") String canonical,
                                                   @ForAll("spacing") String space,
                                                   @ForAll boolean lowerCase) {
        String typed = canonical.substring(0, 4) + space + canonical.substring(5);
        if (lowerCase) {
            typed = typed.toLowerCase();
        }
        assertTrue(Postcode.isValid(typed));
        assertEquals(canonical, Postcode.normalise(typed));
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<Integer> digits = Arbitraries.integers().between(1000, 9999);
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2)
                .filter(l -> !l.equals("SA") && !l.equals("SD") && !l.equals("SS"));
        return Combinators.combine(digits, letters).as((d, l) -> d + " " + l);
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of("", " ", "  ", "\t");
    }
}

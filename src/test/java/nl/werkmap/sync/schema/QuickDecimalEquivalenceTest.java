package nl.werkmap.sync.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The decimal check's hand-made answer ({@link ContentCheck#quickDecimal}) never says yes where the regular
 * expression and the parser ({@link ContentCheck#parsedDecimal}) say no, and says yes to every plain decimal they
 * take: signs, points, digit counts at and past their ends (20 before and after the point), exponents, letters,
 * spaces and other digits than ASCII ones.
 */
class QuickDecimalEquivalenceTest {

    private static final String ALPHABET = "0123456789.-+eE x٣";

    @Test
    void theQuickAnswerAgreesWithTheRegularExpressionOnRandomAndEdgeValues() {
        Random random = new Random(20261206);
        int quickYes = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                // Digits most of the time, so many values are decimals.
                value.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            quickYes += check(value.toString()) ? 1 : 0;
        }
        for (String value : edges()) {
            check(value);
        }
        assertTrue(quickYes > 20_000, "the random values held plenty of plain decimals: " + quickYes);
    }

    @Test
    void plainDecimalsAreAnsweredQuicklyAndOtherFormsLeftToTheRegularExpression() {
        for (String value : List.of("0", "-0", "1.5", "-12.25", "007", "1.0", "9".repeat(20),
                "1." + "0".repeat(20))) {
            assertTrue(ContentCheck.quickDecimal(value), value);
        }
        for (String value : List.of("1e5", "1.5E-3", "", "-", ".5", "5.", "+1", "1.2.3", " 1", "1 ", "٣",
                "9".repeat(21), "1." + "0".repeat(21), "--1")) {
            assertFalse(ContentCheck.quickDecimal(value), value);
        }
        assertTrue(ContentCheck.parsedDecimal("1e5"));
    }

    /** Asserts that a quick yes is also the slow check's yes and that every plain decimal it takes gets one. */
    private static boolean check(String value) {
        boolean quick = ContentCheck.quickDecimal(value);
        boolean parsed = ContentCheck.parsedDecimal(value);
        boolean plain = value.matches("-?[0-9]{1,20}(\\.[0-9]{1,20})?");
        if (quick) {
            assertTrue(parsed, value);
        }
        assertEquals(plain && parsed, quick, value);
        return quick;
    }

    private static List<String> edges() {
        return List.of("9".repeat(20), "9".repeat(21), "-" + "9".repeat(20), "1." + "9".repeat(20),
                "1." + "9".repeat(21), "9".repeat(20) + "." + "9".repeat(20), "1e999", "-1e-999", "1E+308",
                "0.0", "-0.0", "00000000000000000000.00000000000000000000");
    }
}

package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A stamp is read in place (without substrings): the same physical time and counter as parsing the two substrings,
 * and the same stamps refused, for well-formed stamps and odd ones (signs, letters, spaces in the number fields).
 */
class HlcStampParseTest {

    private static final String DEVICE = "0b8d1b8e-0000-4000-8000-000000000001";

    private static final List<String> STAMPS = List.of(
            "001700000000000-00000-" + DEVICE,
            "001700000000000-99998-" + DEVICE,
            "999999999999999-12345-x",
            "000000000000000-00000-",
            "+01700000000000-00001-" + DEVICE,
            "-01700000000000-00001-" + DEVICE,
            "001700000000000-+0001-" + DEVICE,
            "001700000000000--0001-" + DEVICE,
            "00170000000000a-00001-" + DEVICE,
            "001700000000000-0000b-" + DEVICE,
            "0017000 0000000-00001-" + DEVICE,
            "+--------------+-----+-",
            "+++++++++++++++-+++++-",
            "٠٠١٧٠٠٠٠٠٠٠٠٠٠٠-٠٠٠٠١-" + DEVICE);

    @Test
    void physicalTimeAsFromTheSubstring() {
        for (String stamp : STAMPS) {
            assertEquals(expectedPhysical(stamp), actualPhysical(stamp), stamp);
        }
    }

    @Test
    void counterAsFromTheSubstring() {
        for (String stamp : STAMPS) {
            assertEquals(expectedCounter(stamp), actualCounter(stamp), stamp);
        }
    }

    private static String expectedPhysical(String stamp) {
        try {
            Integer.parseInt(stamp.substring(16, 21)); // a stamp is read whole: a bad counter refuses it
            return Long.toString(Long.parseLong(stamp.substring(0, 15)));
        } catch (NumberFormatException e) {
            return "refused";
        }
    }

    private static String actualPhysical(String stamp) {
        try {
            return Long.toString(HybridLogicalClock.physicalOf(stamp));
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    /** The counter as the seed gives it: with the wall clock behind the seed, the next stamp has counter + 1. */
    private static String expectedCounter(String stamp) {
        try {
            long physical = Long.parseLong(stamp.substring(0, 15));
            int counter = Integer.parseInt(stamp.substring(16, 21));
            return HybridLogicalClock.format(counter == 99_999 ? physical + 1 : physical,
                    counter == 99_999 ? 0 : counter + 1, DEVICE);
        } catch (NumberFormatException e) {
            return "refused";
        }
    }

    private static String actualCounter(String stamp) {
        try {
            return new HybridLogicalClock(DEVICE, () -> Long.MIN_VALUE, stamp).now();
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }
}

package nl.werkmap.domain.match;

import java.util.List;

/**
 * Sector and occupation codes as numbers, so a verdict compares numbers in the candidate's own record instead of
 * reading strings spread over the heap. Only the usual forms are turned into numbers (an SBI section is one capital
 * letter, an ISCO-08 unit group four digits); anything else gives "not a number" and the rule compares the texts.
 */
final class Codes {

    private Codes() {
    }

    /** One capital letter as a bit; -1 for anything else. */
    static long sectorBit(String section) {
        if (section.length() != 1 || section.charAt(0) < 'A' || section.charAt(0) > 'Z') {
            return -1;
        }
        return 1L << (section.charAt(0) - 'A');
    }

    /** The bits of all these sections; -1 when one is not one capital letter. */
    static long sectorMask(List<String> sections) {
        long mask = 0;
        for (String s : sections) {
            long bit = s == null ? -1 : sectorBit(s);
            if (bit < 0) {
                return -1;
            }
            mask |= bit;
        }
        return mask;
    }

    /** A four-digit code as its number; -1 for anything else (null, shorter, longer, letters). */
    static int isco(String code) {
        if (code == null || code.length() != 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < 4; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** All as numbers, or null when one is not four digits. */
    static int[] iscoNumbers(String[] codes) {
        int[] numbers = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            numbers[i] = isco(codes[i]);
            if (numbers[i] < 0) {
                return null;
            }
        }
        return numbers;
    }
}

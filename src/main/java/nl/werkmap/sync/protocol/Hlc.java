package nl.werkmap.sync.protocol;

import java.util.Locale;

/**
 * The clock part of a hybrid logical clock stamp: wall-clock milliseconds plus a logical counter. Stamps travel as
 * text {@code %015d-%05d-<writer>} (the store's format; the writer suffix is optional) in ASCII digits, which sorts
 * as the clock does and then by writer, so stamps compare as plain strings ({@link LastWriterWins}).
 */
public record Hlc(long physical, int logical) implements Comparable<Hlc> {

    public static final Hlc ZERO = new Hlc(0, 0);
    /** The end of the range: a clock started here stamps nothing ({@link HlcClock#now}). */
    public static final Hlc LAST = new Hlc(999_999_999_999_999L, 99_999);

    public Hlc {
        if (physical < 0 || physical > 999_999_999_999_999L || logical < 0 || logical > 99_999) {
            throw new IllegalArgumentException("HLC buiten bereik: " + physical + "/" + logical);
        }
    }

    /**
     * The clock value of a stamp's text; a {@link MalformedBundleException} unless its numbers are fifteen and five
     * ASCII digits. Text order is clock order only for those: {@code Long.parseLong} also takes a sign, or the digits
     * of another script (Arabic-Indic, fullwidth), whose text sorts after every stamp, so such a stamp of a small
     * clock value passed the clock check at the door and still won every later write to its field. Read where the
     * digits stand, without substrings: a first team sync parses some 400,000 stamps.
     */
    public static Hlc parse(String text) {
        if (text == null || text.length() < 21 || text.charAt(15) != '-'
                || (text.length() > 21 && (text.charAt(21) != '-' || text.length() == 22))) {
            throw refused(text);
        }
        long physical = digits(text, 0, 15);
        long logical = digits(text, 16, 21);
        if (physical < 0 || logical < 0) {
            throw refused(text);
        }
        return new Hlc(physical, (int) logical);
    }

    /** The number the ASCII digits from {@code from} to {@code to} write; -1 when another character is among them. */
    private static long digits(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static MalformedBundleException refused(String text) {
        return new MalformedBundleException("Ongeldige klokstempel '" + text + "'.");
    }

    /**
     * {@code %015d-%05d} in ASCII digits whatever the default locale: formatted for the machine's own locale, a hub
     * set to Arabic or Persian wrote its stamps in that script's digits, which sort after every stamp.
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%015d-%05d", physical, logical);
    }

    /** This clock value stamped by {@code writer}, in the text form that travels. */
    public String stamp(String writer) {
        return this + "-" + writer;
    }

    @Override
    public int compareTo(Hlc other) {
        int byPhysical = Long.compare(physical, other.physical);
        return byPhysical != 0 ? byPhysical : Integer.compare(logical, other.logical);
    }
}

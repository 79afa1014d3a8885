package nl.werkmap.sync.protocol;

/**
 * The clock part of a hybrid logical clock stamp: wall-clock milliseconds plus a logical counter. Stamps travel as
 * text {@code %015d-%05d-<writer>} (the store's format; the writer suffix is optional), which sorts as the clock
 * does and then by writer, so stamps compare as plain strings.
 */
public record Hlc(long physical, int logical) implements Comparable<Hlc> {

    public static final Hlc ZERO = new Hlc(0, 0);

    public Hlc {
        if (physical < 0 || physical > 999_999_999_999_999L || logical < 0 || logical > 99_999) {
            throw new IllegalArgumentException("HLC buiten bereik: " + physical + "/" + logical);
        }
    }

    public static Hlc parse(String text) {
        if (text == null || text.length() < 21 || text.charAt(15) != '-'
                || (text.length() > 21 && (text.charAt(21) != '-' || text.length() == 22))) {
            throw new MalformedBundleException("Ongeldige klokstempel '" + text + "'.");
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, 15)), Integer.parseInt(text.substring(16, 21)));
        } catch (IllegalArgumentException e) {
            throw new MalformedBundleException("Ongeldige klokstempel '" + text + "'.");
        }
    }

    @Override
    public String toString() {
        return String.format("%015d-%05d", physical, logical);
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

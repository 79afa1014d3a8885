package nl.werkmap.sync.protocol;

/**
 * A hybrid logical clock stamp: wall-clock milliseconds plus a logical counter. Its text form
 * {@code 015-digit-ms-5-digit-counter} sorts as the clock does, so stores may compare stamps as strings.
 */
public record Hlc(long physical, int logical) implements Comparable<Hlc> {

    public static final Hlc ZERO = new Hlc(0, 0);

    public Hlc {
        if (physical < 0 || physical > 999_999_999_999_999L || logical < 0 || logical > 99_999) {
            throw new IllegalArgumentException("HLC buiten bereik: " + physical + "/" + logical);
        }
    }

    public static Hlc parse(String text) {
        if (text == null || text.length() != 21 || text.charAt(15) != '-') {
            throw new MalformedBundleException("Ongeldige klokstempel '" + text + "'.");
        }
        try {
            return new Hlc(Long.parseLong(text.substring(0, 15)), Integer.parseInt(text.substring(16)));
        } catch (IllegalArgumentException e) {
            throw new MalformedBundleException("Ongeldige klokstempel '" + text + "'.");
        }
    }

    @Override
    public String toString() {
        return String.format("%015d-%05d", physical, logical);
    }

    @Override
    public int compareTo(Hlc other) {
        int byPhysical = Long.compare(physical, other.physical);
        return byPhysical != 0 ? byPhysical : Integer.compare(logical, other.logical);
    }
}

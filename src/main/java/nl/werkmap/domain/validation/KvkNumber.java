package nl.werkmap.domain.validation;

/** The Kamer van Koophandel number of an employer: exactly 8 digits (no checksum since 2016). */
public final class KvkNumber {
    private KvkNumber() {
    }

    /** Strips spaces and dots. Null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s.]", "");
    }

    public static boolean isValid(String raw) {
        String kvk = normalise(raw);
        return kvk != null && kvk.matches("[0-9]{8}");
    }
}

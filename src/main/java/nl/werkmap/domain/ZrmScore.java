package nl.werkmap.domain;

/**
 * The five ZRM levels. Measurements store the plain number ({@link #value()}); this enum gives the number its
 * meaning and is the one place that knows the valid range.
 */
public enum ZrmScore {
    ACUUT(1),
    NIET_ZELFREDZAAM(2),
    BEPERKT_ZELFREDZAAM(3),
    VOLDOENDE_ZELFREDZAAM(4),
    VOLLEDIG_ZELFREDZAAM(5);

    public static final int MIN = 1;
    public static final int MAX = 5;

    private final int value;

    ZrmScore(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }

    /** The level for a score; rejects numbers outside 1..5. */
    public static ZrmScore of(int value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("ZRM score must be 1..5, was " + value);
        }
        return values()[value - 1];
    }
}

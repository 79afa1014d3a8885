package nl.werkmap.sync.schema;

/**
 * What a synced column holds, as far as the door check needs to know, with the longest value it takes in a bundle.
 * Caps are in characters of the plain text form; they are far above what the app writes and bound what one field
 * of one change can cost a receiver.
 */
public enum ColumnKind {
    /** A TEXT column named {@code *_id}: the UUID of another record. */
    REFERENCE(36),
    /** A TEXT column holding an ISO-8601 date, moment or instant (see {@link CaseloadSchema} for the names). */
    DATE(35),
    /** Any other plain TEXT column: names, enum constants, ';'-separated lists, an organisation's address. */
    TEXT(4_000),
    /** An INTEGER column: a 32-bit whole number. */
    INTEGER(11),
    /** A DOUBLE column: a finite decimal number, plain or with an exponent. */
    DECIMAL(32),
    /** A BOOLEAN column: {@code true} or {@code false} (also {@code 1}/{@code 0}). */
    BOOLEAN(5),
    /**
     * A sealed (BLOB) column: travels opened, as text, inside the encrypted bundle; the receiver seals it again.
     * Free notes live here, hence the larger cap.
     */
    SEALED(100_000);

    private final int maxLength;

    ColumnKind(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest value accepted, in characters. */
    public int maxLength() {
        return maxLength;
    }
}

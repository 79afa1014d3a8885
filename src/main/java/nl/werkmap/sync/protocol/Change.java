package nl.werkmap.sync.protocol;

import java.util.Map;

/**
 * One entity row's change inside a bundle: the fields that changed, all stamped with the same hybrid-clock value.
 * Field values are the plain text form of the column (sealed columns are opened before they go in); {@code null}
 * means the field was cleared. A tombstone marks the row deleted as of {@code hlc}. {@code origin} is the device that
 * wrote these values: {@code null} in up-bundles (the signer), set in down-bundles so ties break the same everywhere.
 * {@code bases} (optional, up-bundles) names per field the stamp of the value the writer replaced, {@link #NO_BASE}
 * when the writer had no value for it; the hub detects a concurrent edit by it. Null or a missing field: unknown
 * (older writers), and no concurrent edit is detected for that field.
 */
public record Change(String entity, String id, Map<String, String> fields, String hlc, boolean tombstone,
                     String origin, Map<String, String> bases) {

    /** The base of a field the writer had never seen a value for: the zero clock, older than every stamp. */
    public static final String NO_BASE = Hlc.ZERO.toString();

    /** A change written by the bundle's own signer. */
    public Change(String entity, String id, Map<String, String> fields, String hlc, boolean tombstone) {
        this(entity, id, fields, hlc, tombstone, null, null);
    }

    /** A change without base stamps (down-bundles, older writers). */
    public Change(String entity, String id, Map<String, String> fields, String hlc, boolean tombstone,
                  String origin) {
        this(entity, id, fields, hlc, tombstone, origin, null);
    }

    /** The stamp the writer replaced in {@code field}; null when unknown. */
    public String base(String field) {
        return bases == null ? null : bases.get(field);
    }

    /** The device whose write this is: {@code origin}, or the signer of the bundle it came in. */
    public String writer(String bundleSigner) {
        return origin != null ? origin : bundleSigner;
    }

    public Change {
        // A field map is unchangeable already (the reader's form): taken as it is, not copied.
        fields = fields == null ? Map.of() : fields instanceof FieldMap ? fields
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        bases = bases == null || bases.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bases));
    }

    /** Collects fields of one row written at one stamp by one device. */
    public static final class Builder {
        private final String entity;
        private final String id;
        private final String hlc;
        private final String origin;
        private final java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();

        public Builder(String entity, String id, String hlc, String origin) {
            this.entity = entity;
            this.id = id;
            this.hlc = hlc;
            this.origin = origin;
        }

        public Builder put(String field, String value) {
            fields.put(field, value);
            return this;
        }

        public Change build() {
            return new Change(entity, id, fields, hlc, false, origin, null);
        }
    }
}

package nl.werkmap.sync.protocol;

import java.util.Map;

/**
 * One entity row's change inside a bundle: the fields that changed, all stamped with the same hybrid-clock value.
 * Field values are the plain text form of the column (sealed columns are opened before they go in); {@code null}
 * means the field was cleared. A tombstone marks the row deleted as of {@code hlc}.
 */
public record Change(String entity, String id, Map<String, String> fields, String hlc, boolean tombstone) {

    public Change {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}

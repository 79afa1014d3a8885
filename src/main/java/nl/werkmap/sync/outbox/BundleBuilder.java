package nl.werkmap.sync.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.changelog.ChangeEntry;
import nl.werkmap.store.mapping.StoredForm;
import nl.werkmap.sync.protocol.Change;

/**
 * Turns change-log entries into bundle changes: one change per row and stamp, sealed values opened with the vault
 * (the bundle's own encryption protects them in transit), a {@code deleted = true} field also flagged as tombstone,
 * and per field the stamp of the value the edit replaced (its base), when known.
 */
public final class BundleBuilder {

    private BundleBuilder() {
    }

    public static List<Change> changes(List<ChangeEntry> entries, FieldSealer sealer) {
        return changes(entries, sealer, Map.of());
    }

    /** As {@link #changes(List, FieldSealer)}, with {@code bases}: base stamp per change-log seq. */
    public static List<Change> changes(List<ChangeEntry> entries, FieldSealer sealer, Map<Long, String> bases) {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        Map<String, Map<String, String>> groupedBases = new LinkedHashMap<>();
        Map<String, ChangeEntry> first = new LinkedHashMap<>();
        for (ChangeEntry entry : entries) {
            String key = entry.entity() + '\u0000' + entry.entityId() + '\u0000' + entry.hlc();
            first.putIfAbsent(key, entry);
            String value = entry.sealed()
                    ? sealer.open(entry.entity(), entry.field(), entry.entityId(), entry.value())
                    : StoredForm.fromUtf8(entry.value());
            grouped.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(entry.field(), value);
            String base = bases.get(entry.seq());
            if (base != null) {
                groupedBases.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(entry.field(), base);
            }
        }
        List<Change> changes = new ArrayList<>(grouped.size());
        grouped.forEach((key, fields) -> {
            ChangeEntry entry = first.get(key);
            boolean tombstone = "true".equalsIgnoreCase(fields.get("deleted"));
            changes.add(new Change(entry.entity(), entry.entityId(), fields, entry.hlc(), tombstone, null,
                    groupedBases.get(key)));
        });
        return changes;
    }
}

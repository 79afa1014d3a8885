package nl.werkmap.sync.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jooq.Field;
import org.jooq.Table;

import nl.werkmap.store.jooq.DefaultSchema;
import nl.werkmap.sync.protocol.PersonalColumns;

/**
 * The record types and fields a bundle may carry, derived from the one definition of the caseload: the jOOQ schema
 * generated from the Flyway migrations. A table is a synced entity when it has an {@code id} and a {@code deleted}
 * column and is not one of the device's own tables; a table a later migration adds is known here without an edit.
 * Every column except the store's bookkeeping ({@code id}, {@code updated_at}, {@code updated_by}) is a field.
 *
 * <p>Kinds follow the column type: BLOB is sealed, INTEGER, DOUBLE and BOOLEAN as named; a TEXT column named
 * {@code *_id} is a reference (UUID); a TEXT column named {@code *_on}, {@code *_date}, {@code *_since},
 * {@code *_at}, {@code *_start}, {@code *_end}, {@code last_contact} or {@code next_measurement} is a date (the
 * caseload's naming rule for dates, V1__caseload.sql); any other TEXT column is text.
 */
public final class CaseloadSchema {

    private static final Set<String> BOOKKEEPING = Set.of("id", "updated_at", "updated_by");
    /** Tables with a {@code deleted} column that are still no shared records (none today; kept explicit). */
    private static final Set<String> NOT_ENTITIES = Set.of("change_log", "device_info", "session_draft",
            "caseload_info", "caseload_binding", "flyway_schema_history");
    private static final Set<String> DATE_SUFFIXES = Set.of("_on", "_date", "_since", "_at", "_start", "_end");
    private static final Set<String> DATE_NAMES = Set.of("last_contact", "next_measurement");

    /** Entity → field → kind; fields that must not be cleared are listed in {@link #REQUIRED}. */
    private static final Map<String, Map<String, ColumnKind>> ENTITIES = new LinkedHashMap<>();
    private static final Map<String, Set<String>> REQUIRED = new LinkedHashMap<>();

    static {
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = table.getName();
            if (table.field("deleted") == null || table.field("id") == null || NOT_ENTITIES.contains(name)
                    || name.startsWith("sync_")) {
                continue;
            }
            Map<String, ColumnKind> fields = new LinkedHashMap<>();
            Set<String> required = new java.util.HashSet<>();
            for (Field<?> column : table.fields()) {
                if (BOOKKEEPING.contains(column.getName())) {
                    continue;
                }
                fields.put(column.getName(), kindOf(name, column));
                if (!column.getDataType().nullable()) {
                    required.add(column.getName());
                }
            }
            ENTITIES.put(name, Collections.unmodifiableMap(fields));
            REQUIRED.put(name, Collections.unmodifiableSet(required));
        }
    }

    private CaseloadSchema() {
    }

    /** The synced record types, e.g. {@code candidate}, {@code coaching_session}. */
    public static Set<String> entities() {
        return Collections.unmodifiableSet(ENTITIES.keySet());
    }

    public static boolean knownEntity(String entity) {
        return ENTITIES.containsKey(entity);
    }

    /** The fields of {@code entity} with their kinds; empty for an unknown entity. */
    public static Map<String, ColumnKind> fields(String entity) {
        return ENTITIES.getOrDefault(entity, Map.of());
    }

    /** The kind of {@code entity.field}, or null when no such field may travel. */
    public static ColumnKind kind(String entity, String field) {
        return fields(entity).get(field);
    }

    /** True when the column is NOT NULL: a change may not clear it. */
    public static boolean required(String entity, String field) {
        return REQUIRED.getOrDefault(entity, Set.of()).contains(field);
    }

    private static ColumnKind kindOf(String entity, Field<?> column) {
        Class<?> type = column.getDataType().getType();
        if (PersonalColumns.sealed(entity, column.getName())) {
            return ColumnKind.SEALED;
        }
        if (Boolean.class.equals(type)) {
            return ColumnKind.BOOLEAN;
        }
        if (Integer.class.equals(type) || Long.class.equals(type) || Short.class.equals(type)) {
            return ColumnKind.INTEGER;
        }
        if (Number.class.isAssignableFrom(type)) {
            return ColumnKind.DECIMAL;
        }
        String name = column.getName();
        if (name.endsWith("_id")) {
            return ColumnKind.REFERENCE;
        }
        if (DATE_NAMES.contains(name) || DATE_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return ColumnKind.DATE;
        }
        return ColumnKind.TEXT;
    }
}

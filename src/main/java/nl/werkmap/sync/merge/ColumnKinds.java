package nl.werkmap.sync.merge;

import java.util.Set;

import org.jooq.Table;

import nl.werkmap.store.jooq.DefaultSchema;
import nl.werkmap.sync.protocol.PersonalColumns;

/** Which entity columns this version of the caseload knows, and which of them are sealed (BLOB) columns. */
final class ColumnKinds {

    private static final Set<String> BOOKKEEPING = Set.of("id", "updated_at", "updated_by");
    private static final Set<String> NOT_ENTITIES = Set.of("change_log", "device_info", "sync_enrollment",
            "sync_outbox", "sync_conflict", "flyway_schema_history");

    private ColumnKinds() {
    }

    static boolean knownEntity(String entity) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        return table != null && !NOT_ENTITIES.contains(entity) && table.field("deleted") != null;
    }

    static boolean knownField(String entity, String field) {
        return knownEntity(entity) && !BOOKKEEPING.contains(field)
                && DefaultSchema.DEFAULT_SCHEMA.getTable(entity).field(field) != null;
    }

    /** The shared definition of personal columns ({@link PersonalColumns}), which the hub uses too. */
    static boolean sealed(String entity, String field) {
        return PersonalColumns.sealed(entity, field);
    }
}

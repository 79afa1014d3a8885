package nl.werkmap.sync.merge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.werkmap.sync.protocol.PersonalColumns;
import nl.werkmap.sync.schema.CaseloadSchema;
import nl.werkmap.sync.schema.ColumnKind;

/**
 * Which entity columns this version of the caseload knows, and which of them are sealed (BLOB) columns: the same
 * definition the door check uses ({@link CaseloadSchema}), so what passes the door is what the applier knows.
 */
final class ColumnKinds {

    /**
     * Answers per entity and field, kept: the schema finds a table and a column by name with a search each time, and
     * a first sync asks for every one of millions of fields. The schema is fixed for the life of the process.
     */
    private static final Map<String, Map<String, Boolean>> SEALED = new ConcurrentHashMap<>();

    private ColumnKinds() {
    }

    static boolean knownEntity(String entity) {
        return CaseloadSchema.knownEntity(entity);
    }

    /** The fields of {@code entity} that may travel, with their kinds; empty for an unknown entity. */
    static Map<String, ColumnKind> fields(String entity) {
        return CaseloadSchema.fields(entity);
    }

    static boolean knownField(String entity, String field) {
        return CaseloadSchema.kind(entity, field) != null;
    }

    /** The shared definition of personal columns ({@link PersonalColumns}), which the hub uses too. */
    static boolean sealed(String entity, String field) {
        // Asked first, computed only when missing: computeIfAbsent with a lambda that captures the entity made a
        // new lambda object for each of a first sync's millions of fields.
        Map<String, Boolean> fields = SEALED.get(entity);
        if (fields == null) {
            fields = SEALED.computeIfAbsent(entity, e -> new ConcurrentHashMap<>());
        }
        Boolean sealed = fields.get(field);
        if (sealed == null) {
            sealed = PersonalColumns.sealed(entity, field);
            fields.putIfAbsent(field, sealed);
        }
        return sealed;
    }
}

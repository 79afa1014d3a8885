package nl.werkmap.sync.merge;

import nl.werkmap.sync.protocol.PersonalColumns;
import nl.werkmap.sync.schema.CaseloadSchema;

/**
 * Which entity columns this version of the caseload knows, and which of them are sealed (BLOB) columns: the same
 * definition the door check uses ({@link CaseloadSchema}), so what passes the door is what the applier knows.
 */
final class ColumnKinds {

    private ColumnKinds() {
    }

    static boolean knownEntity(String entity) {
        return CaseloadSchema.knownEntity(entity);
    }

    static boolean knownField(String entity, String field) {
        return CaseloadSchema.kind(entity, field) != null;
    }

    /** The shared definition of personal columns ({@link PersonalColumns}), which the hub uses too. */
    static boolean sealed(String entity, String field) {
        return PersonalColumns.sealed(entity, field);
    }
}

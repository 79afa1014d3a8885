package nl.werkmap.sync.protocol;

import org.jooq.Field;
import org.jooq.Table;

import nl.werkmap.store.jooq.DefaultSchema;

/**
 * The one definition of which fields of the caseload are personal, shared by the laptops and the hub: the columns
 * the caseload schema declares BLOB, which a laptop seals with its vault and the hub with the candidate's key.
 */
public final class PersonalColumns {

    private PersonalColumns() {
    }

    /** Whether {@code entity.field} is a column of this version's caseload that holds a sealed (BLOB) value. */
    public static boolean sealed(String entity, String field) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        Field<?> column = table == null ? null : table.field(field);
        return column != null && byte[].class.equals(column.getDataType().getType());
    }

    /**
     * Whether a value must be kept sealed at rest where columns this version does not know may arrive (the hub):
     * every sealed column, and to be safe every entity or field this version does not know. Only columns the schema
     * declares plain are kept plain.
     */
    public static boolean sealedOrUnknown(String entity, String field) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        Field<?> column = table == null ? null : table.field(field);
        return column == null || byte[].class.equals(column.getDataType().getType());
    }
}

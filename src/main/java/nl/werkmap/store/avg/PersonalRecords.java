package nl.werkmap.store.avg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.jooq.DefaultSchema;

/**
 * Everything this caseload holds about one candidate, opened: the candidate row and every row of every table with a
 * {@code candidate_id} column (found in the schema, so a table a later migration adds is in the inzage without an
 * edit), tombstoned rows included because they are still stored. Values come back as their stored text form;
 * sealed columns opened with the same table, column and row id that sealed them.
 */
public final class PersonalRecords {

    /** One stored row: its table, id, whether it is tombstoned, and every column but the bookkeeping as text. */
    public record Row(String table, String id, boolean deleted, Map<String, String> values) {
    }

    private final Database database;
    private final FieldSealer sealer;

    public PersonalRecords(Database database, FieldSealer sealer) {
        this.database = database;
        this.sealer = sealer;
    }

    /** The tables searched, in schema order: candidate first, then every table that carries candidate_id. */
    public static List<Table<?>> tables() {
        List<Table<?>> tables = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            String name = table.getName();
            if (name.startsWith("sync_") || name.startsWith("flyway")) {
                continue;
            }
            if (name.equals("candidate")) {
                tables.add(0, table);
            } else if (table.field("candidate_id") != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** Every stored row about {@code candidateId}, table by table. */
    public List<Row> of(UUID candidateId) {
        String key = candidateId.toString();
        return database.read(dsl -> {
            List<Row> rows = new ArrayList<>();
            for (Table<?> table : tables()) {
                rows.addAll(read(dsl, table, key));
            }
            return rows;
        });
    }

    @SuppressWarnings("unchecked")
    private List<Row> read(DSLContext dsl, Table<?> table, String candidate) {
        boolean isCandidate = table.getName().equals("candidate");
        Field<String> key = (Field<String>) table.field(isCandidate ? "id" : "candidate_id");
        Field<?> idField = table.field("id") != null ? table.field("id") : key;
        List<Row> rows = new ArrayList<>();
        for (Record record : dsl.selectFrom(table).where(key.eq(candidate)).orderBy(idField).fetch()) {
            String id = String.valueOf(record.get(idField));
            Field<?> deletedField = table.field("deleted");
            boolean deleted = deletedField != null && Boolean.TRUE.equals(record.get(deletedField, Boolean.class));
            Map<String, String> values = new LinkedHashMap<>();
            for (Field<?> column : table.fields()) {
                String name = column.getName();
                if (name.equals("updated_by") || name.equals("deleted")) {
                    continue;
                }
                Object raw = record.get(column);
                if (raw instanceof byte[] sealed) {
                    values.put(name, sealer.open(table.getName(), name, id, sealed));
                } else {
                    values.put(name, raw == null ? null : String.valueOf(raw));
                }
            }
            rows.add(new Row(table.getName(), id, deleted, values));
        }
        return rows;
    }
}

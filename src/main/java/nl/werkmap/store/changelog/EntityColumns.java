package nl.werkmap.store.changelog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;

import nl.werkmap.store.StoreException;
import nl.werkmap.store.jooq.DefaultSchema;

/**
 * The entity tables and columns a remote change may write, read from the generated schema (so a table added by a
 * migration is known without a list to keep), and the stored value of a change in its column's type.
 */
final class EntityColumns {

    private static final Set<String> BOOKKEEPING = Set.of("id", "updated_at", "updated_by");
    private static final Set<String> NOT_ENTITIES = Set.of("change_log", "device_info", "session_draft");

    private EntityColumns() {
    }

    static Table<?> entityTable(String entity) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        if (table == null || NOT_ENTITIES.contains(entity) || table.field("deleted") == null) {
            throw RemoteChangeApplier.unknown(entity);
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    static Field<Object> column(Table<?> table, String name) {
        Field<?> field = table.field(name);
        if (field == null || BOOKKEEPING.contains(name)) {
            throw RemoteChangeApplier.unknown(table.getName() + "." + name);
        }
        return (Field<Object>) field;
    }

    /**
     * A column a change writes, with what converting a value asks of it, looked up once per table and name; {@code
     * text}: the column takes a String, so a plain value goes in as the text it came as.
     */
    record Target(Field<Object> field, String name, boolean blob, DataType<Object> type, boolean text) {
    }

    static Target target(Field<Object> field) {
        DataType<Object> type = field.getDataType();
        return new Target(field, field.getName(), byte[].class.equals(type.getType()), type,
                String.class.equals(type.getType()));
    }

    /** The value as its column takes it: sealed bytes as they came, plain UTF-8 text converted to the column's type. */
    static Object sqlValue(Field<Object> field, RemoteChange change) {
        return sqlValue(target(field), RemoteRow.of(List.of(change)).get(0), 0);
    }

    /** Field {@code f} of {@code write} as its column takes it, with the column's name and type asked once. */
    static Object sqlValue(Target column, RemoteRow write, int f) {
        if (write.sealed(f) != column.blob()) {
            throw new StoreException("Een ontvangen wijziging past niet bij deze caseload (" + write.entity() + "."
                    + write.field(f) + "). Er is niets overgenomen; werk Werkmap bij en synchroniseer opnieuw.");
        }
        if (write.sealed(f)) {
            return write.value(f);
        }
        // jOOQ gives a String column's text back as it is (ApplyShortcutsTest); asking it showed in a first sync.
        return column.text() ? write.text(f) : PlainValue.as(column.type(), write.text(f));
    }

    /** Whether {@code table} has a foreign key to itself (a placement names the placement it follows). */
    static boolean refersToItself(Table<?> table) {
        for (ForeignKey<?, ?> key : table.getReferences()) {
            if (key.getKey().getTable().getName().equals(table.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tables' merges with every table after the tables it refers to (the schema's foreign keys), otherwise in
     * the order they came; new rows are inserted in this order, so a new session finds its new candidate.
     */
    static List<RowMerge> referencedFirst(List<RowMerge> merges) {
        Map<String, RowMerge> byName = new LinkedHashMap<>();
        merges.forEach(m -> byName.put(m.entity(), m));
        List<RowMerge> ordered = new ArrayList<>(merges.size());
        Set<String> visiting = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (RowMerge m : merges) {
            visit(m, byName, visiting, done, ordered);
        }
        return ordered;
    }

    private static void visit(RowMerge m, Map<String, RowMerge> byName, Set<String> visiting, Set<String> done,
                              List<RowMerge> ordered) {
        if (done.contains(m.entity()) || !visiting.add(m.entity())) {
            return; // placed already, or a cycle: the order they came in decides
        }
        for (ForeignKey<?, ?> key : m.table().getReferences()) {
            RowMerge referenced = byName.get(key.getKey().getTable().getName());
            if (referenced != null && referenced != m) {
                visit(referenced, byName, visiting, done, ordered);
            }
        }
        done.add(m.entity());
        ordered.add(m);
    }
}

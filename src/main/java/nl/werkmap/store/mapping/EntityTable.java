package nl.werkmap.store.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * How one domain type lives in one table: which columns, which of them are sealed, how to read a row back. The
 * generic writer and reader use this, so sealing, change logging and tombstones are written once for all tables.
 */
public final class EntityTable<T> {

    public static final String ID = "id";
    public static final String UPDATED_AT = "updated_at";
    public static final String UPDATED_BY = "updated_by";
    public static final String DELETED = "deleted";

    private final Table<? extends Record> table;
    private final Function<T, UUID> id;
    private final Map<String, Column<T>> columns = new LinkedHashMap<>();
    private final Function<StoredRow, T> reader;

    public EntityTable(Table<? extends Record> table, Function<T, UUID> id, List<Column<T>> columns,
                       Function<StoredRow, T> reader) {
        this.table = table;
        this.id = id;
        this.reader = reader;
        for (Column<T> c : columns) {
            if (table.field(c.name()) == null) {
                throw new IllegalArgumentException("Table " + table.getName() + " has no column " + c.name());
            }
            this.columns.put(c.name(), c);
        }
    }

    public String name() {
        return table.getName();
    }

    public Table<? extends Record> table() {
        return table;
    }

    public UUID idOf(T entity) {
        return id.apply(entity);
    }

    public Iterable<Column<T>> columns() {
        return columns.values();
    }

    public int columnCount() {
        return columns.size();
    }

    public Column<T> column(String name) {
        return columns.get(name);
    }

    public T read(StoredRow row) {
        return reader.apply(row);
    }

    /** The jOOQ field of a column of this table. */
    @SuppressWarnings("unchecked")
    public Field<Object> field(String column) {
        Field<?> f = table.field(column);
        if (f == null) {
            throw new IllegalArgumentException("Table " + table.getName() + " has no column " + column);
        }
        return (Field<Object>) f;
    }

    public Field<String> idField() {
        return table.field(ID, String.class);
    }

    public Field<Boolean> deletedField() {
        return table.field(DELETED, Boolean.class);
    }
}

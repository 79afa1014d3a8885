package nl.werkmap.store.changelog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Table;

/**
 * The remote changes of one table worked out in memory against what this device logged and holds: per field the
 * newest stamp wins, decided in the order the changes came, exactly as applying them one at a time would.
 * <ul>
 *   <li>A change older than (or as old as) the newest stamp logged for its field loses ({@link
 *       ApplyOutcome#LOCAL_NEWER}, or {@link ApplyOutcome#ALREADY_APPLIED} for the same stamp); a winner's stamp is
 *       the newest for the next change of that field.</li>
 *   <li>A row this device does not hold is created at its first winning change, from every change for it in the
 *       list (per field the first of the newest stamp, so NOT NULL columns get values), stamped with the newest of
 *       them.</li>
 *   <li>A held row takes the last winner of each field; its updated_at/updated_by move to a winner's stamp and
 *       device when that is newer than what the row carries.</li>
 * </ul>
 */
final class RowMerge {

    /** One table's changes, with their positions in the whole list. */
    static final class TableChanges {
        final Table<?> table;
        final String entity;
        final Positions positions = new Positions(1_024);
        /** The fields already checked against the table's columns. */
        final java.util.Set<String> knownColumns = new java.util.HashSet<>();

        TableChanges(Table<?> table) {
            this.table = table;
            this.entity = table.getName();
        }

        void add(int position, RemoteChange change) {
            positions.add(position);
        }
    }

    /** One row as it will be written. */
    static final class Row {
        final String id;
        final Positions changes = new Positions(24);
        /**
         * The newest stamp per field this device logged, then decided here; null when it logged none of the row's
         * fields (the row is then decided in the merge's one scratch table).
         */
        FieldStamps logged;
        boolean held;
        boolean insert;
        String updatedAt;
        String updatedBy;
        boolean stamped;
        /**
         * Column name to SQL value: the whole new row, or the changed columns of a held row. A new row's map is
         * made with room for all its fields ({@link #create}), so it does not grow field by field.
         */
        Map<String, Object> values = new LinkedHashMap<>();

        Row(String id) {
            this.id = id;
        }
    }

    private final Table<?> table;
    private final String entity;
    private final List<RemoteChange> all;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    /**
     * The table's columns by the names the changes use, with what a value's conversion asks of each: jOOQ finds a
     * field by name with a search each time, and its data type's class was asked for every field.
     */
    private final Map<String, EntityColumns.Target> columns = new HashMap<>();
    /**
     * The newest stamp per field of the row being decided when this device logged none of its fields, and per
     * column of the row being created: used for one row at a time (nothing reads them after the row is decided), so
     * one of each serves every row instead of two new ones per new row.
     */
    private final FieldStamps decidedScratch = new FieldStamps(24);
    private final FieldStamps createdScratch = new FieldStamps(24);

    RowMerge(TableChanges t, List<RemoteChange> all) {
        this.table = t.table;
        this.entity = t.entity;
        this.all = all;
        // A row's fields come one after the other: the map is asked only when the row changes.
        Row row = null;
        for (int i = 0; i < t.positions.size(); i++) {
            int position = t.positions.get(i);
            String id = all.get(position).entityId();
            if (row == null || !row.id.equals(id)) {
                row = rows.computeIfAbsent(id, Row::new);
            }
            row.changes.add(position);
        }
    }

    Table<?> table() {
        return table;
    }

    String entity() {
        return entity;
    }

    List<String> ids() {
        return new ArrayList<>(rows.keySet());
    }

    Iterable<Row> rows() {
        return rows.values();
    }

    /** A stamp this device logged for one field of one of the rows; the newest one counts. */
    void logged(String id, String field, String hlc) {
        Row row = rows.get(id);
        if (row != null) {
            if (row.logged == null) {
                row.logged = new FieldStamps(row.changes.size() + 4);
            }
            row.logged.newest(field, hlc);
        }
    }

    /** A row this device holds, with its stamp. */
    void held(String id, String updatedAt) {
        Row row = rows.get(id);
        if (row != null) {
            row.held = true;
            row.updatedAt = updatedAt;
        }
    }

    /** Fills in the outcome of each change of this table and whether it goes into the change log. */
    void decide(ApplyOutcome[] outcomes, boolean[] applied) {
        for (Row row : rows.values()) {
            decide(row, outcomes, applied);
        }
    }

    /** One row's changes decided: a method of its own, so the JIT compiles it once and not again inside decide. */
    private void decide(Row row, ApplyOutcome[] outcomes, boolean[] applied) {
        FieldStamps logged = row.logged;
        if (logged == null) {
            logged = decidedScratch;
            logged.clear(row.changes.size());
        }
        for (int i = 0; i < row.changes.size(); i++) {
            int position = row.changes.get(i);
            RemoteChange change = all.get(position);
            String latest = logged.get(change.field());
            if (latest != null && latest.compareTo(change.hlc()) >= 0) {
                outcomes[position] = latest.equals(change.hlc()) ? ApplyOutcome.ALREADY_APPLIED
                        : ApplyOutcome.LOCAL_NEWER;
                continue;
            }
            outcomes[position] = ApplyOutcome.APPLIED;
            applied[position] = true;
            logged.put(change.field(), change.hlc());
            if (row.held) {
                EntityColumns.Target column = column(change.field());
                row.values.put(column.name(), EntityColumns.sqlValue(column, change));
                if (row.updatedAt.compareTo(change.hlc()) < 0) {
                    row.updatedAt = change.hlc();
                    row.updatedBy = change.deviceId();
                    row.stamped = true;
                }
            } else if (!row.insert) {
                create(row, change);
            }
            // A row created from this list already carries the newest value and stamp of every field.
        }
    }

    private EntityColumns.Target column(String name) {
        EntityColumns.Target column = columns.get(name);
        if (column == null) {
            column = EntityColumns.target(EntityColumns.column(table, name));
            columns.put(name, column);
        }
        return column;
    }

    /** The row first seen here, created at its first winning change. */
    private void create(Row row, RemoteChange first) {
        row.insert = true;
        int count = row.changes.size();
        FieldStamps newest = createdScratch;
        newest.clear(count);
        row.values = new LinkedHashMap<>(count * 4 / 3 + 1);
        row.updatedAt = first.hlc();
        row.updatedBy = first.deviceId();
        for (int i = 0; i < count; i++) {
            RemoteChange c = all.get(row.changes.get(i));
            EntityColumns.Target column = column(c.field());
            Object value = EntityColumns.sqlValue(column, c);
            String seen = newest.get(column.name());
            if (seen == null || c.hlc().compareTo(seen) > 0) {
                newest.put(column.name(), c.hlc());
                row.values.put(column.name(), value);
            }
            if (c.hlc().compareTo(row.updatedAt) > 0) {
                row.updatedAt = c.hlc();
                row.updatedBy = c.deviceId();
            }
        }
    }
}

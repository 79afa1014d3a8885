package nl.werkmap.store.changelog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Table;

/**
 * The remote row writes of one table worked out in memory against what this device logged and holds: per field the
 * newest stamp wins, decided in the order the fields came, exactly as applying them one field at a time would.
 * <ul>
 *   <li>A field older than (or as old as) the newest stamp logged for it loses ({@link ApplyOutcome#LOCAL_NEWER},
 *       or {@link ApplyOutcome#ALREADY_APPLIED} for the same stamp); a winner's stamp is the newest for the next
 *       change of that field.</li>
 *   <li>A row this device does not hold is created at its first winning field, from every field the list brings
 *       for it (per column the first of the newest stamp, so NOT NULL columns get values), stamped with the newest
 *       of them.</li>
 *   <li>A held row takes the last winner of each column; its updated_at/updated_by move to a winner's stamp and
 *       device when that is newer than what the row carries.</li>
 * </ul>
 */
final class RowMerge {

    /** One table's row writes, as their positions in the whole list. */
    static final class TableChanges {
        final Table<?> table;
        final String entity;
        final Positions positions = new Positions(1_024);
        /** The fields already checked against the table's columns. */
        final java.util.Set<String> knownColumns = new java.util.HashSet<>();
        /** A field-name array checked whole: rows of one shape share theirs, so the next is checked at once. */
        String[] checkedNames;

        TableChanges(Table<?> table) {
            this.table = table;
            this.entity = table.getName();
        }
    }

    /** A column of the table by its name, numbered within this merge (for the per-row scratch table). */
    static final class Column {
        final EntityColumns.Target target;
        final int ordinal;

        Column(EntityColumns.Target target, int ordinal) {
            this.target = target;
            this.ordinal = ordinal;
        }

        String name() {
            return target.name();
        }
    }

    /** One row as it will be written. */
    static final class Row {
        final String id;
        /** The list position of the row's first write, and of any later ones (null: none; the usual case). */
        final int first;
        Positions more;
        /** The fields of all the row's writes. */
        int fields;
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
         * The columns written, in the order they were first written, and their SQL values: the whole new row, or the
         * changed columns of a held row. Rows of one shape share the columns array; null when nothing is written.
         */
        Column[] columns;
        Object[] values;
        /** For a new row: per column of its INSERT (names sorted), the index into {@link #values}; set when written. */
        int[] bind;

        Row(String id, int first) {
            this.id = id;
            this.first = first;
        }

        int writes() {
            return more == null ? 1 : 1 + more.size();
        }

        int write(int k) {
            return k == 0 ? first : more.get(k - 1);
        }
    }

    private final Table<?> table;
    private final String entity;
    private final RowList list;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    /**
     * The table's columns by the names the changes use, with what a value's conversion asks of each: jOOQ finds a
     * field by name with a search each time, and its data type's class was asked for every field.
     */
    private final Map<String, Column> columns = new HashMap<>();
    private final Map<String, Column> byColumnName = new HashMap<>();
    /** The columns of the last field-name array asked for: rows of one shape share that array. */
    private String[] lastNames;
    private Column[] lastColumns;
    /**
     * The newest stamp per field of the row being decided when this device logged none of its fields, and per
     * column of the row being created: used for one row at a time (nothing reads them after the row is decided), so
     * one of each serves every row instead of two new ones per new row.
     */
    private final FieldStamps decidedScratch = new FieldStamps(24);
    /** Per column ordinal its place in the row being decided, or -1; set back after each row. */
    private int[] at = new int[0];
    /** The row being decided: its columns, values and (for a new row) per column the newest stamp. */
    private Column[] rowColumns = new Column[24];
    private Object[] rowValues = new Object[24];
    private String[] rowStamps = new String[24];
    private int rowSize;

    RowMerge(TableChanges t, RowList list) {
        this.table = t.table;
        this.entity = t.entity;
        this.list = list;
        // A row's writes mostly come one after the other: the map is asked only when the row changes.
        Row row = null;
        for (int i = 0; i < t.positions.size(); i++) {
            int position = t.positions.get(i);
            RemoteRow write = list.row(position);
            String id = write.entityId();
            if (row == null || !row.id.equals(id)) {
                Row found = rows.get(id);
                if (found == null) {
                    row = new Row(id, position);
                    rows.put(id, row);
                    row.fields = write.size();
                    list.owner(position, row);
                    continue;
                }
                row = found;
            }
            if (row.more == null) {
                row.more = new Positions(2);
            }
            row.more.add(position);
            row.fields += write.size();
            list.owner(position, row);
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
                row.logged = new FieldStamps(row.fields + 4);
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

    /** Fills in the outcome of each field of this table and whether it goes into the change log. */
    void decide() {
        for (Row row : rows.values()) {
            decide(row);
        }
    }

    /** One row's writes decided: a method of its own, so the JIT compiles it once and not again inside decide. */
    private void decide(Row row) {
        FieldStamps logged = row.logged;
        if (logged == null) {
            logged = decidedScratch;
            logged.clear(row.fields);
        }
        rowSize = 0;
        for (int k = 0; k < row.writes(); k++) {
            int position = row.write(k);
            decideWrite(row, list.row(position), list.base(position), logged);
        }
        if (row.held) {
            keep(row, null);
        }
    }

    private void decideWrite(Row row, RemoteRow write, int base, FieldStamps logged) {
        ApplyOutcome[] outcomes = list.outcomes();
        boolean[] applied = list.applied();
        String hlc = write.hlc();
        for (int f = 0; f < write.size(); f++) {
            String field = write.field(f);
            String latest = logged.get(field);
            if (latest != null && latest.compareTo(hlc) >= 0) {
                outcomes[base + f] = latest.equals(hlc) ? ApplyOutcome.ALREADY_APPLIED : ApplyOutcome.LOCAL_NEWER;
                continue;
            }
            outcomes[base + f] = ApplyOutcome.APPLIED;
            applied[base + f] = true;
            logged.put(field, hlc);
            if (row.held) {
                Column column = column(field);
                put(column, EntityColumns.sqlValue(column.target, write, f), null, true);
                if (row.updatedAt.compareTo(hlc) < 0) {
                    row.updatedAt = hlc;
                    row.updatedBy = write.deviceId();
                    row.stamped = true;
                }
            } else if (!row.insert) {
                create(row);
            }
            // A row created from this list already carries the newest value and stamp of every field.
        }
    }

    /** The row first seen here, created at its first winning field from every field the list brings for it. */
    private void create(Row row) {
        row.insert = true;
        RemoteRow first = list.row(row.first);
        row.updatedAt = first.hlc();
        row.updatedBy = first.deviceId();
        rowSize = 0;
        for (int k = 0; k < row.writes(); k++) {
            RemoteRow write = list.row(row.write(k));
            String hlc = write.hlc();
            Column[] cols = columnsOf(write);
            for (int f = 0; f < write.size(); f++) {
                put(cols[f], EntityColumns.sqlValue(cols[f].target, write, f), hlc, false);
            }
            if (hlc.compareTo(row.updatedAt) > 0) {
                row.updatedAt = hlc;
                row.updatedBy = write.deviceId();
            }
        }
        keep(row, row.writes() == 1 && rowSize == first.size() ? columnsOf(first) : null);
    }

    /**
     * A column's value for the row being decided: a column not written yet takes its place after the others; one
     * written before keeps its place and takes the value when {@code last} (a held row: the last winner) or when
     * {@code hlc} is newer than the stamp it has (a new row: per column the first of the newest stamp).
     */
    private void put(Column column, Object value, String hlc, boolean last) {
        if (column.ordinal >= at.length) {
            int old = at.length;
            at = Arrays.copyOf(at, Math.max(column.ordinal + 1, old * 2));
            Arrays.fill(at, old, at.length, -1);
        }
        int k = at[column.ordinal];
        if (k < 0) {
            if (rowSize == rowColumns.length) {
                rowColumns = Arrays.copyOf(rowColumns, rowSize * 2);
                rowValues = Arrays.copyOf(rowValues, rowSize * 2);
                rowStamps = Arrays.copyOf(rowStamps, rowSize * 2);
            }
            at[column.ordinal] = rowSize;
            rowColumns[rowSize] = column;
            rowValues[rowSize] = value;
            rowStamps[rowSize] = hlc;
            rowSize++;
        } else if (last || hlc.compareTo(rowStamps[k]) > 0) {
            rowValues[k] = value;
            rowStamps[k] = hlc;
        }
    }

    /**
     * The decided columns and values kept on the row ({@code shared}: the columns array when it is the same as the
     * row's, so rows of one shape share one), and the scratch set back for the next row.
     */
    private void keep(Row row, Column[] shared) {
        if (rowSize > 0) {
            row.columns = shared != null ? shared : Arrays.copyOf(rowColumns, rowSize);
            row.values = Arrays.copyOf(rowValues, rowSize);
        }
        for (int k = 0; k < rowSize; k++) {
            at[rowColumns[k].ordinal] = -1;
            rowColumns[k] = null;
            rowValues[k] = null;
            rowStamps[k] = null;
        }
        rowSize = 0;
    }

    /** The columns of a write's fields, in its order; the same array for writes that share their field names. */
    private Column[] columnsOf(RemoteRow write) {
        String[] names = write.fieldArray();
        if (names != lastNames) {
            Column[] cols = new Column[names.length];
            for (int f = 0; f < names.length; f++) {
                cols[f] = column(names[f]);
            }
            lastNames = names;
            lastColumns = cols;
        }
        return lastColumns;
    }

    private Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            EntityColumns.Target target = EntityColumns.target(EntityColumns.column(table, name));
            // Two names for one column (jOOQ finds a column by a name in another case too) are one column.
            column = byColumnName.get(target.name());
            if (column == null) {
                column = new Column(target, byColumnName.size());
                byColumnName.put(target.name(), column);
            }
            columns.put(name, column);
        }
        return column;
    }
}

package nl.werkmap.store.changelog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes what {@link RowMerge} decided, as prepared-statement batches on the caller's transaction: the new rows
 * (tables referred to first; several rows a statement), the changed rows, then one packed change-log entry per row
 * write that won. Rows with the same columns share one statement, prepared once per run ({@link Statements}).
 */
final class RowWrites {

    /** Rows per executeBatch: keeps the driver's bound values small at any size. */
    private static final int BATCH = 2_000;
    /**
     * New rows per INSERT statement. Each statement into a table with triggers keeps a statement journal of the
     * pages it changes and is stepped through the driver on its own; a first sync's 134,444 sessions took 1.55 s
     * CPU one row a statement and 1.43 s fifty a statement (the triggers still run for each row, in order).
     */
    static final int ROWS_PER_INSERT = 32;

    private RowWrites() {
    }

    /** {@code rowsPerInsert}: new rows per INSERT statement, {@link #ROWS_PER_INSERT} but in tests. */
    static void write(Statements statements, List<RowMerge> merges, List<RemoteChange> changes, boolean[] applied,
                      int rowsPerInsert) throws SQLException {
        for (RowMerge merge : merges) {
            insertNew(statements, merge, rowsPerInsert);
        }
        for (RowMerge merge : merges) {
            updateHeld(statements, merge);
        }
        log(statements, changes, applied);
    }

    // Each loop over rows or changes is a method of its own and each row's binding too, so the JIT compiles them
    // once each, small, instead of compiling the caller again around every loop (on-stack replacement) with the
    // driver's binding inlined into each copy.

    private static void insertNew(Statements statements, RowMerge merge, int rowsPerInsert) throws SQLException {
        // Several rows per statement, except into a table that refers to itself: the foreign keys are checked at
        // the end of each statement, so a row naming a row of its own table that comes later in the same statement
        // would be taken where one row per statement refuses it.
        int perStatement = EntityColumns.refersToItself(merge.table()) ? 1 : rowsPerInsert;
        for (Map.Entry<List<String>, List<RowMerge.Row>> shape : insertsByColumns(merge).entrySet()) {
            List<String> columns = shape.getKey();
            List<RowMerge.Row> rows = shape.getValue();
            StringBuilder head = new StringBuilder("INSERT INTO ").append(quoted(merge.entity())).append(" (id");
            columns.forEach(c -> head.append(", ").append(quoted(c)));
            head.append(", updated_at, updated_by) VALUES ");
            String row = "(?" + ", ?".repeat(columns.size() + 2) + ")";
            int whole = rows.size() - rows.size() % perStatement;
            if (whole > 0) {
                String values = (row + ", ").repeat(perStatement - 1) + row;
                insertRows(statements.get(head + values), columns, rows, 0, whole, perStatement);
            }
            if (whole < rows.size()) {
                insertRows(statements.get(head + row), columns, rows, whole, rows.size(), 1);
            }
        }
    }

    /** Rows {@code from} to {@code to} (exclusive), {@code perStatement} a statement, in order. */
    private static void insertRows(PreparedStatement s, List<String> columns, List<RowMerge.Row> rows, int from,
                                   int to, int perStatement) throws SQLException {
        int pending = 0;
        for (int i = from; i < to; i += perStatement) {
            int p = 1;
            for (int k = i; k < i + perStatement; k++) {
                p = bindInsert(s, p, columns, rows.get(k));
            }
            s.addBatch();
            pending = flushWhenFull(s, pending + perStatement);
        }
        s.executeBatch();
    }

    /** The rows to insert, grouped by their columns (sorted), in the order the groups first came. */
    private static Map<List<String>, List<RowMerge.Row>> insertsByColumns(RowMerge merge) {
        Map<List<String>, List<RowMerge.Row>> byColumns = new LinkedHashMap<>();
        // Rows of one table mostly name the same columns in the same order: the group is looked up again only when
        // a row's columns differ from the row before's, and sorted only for an order not met before (rows whose
        // empty fields differ take turns, and sorting each time showed in a first sync).
        Map<List<String>, List<RowMerge.Row>> byOrder = new HashMap<>();
        List<String> previousKeys = List.of();
        List<RowMerge.Row> group = null;
        for (RowMerge.Row row : merge.rows()) {
            if (row.insert) {
                if (group == null || !sameKeys(previousKeys, row.values.keySet())) {
                    previousKeys = List.copyOf(row.values.keySet());
                    group = byOrder.get(previousKeys);
                    if (group == null) {
                        group = byColumns.computeIfAbsent(List.copyOf(new TreeSet<>(previousKeys)),
                                k -> new ArrayList<>());
                        byOrder.put(previousKeys, group);
                    }
                }
                group.add(row);
            }
        }
        return byColumns;
    }

    /** Binds one new row from parameter {@code p} on; the parameter after it. */
    private static int bindInsert(PreparedStatement s, int p, List<String> columns, RowMerge.Row row)
            throws SQLException {
        s.setString(p++, row.id);
        for (String column : columns) {
            s.setObject(p++, row.values.get(column));
        }
        s.setString(p++, row.updatedAt);
        s.setString(p++, row.updatedBy);
        return p;
    }

    private static void updateHeld(Statements statements, RowMerge merge) throws SQLException {
        Map<List<String>, List<RowMerge.Row>> byColumns = new LinkedHashMap<>();
        for (RowMerge.Row row : merge.rows()) {
            if (row.held && !row.values.isEmpty()) {
                List<String> columns = new ArrayList<>(new TreeSet<>(row.values.keySet()));
                if (row.stamped) {
                    columns.add("updated_at");
                    columns.add("updated_by");
                }
                byColumns.computeIfAbsent(List.copyOf(columns), k -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<List<String>, List<RowMerge.Row>> shape : byColumns.entrySet()) {
            List<String> columns = shape.getKey();
            StringBuilder sql = new StringBuilder("UPDATE ").append(quoted(merge.entity())).append(" SET ");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(quoted(columns.get(i))).append(" = ?");
            }
            sql.append(" WHERE id = ?");
            PreparedStatement s = statements.get(sql.toString());
            int pending = 0;
            for (RowMerge.Row row : shape.getValue()) {
                bindUpdate(s, columns, row);
                pending = flushWhenFull(s, pending + 1);
            }
            s.executeBatch();
        }
    }

    private static void bindUpdate(PreparedStatement s, List<String> columns, RowMerge.Row row)
            throws SQLException {
        int p = 1;
        for (String column : columns) {
            s.setObject(p++, column.equals("updated_at") ? row.updatedAt
                    : column.equals("updated_by") ? row.updatedBy : row.values.get(column));
        }
        s.setString(p, row.id);
        s.addBatch();
    }

    /**
     * The winners, kept for history and later conflict checks, never sent back: one packed entry per row write
     * ({@link ReceivedWrite}), in the order the writes' first winning fields came.
     */
    private static void log(Statements statements, List<RemoteChange> changes, boolean[] applied)
            throws SQLException {
        PreparedStatement s = statements.get("INSERT INTO change_log (entity, entity_id, field,"
                + " value, sealed, hlc, device_id, bundle_id) VALUES (?, ?, ?, ?, 0, ?, ?, ?)");
        int pending = 0;
        for (List<RemoteChange> write : byWrite(changes, applied)) {
            bindLog(s, write);
            pending = flushWhenFull(s, pending + 1);
        }
        s.executeBatch();
    }

    /** The applied changes grouped by row write, in the order the writes' first fields came. */
    private static Collection<List<RemoteChange>> byWrite(List<RemoteChange> changes, boolean[] applied) {
        // A row write's fields mostly come one after the other: the map is asked only when the write changes.
        Map<Write, List<RemoteChange>> writes = new LinkedHashMap<>();
        List<RemoteChange> current = null;
        RemoteChange previous = null;
        for (int i = 0; i < changes.size(); i++) {
            if (applied[i]) {
                RemoteChange c = changes.get(i);
                if (previous == null || !sameWrite(previous, c)) {
                    current = writes.computeIfAbsent(new Write(c.entity(), c.entityId(), c.hlc(), c.deviceId()),
                            k -> new ArrayList<>());
                }
                current.add(c);
                previous = c;
            }
        }
        return writes.values();
    }

    private static void bindLog(PreparedStatement s, List<RemoteChange> write) throws SQLException {
        RemoteChange c = write.get(0);
        s.setString(1, c.entity());
        s.setString(2, c.entityId());
        s.setString(3, ReceivedWrite.FIELD);
        s.setBytes(4, ReceivedWrite.pack(write));
        s.setString(5, c.hlc());
        s.setString(6, c.deviceId());
        s.setString(7, ChangeLog.RECEIVED);
        s.addBatch();
    }

    /** One row write: a row, a stamp and its writer. */
    private record Write(String entity, String entityId, String hlc, String deviceId) {
    }

    private static boolean sameWrite(RemoteChange a, RemoteChange b) {
        return a.entityId().equals(b.entityId()) && a.hlc().equals(b.hlc()) && a.entity().equals(b.entity())
                && a.deviceId().equals(b.deviceId());
    }

    /** Whether {@code keys} holds the same names in the same order as {@code previous}. */
    private static boolean sameKeys(List<String> previous, java.util.Set<String> keys) {
        if (previous.size() != keys.size()) {
            return false;
        }
        int i = 0;
        for (String key : keys) {
            if (!key.equals(previous.get(i++))) {
                return false;
            }
        }
        return true;
    }

    private static int flushWhenFull(PreparedStatement s, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        s.executeBatch();
        return 0;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}

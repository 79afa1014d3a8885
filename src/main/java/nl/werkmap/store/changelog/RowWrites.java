package nl.werkmap.store.changelog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
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
    static void write(Statements statements, List<RowMerge> merges, RowList list, int rowsPerInsert)
            throws SQLException {
        for (RowMerge merge : merges) {
            insertNew(statements, merge, rowsPerInsert);
        }
        for (RowMerge merge : merges) {
            updateHeld(statements, merge);
        }
        log(statements, list, rowsPerInsert);
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

    /**
     * The rows to insert, grouped by their columns (sorted), in the order the groups first came; each row's {@code
     * bind} says where the group's columns are among its values.
     */
    private static Map<List<String>, List<RowMerge.Row>> insertsByColumns(RowMerge merge) {
        Map<List<String>, List<RowMerge.Row>> byColumns = new LinkedHashMap<>();
        // Rows of one table mostly name the same columns in the same order (mostly the very same array): the group
        // is looked up again only when a row's columns differ from the row before's, and sorted only for an order
        // not met before (rows whose empty fields differ take turns, and sorting each time showed in a first sync).
        Map<List<RowMerge.Column>, Shape> byOrder = new HashMap<>();
        RowMerge.Column[] previous = null;
        Shape shape = null;
        for (RowMerge.Row row : merge.rows()) {
            if (row.insert) {
                if (shape == null || (row.columns != previous && !java.util.Arrays.equals(row.columns, previous))) {
                    previous = row.columns;
                    List<RowMerge.Column> order = List.of(previous);
                    shape = byOrder.get(order);
                    if (shape == null) {
                        shape = new Shape(previous, byColumns);
                        byOrder.put(order, shape);
                    }
                }
                row.bind = shape.bind;
                shape.rows.add(row);
            }
        }
        return byColumns;
    }

    /** The rows of one column order: their group (columns sorted) and where each sorted column is in the order. */
    private static final class Shape {
        final List<RowMerge.Row> rows;
        final int[] bind;

        Shape(RowMerge.Column[] order, Map<List<String>, List<RowMerge.Row>> byColumns) {
            List<String> names = new ArrayList<>(order.length);
            for (RowMerge.Column c : order) {
                names.add(c.name());
            }
            List<String> sorted = List.copyOf(new TreeSet<>(names));
            bind = new int[sorted.size()];
            for (int k = 0; k < bind.length; k++) {
                bind[k] = names.indexOf(sorted.get(k));
            }
            rows = byColumns.computeIfAbsent(sorted, k -> new ArrayList<>());
        }
    }

    /** Binds one new row from parameter {@code p} on; the parameter after it. */
    private static int bindInsert(PreparedStatement s, int p, List<String> columns, RowMerge.Row row)
            throws SQLException {
        s.setString(p++, row.id);
        for (int k : row.bind) {
            s.setObject(p++, row.values[k]);
        }
        s.setString(p++, row.updatedAt);
        s.setString(p++, row.updatedBy);
        return p;
    }

    private static void updateHeld(Statements statements, RowMerge merge) throws SQLException {
        Map<List<String>, List<RowMerge.Row>> byColumns = new LinkedHashMap<>();
        for (RowMerge.Row row : merge.rows()) {
            if (row.held && row.columns != null) {
                List<String> columns = new ArrayList<>(new TreeSet<>(names(row)));
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
        List<String> names = names(row);
        for (String column : columns) {
            s.setObject(p++, column.equals("updated_at") ? row.updatedAt
                    : column.equals("updated_by") ? row.updatedBy : row.values[names.indexOf(column)]);
        }
        s.setString(p, row.id);
        s.addBatch();
    }

    /**
     * The winners, kept for history and later conflict checks, never sent back: one packed entry per row write
     * ({@link ReceivedWrite}), in the order the writes' first winning fields came, {@code perStatement} entries a
     * statement. The field, seal flag and bundle are the same for every entry: written into the statement as the
     * very values they were bound as (TEXT, integer, TEXT), they need no binding per entry.
     */
    private static void log(Statements statements, RowList list, int perStatement) throws SQLException {
        Positions heads = new Positions(list.size());
        Map<Integer, Positions> joined = logEntries(list, heads);
        String head = "INSERT INTO change_log (entity, entity_id, field, value, sealed, hlc, device_id, bundle_id)"
                + " VALUES ";
        String row = "(?, ?, '" + ReceivedWrite.FIELD + "', ?, 0, ?, ?, '" + ChangeLog.RECEIVED + "')";
        Packer packer = new Packer(list);
        int whole = perStatement > 1 ? heads.size() - heads.size() % perStatement : 0;
        if (whole > 0) {
            logEntries(statements.get(head + (row + ", ").repeat(perStatement - 1) + row), packer, heads, joined, 0,
                    whole, perStatement);
        }
        if (whole < heads.size()) {
            logEntries(statements.get(head + row), packer, heads, joined, whole, heads.size(), 1);
        }
    }

    /**
     * The writes that start a change-log entry (those with a winning field), in order, into {@code heads}; returned:
     * per such write, the later writes of the same row, stamp and writer in the list, whose winners join its entry
     * (only a list that brings one row write in parts has any).
     */
    private static Map<Integer, Positions> logEntries(RowList list, Positions heads) {
        Map<Integer, Positions> joined = new HashMap<>();
        boolean[] head = new boolean[list.size()];
        boolean[] applied = list.applied();
        for (int i = 0; i < list.size(); i++) {
            if (!anyWon(applied, list.base(i), list.base(i + 1))) {
                continue;
            }
            RowMerge.Row owner = list.owner(i);
            int into = -1;
            for (int k = 0; owner.more != null && into < 0; k++) {
                int earlier = owner.write(k);
                if (earlier == i) {
                    break;
                }
                if (head[earlier] && list.row(earlier).sameWrite(list.row(i))) {
                    into = earlier;
                }
            }
            if (into < 0) {
                head[i] = true;
                heads.add(i);
            } else {
                joined.computeIfAbsent(into, k -> new Positions(2)).add(i);
            }
        }
        return joined;
    }

    private static boolean anyWon(boolean[] applied, int from, int to) {
        for (int p = from; p < to; p++) {
            if (applied[p]) {
                return true;
            }
        }
        return false;
    }

    /** Entries {@code from} to {@code to} (exclusive) of {@code heads}, {@code perStatement} a statement, in order. */
    private static void logEntries(PreparedStatement s, Packer packer, Positions heads, Map<Integer, Positions> joined,
                                   int from, int to, int perStatement) throws SQLException {
        int pending = 0;
        for (int i = from; i < to; i += perStatement) {
            int p = 1;
            for (int k = i; k < i + perStatement; k++) {
                p = bindLog(s, p, packer, heads.get(k), joined);
            }
            s.addBatch();
            pending = flushWhenFull(s, pending + perStatement);
        }
        s.executeBatch();
    }

    /** Binds the entry of write {@code write} from parameter {@code p} on; the parameter after it. */
    private static int bindLog(PreparedStatement s, int p, Packer packer, int write, Map<Integer, Positions> joined)
            throws SQLException {
        RemoteRow w = packer.start(write);
        Positions more = joined.isEmpty() ? null : joined.get(write);
        for (int k = 0; more != null && k < more.size(); k++) {
            packer.add(more.get(k));
        }
        s.setString(p++, w.entity());
        s.setString(p++, w.entityId());
        s.setBytes(p++, ReceivedWrite.pack(packer));
        s.setString(p++, w.hlc());
        s.setString(p++, w.deviceId());
        return p;
    }

    /** The winning fields of one change-log entry, gathered from its writes; one instance serves every entry. */
    private static final class Packer implements ReceivedWrite.Written {
        private final RowList list;
        private RemoteRow[] rows = new RemoteRow[32];
        private int[] fields = new int[32];
        private int count;

        Packer(RowList list) {
            this.list = list;
        }

        /** Starts the entry of write {@code i} with its winning fields; returns the write. */
        RemoteRow start(int i) {
            count = 0;
            add(i);
            return list.row(i);
        }

        /** Adds the winning fields of write {@code i}. */
        void add(int i) {
            RemoteRow row = list.row(i);
            boolean[] applied = list.applied();
            int base = list.base(i);
            for (int f = 0; f < row.size(); f++) {
                if (applied[base + f]) {
                    if (count == rows.length) {
                        rows = java.util.Arrays.copyOf(rows, count * 2);
                        fields = java.util.Arrays.copyOf(fields, count * 2);
                    }
                    rows[count] = row;
                    fields[count++] = f;
                }
            }
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public String field(int k) {
            return rows[k].field(fields[k]);
        }

        @Override
        public byte[] value(int k) {
            return rows[k].value(fields[k]);
        }
    }

    /** The column names of a row's written columns, in their order. */
    private static List<String> names(RowMerge.Row row) {
        List<String> names = new ArrayList<>(row.columns.length);
        for (RowMerge.Column c : row.columns) {
            names.add(c.name());
        }
        return names;
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

package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored state of the master rows and fields one apply touches, loaded in bulk before the merge and written
 * back in bulk after it: plain JDBC with one prepared statement per kind of query, reused for every id chunk and
 * every batched row. Works on the writer's connection inside the caller's transaction; the SQL is portable between
 * SQLite and PostgreSQL.
 */
final class MasterRows {

    /** Ids per lookup; short chunks are padded by repeating an id, so one prepared statement serves them all. */
    private static final int CHUNK = 500;
    private static final int BATCH = 2_000;

    /** A master row as stored, its fields, and whether the merge changed it. */
    static final class Row {
        final String entity;
        final String id;
        String candidate;
        /** The candidate as stored: its key sealed the stored personal values. */
        String storedCandidate;
        String tombstoneHlc;
        String tombstoneDevice;
        boolean stored;
        boolean dirty;
        /** Fields by name, stored or merged in; few per row, so a small map each instead of one big one. */
        final Map<String, Field> fields = new HashMap<>(8);

        Row(String entity, String id) {
            this.entity = entity;
            this.id = id;
        }
    }

    /** A master field as stored, plus whether the merge changed it. */
    static final class Field {
        String hlc;
        String device;
        /** The plain value; for a stored personal field only once {@link MasterRows#value} opened it. */
        String value;
        /** The stored sealed form (base64), or null for a plain or null value. */
        String sealed;
        boolean opened;
        boolean stored;
        boolean dirty;
    }

    private final MasterSealing.Session keys;

    MasterRows(MasterSealing.Session keys) {
        this.keys = keys;
    }

    /**
     * The plain value of a field; a stored personal value is opened on first use only, so an apply that does not
     * look at a sealed value (an assignment, a new row) needs no key.
     */
    String value(Row row, String name, Field field) throws SQLException {
        if (!field.opened) {
            field.value = keys.open(row.storedCandidate, row.entity, row.id, name, field.sealed);
            field.opened = true;
        }
        return field.value;
    }

    private final Map<String, Row> rows = new HashMap<>();

    private static String rowKey(String entity, String id) {
        return entity + '\u0000' + id;
    }

    /** The row as stored or merged so far, or null. */
    Row row(String entity, String id) {
        return rows.get(rowKey(entity, id));
    }

    /** A row not known yet; a new one is marked dirty by the caller. */
    Row newRow(String entity, String id) {
        Row row = new Row(entity, id);
        rows.put(rowKey(entity, id), row);
        return row;
    }

    Field field(Row row, String name) {
        return row.fields.get(name);
    }

    Field newField(Row row, String name) {
        Field field = new Field();
        row.fields.put(name, field);
        return field;
    }

    /**
     * Loads every stored row of the given ids, and the fields of those rows only: a field is never stored without
     * its row (the merge writes both in one transaction), so ids new to the hub, most of a first sync, cost one
     * lookup instead of two. Ids are looked up in key order, so consecutive lookups share B-tree pages.
     */
    void load(Connection connection, Map<String, Set<String>> idsByEntity) throws SQLException {
        String in = "?" + ",?".repeat(CHUNK - 1);
        try (PreparedStatement rowQuery = connection.prepareStatement("SELECT entity_id, candidate_id, tombstone_hlc,"
                + " tombstone_device FROM master_row WHERE entity = ? AND entity_id IN (" + in + ")");
             PreparedStatement fieldQuery = connection.prepareStatement("SELECT entity_id, field, hlc, device_id, value,"
                     + " sealed_value FROM master_field WHERE entity = ? AND entity_id IN (" + in + ")")) {
            for (Map.Entry<String, Set<String>> entity : idsByEntity.entrySet()) {
                String name = entity.getKey();
                List<String> ids = new ArrayList<>(entity.getValue());
                ids.sort(null);
                List<String> stored = new ArrayList<>();
                for (int start = 0; start < ids.size(); start += CHUNK) {
                    bindChunk(rowQuery, name, ids.subList(start, Math.min(ids.size(), start + CHUNK)));
                    try (ResultSet r = rowQuery.executeQuery()) {
                        while (r.next()) {
                            Row row = newRow(name, r.getString(1));
                            row.candidate = r.getString(2);
                            row.storedCandidate = row.candidate;
                            row.tombstoneHlc = r.getString(3);
                            row.tombstoneDevice = r.getString(4);
                            row.stored = true;
                            stored.add(row.id);
                        }
                    }
                }
                for (int start = 0; start < stored.size(); start += CHUNK) {
                    bindChunk(fieldQuery, name, stored.subList(start, Math.min(stored.size(), start + CHUNK)));
                    try (ResultSet r = fieldQuery.executeQuery()) {
                        while (r.next()) {
                            Field field = newField(row(name, r.getString(1)), r.getString(2));
                            field.hlc = r.getString(3);
                            field.device = r.getString(4);
                            field.value = r.getString(5);
                            field.sealed = r.getString(6);
                            field.opened = field.sealed == null;
                            field.stored = true;
                        }
                    }
                }
            }
        }
    }

    /** Opens, in a few queries, the keys of the stored rows whose sealed values the merge of {@code changes} reads. */
    void openKeysFor(List<nl.werkmap.sync.protocol.Change> changes) throws SQLException {
        Set<String> candidates = new java.util.HashSet<>();
        for (nl.werkmap.sync.protocol.Change change : changes) {
            Row row = row(change.entity(), change.id());
            if (row == null || candidates.contains(row.storedCandidate)) {
                continue;
            }
            for (String name : change.fields().keySet()) {
                Field field = row.fields.get(name);
                if (field != null && field.sealed != null) {
                    candidates.add(row.storedCandidate);
                    break;
                }
            }
        }
        keys.preload(candidates);
    }

    private static void bindChunk(PreparedStatement query, String entity, List<String> part) throws SQLException {
        query.setString(1, entity);
        for (int i = 0; i < CHUNK; i++) {
            query.setString(i + 2, part.get(Math.min(i, part.size() - 1)));
        }
    }

    /**
     * Writes every changed row and field at journal position {@code seq}: inserts and updates, batched, in
     * primary-key order. The B-trees then take the inserts page by page instead of jumping to a random page for
     * every random UUID, which is most of the cost of a large apply. Rows are sorted, and each row's few fields
     * after it, which is far cheaper than sorting every field by its full key.
     */
    void store(Connection connection, long seq) throws SQLException {
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(KEY_ORDER);
        Set<String> sealing = new java.util.HashSet<>();
        for (Row row : sorted) {
            boolean moved = row.stored && !java.util.Objects.equals(row.storedCandidate, row.candidate);
            for (Map.Entry<String, Field> field : row.fields.entrySet()) {
                if (field.getValue().dirty && field.getValue().value != null
                        && MasterSealing.personal(row.entity, field.getKey())
                        || moved && field.getValue().sealed != null) {
                    sealing.add(row.candidate);
                    if (moved) {
                        sealing.add(row.storedCandidate);
                    }
                }
            }
        }
        keys.preload(sealing);
        try (Batch insertRow = new Batch(connection, "INSERT INTO master_row (candidate_id, tombstone_hlc,"
                + " tombstone_device, journal_seq, entity, entity_id) VALUES (?, ?, ?, ?, ?, ?)");
             Batch updateRow = new Batch(connection, "UPDATE master_row SET candidate_id = ?, tombstone_hlc = ?,"
                     + " tombstone_device = ?, journal_seq = ? WHERE entity = ? AND entity_id = ?")) {
            for (Row row : sorted) {
                if (row.dirty) {
                    (row.stored ? updateRow : insertRow).add(row.candidate, row.tombstoneHlc, row.tombstoneDevice,
                            seq, row.entity, row.id);
                }
            }
        }
        try (Batch insertField = new Batch(connection, "INSERT INTO master_field (value, sealed_value, hlc, device_id,"
                + " journal_seq, entity, entity_id, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             Batch updateField = new Batch(connection, "UPDATE master_field SET value = ?, sealed_value = ?, hlc = ?,"
                     + " device_id = ?, journal_seq = ? WHERE entity = ? AND entity_id = ? AND field = ?");
             Batch resealField = new Batch(connection, "UPDATE master_field SET sealed_value = ?"
                     + " WHERE entity = ? AND entity_id = ? AND field = ?")) {
            List<String> names = new ArrayList<>();
            for (Row row : sorted) {
                names.clear();
                names.addAll(row.fields.keySet());
                names.sort(null);
                // A row that moved to another candidate (or got its first) takes its sealed values along, unchanged.
                boolean moved = row.stored && !java.util.Objects.equals(row.storedCandidate, row.candidate);
                for (String name : names) {
                    Field field = row.fields.get(name);
                    boolean personal = MasterSealing.personal(row.entity, name);
                    if (field.dirty) {
                        String sealed = personal ? keys.seal(row.candidate, row.entity, row.id, name, field.value)
                                : null;
                        (field.stored ? updateField : insertField).add(personal ? null : field.value, sealed,
                                field.hlc, field.device, seq, row.entity, row.id, name);
                    } else if (moved && field.sealed != null) {
                        resealField.add(keys.seal(row.candidate, row.entity, row.id, name, value(row, name, field)),
                                row.entity, row.id, name);
                    }
                }
            }
        }
    }

    /** The primary-key order of the master tables; ids are ASCII, so Java's order is SQLite's binary order. */
    private static final Comparator<Row> KEY_ORDER = Comparator.<Row, String>comparing(row -> row.entity)
            .thenComparing(row -> row.id);

    /** Ids per entity that the changes name, for {@link #load}. */
    static Map<String, Set<String>> idsByEntity() {
        return new HashMap<>();
    }

    static void want(Map<String, Set<String>> ids, String entity, String id) {
        ids.computeIfAbsent(entity, e -> new LinkedHashSet<>()).add(id);
    }

    /** One prepared statement filled row by row, sent every {@link #BATCH} rows and on close. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private int pending;

        Batch(Connection connection, String sql) throws SQLException {
            this.statement = connection.prepareStatement(sql);
        }

        /** Text parameters, and the journal position as a number. */
        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) values[i]);
                }
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }
}

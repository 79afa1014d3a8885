package nl.werkmap.hub.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import nl.werkmap.sync.protocol.Change;

/**
 * A device's first fetch ({@code after == 0}: everything it may see), read in pages and handed out row by row in
 * the feed's order ({@link FeedOrder}), so the hub seals and sends the first bundle after the first page instead of
 * after the whole team: 2 million fields for a 5,000-candidate team, which held gigabytes of heap and kept the device
 * idle for seconds. Pages are keyset pages over {@code master_row}'s key (entity, then row id), the same order the
 * feed goes out in; a page never ends inside a row, so a row's writes stay together (sync-protocol.md §5). The first
 * page may be small and each full page is followed by one twice as large, up to the page size, so the first rows go
 * out before a whole page of candidates (thousands of rows, their fields and keys) is read. What goes
 * out is what {@link CaseloadFeed#changesFor} gives for {@code after == 0}, in the same order
 * (FirstFeedEquivalenceTest); everything is read in the caller's one read transaction, so it is one snapshot. On
 * SQLite a page's fields come packed a row at a time ({@link PackedFields}), one array per row instead of one per
 * column of every field; on PostgreSQL column by column (PackedFieldsEquivalenceTest: the same rows and bytes).
 */
public final class FirstFeed {

    /** Rows per page: with their fields a few megabytes of text, about half a down-bundle. */
    public static final int PAGE = 2_000;
    /** Rows of a first fetch's first page; each full page is followed by one twice as large, up to {@link #PAGE}. */
    public static final int FIRST_PAGE = 128;

    private static final String ROWS_SQL = "SELECT entity_id, candidate_id, tombstone_hlc, tombstone_device,"
            + " journal_seq FROM master_row WHERE entity = ? AND entity_id > ? ORDER BY entity_id LIMIT ?";
    /** The fields of one page of rows: the key range from after the page before to the page's last row. */
    private static final String FIELDS_SQL = "SELECT entity_id, field, value, sealed_value, hlc, device_id"
            + " FROM master_field WHERE entity = ? AND entity_id > ? AND entity_id <= ? AND journal_seq <= ?"
            + " ORDER BY entity_id";

    private FirstFeed() {
    }

    /**
     * Hands {@code rows} the changes of the first fetch of {@code device} up to journal position {@code upTo}, one
     * row at a time (its writes, then its tombstone), in the feed's order; {@code pageSize} rows a page.
     * Runs in the caller's read transaction ({@code dsl}); personal values are opened with {@code sealing}.
     */
    public static void stream(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                              List<String> visibleCoaches, long upTo, int pageSize, Consumer<List<Change>> rows) {
        streamRows(dsl, sealing, device, visibleCoaches, upTo, pageSize, row -> rows.accept(row.changes()));
    }

    /**
     * As {@link #stream}, each row handed out as a {@link FeedRow}, whose {@link FeedRow#changes()} are what
     * {@link #stream} gives; the hub writes it into the bundle without making the changes.
     */
    public static void streamRows(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                                  List<String> visibleCoaches, long upTo, int pageSize, Consumer<FeedRow> rows) {
        streamRows(dsl, sealing, device, visibleCoaches, upTo, pageSize, pageSize, rows);
    }

    /**
     * As {@link #streamRows(DSLContext, MasterSealing, RegisteredDevice, List, long, int, Consumer)}, the first page
     * {@code firstPage} rows and each page after a full one twice as many as that one, up to {@code pageSize}: the
     * same rows in the same order, the first of them handed out sooner.
     */
    public static void streamRows(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                                  List<String> visibleCoaches, long upTo, int firstPage, int pageSize,
                                  Consumer<FeedRow> rows) {
        streamRows(dsl, sealing, device, visibleCoaches, upTo, firstPage, pageSize, rows,
                dsl.dialect() == SQLDialect.SQLITE);
    }

    /**
     * As {@link #streamRows(DSLContext, MasterSealing, RegisteredDevice, List, long, int, int, Consumer)};
     * {@code packed}: each row's fields read packed into one text ({@link PackedFields}, SQLite only), else column
     * by column (PostgreSQL; on SQLite the equivalence tests' reference).
     */
    static void streamRows(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                           List<String> visibleCoaches, long upTo, int firstPage, int pageSize,
                           Consumer<FeedRow> rows, boolean packed) {
        if (firstPage < 1 || firstPage > pageSize) {
            throw new IllegalArgumentException("first page " + firstPage + ", page " + pageSize);
        }
        Set<String> owned = CaseloadFeed.owned(dsl, visibleCoaches).keySet();
        List<String> entities = entities(dsl);
        // SQLite's driver hands a text column's UTF-8 out as it is stored; PostgreSQL's text goes through getString.
        boolean stored = dsl.dialect() == SQLDialect.SQLITE;
        if (packed && !stored) {
            throw new IllegalArgumentException("Packed fields are read from SQLite only");
        }
        dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection);
                 PreparedStatement page = connection.prepareStatement(ROWS_SQL);
                 PreparedStatement fields = connection.prepareStatement(packed ? PackedFields.SQL : FIELDS_SQL)) {
                Reader reader = new Reader(keys, device.id(), owned, upTo, stored, packed, rows, firstPage, pageSize);
                for (String entity : entities) {
                    reader.entity(entity, page, fields);
                }
            }
            return null;
        });
    }

    /** The feed's entities in order; any the order does not list (none today) after them, by name. */
    private static List<String> entities(DSLContext dsl) {
        List<String> entities = new ArrayList<>(CaseloadFeed.ENTITY_ORDER);
        for (String entity : dsl.selectDistinct(Tables.ENTITY).from(Tables.MASTER_ROW).orderBy(Tables.ENTITY)
                .fetch(Tables.ENTITY)) {
            if (!entities.contains(entity)) {
                entities.add(entity);
            }
        }
        return entities;
    }

    /** One row of a page, with its fields (as writes) once they are read. */
    private static final class Row {
        final String id;
        final byte[] idBytes;
        final String candidate;
        final String tombstoneHlc;
        final String tombstoneDevice;
        final long seq;
        /** Its place in the page. */
        final int index;
        /** Its fields by stamp and writer, each write in the order first read; sealed values not opened yet. */
        final List<FeedRow.Write> writes = new ArrayList<>(2);
        /** A row of a candidate the device does not see: left out. */
        boolean hidden;

        Row(byte[] idBytes, String candidate, String tombstoneHlc, String tombstoneDevice, long seq, int index) {
            this.idBytes = idBytes;
            this.id = FeedRow.text(idBytes);
            this.candidate = candidate;
            this.tombstoneHlc = tombstoneHlc;
            this.tombstoneDevice = tombstoneDevice;
            this.seq = seq;
            this.index = index;
        }
    }

    /** A row's writes by stamp, then writer, as {@link FeedOrder#sortWrites} orders changes. */
    private static final Comparator<FeedRow.Write> WRITES = Comparator.comparing(FeedRow.Write::hlc)
            .thenComparing(FeedRow.Write::origin, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Reads the pages of one entity after another and turns each row's records into its changes. */
    private static final class Reader {
        private final MasterSealing.Session keys;
        private final String self;
        private final Set<String> owned;
        private final long upTo;
        private final boolean stored;
        private final boolean packed;
        private final Consumer<FeedRow> rows;
        private final FieldNames names = new FieldNames();
        /** Rows of the next page: the first page's size, doubled after each full page up to {@link #mostPage}. */
        private int pageSize;
        private final int mostPage;

        Reader(MasterSealing.Session keys, String self, Set<String> owned, long upTo, boolean stored, boolean packed,
               Consumer<FeedRow> rows, int firstPage, int mostPage) {
            this.keys = keys;
            this.self = self;
            this.owned = owned;
            this.upTo = upTo;
            this.stored = stored;
            this.packed = packed;
            this.rows = rows;
            this.pageSize = firstPage;
            this.mostPage = mostPage;
        }

        /**
         * Every row of {@code entity}, a page at a time: the page's rows by key, then their fields in one range read.
         * The candidates whose sealed values the page holds get their keys opened together first.
         */
        void entity(String entity, PreparedStatement page, PreparedStatement fieldsOf) throws SQLException {
            String after = "";
            names.clear();
            while (true) {
                page.setString(1, entity);
                page.setString(2, after);
                page.setInt(3, pageSize);
                Map<String, Row> byId = new HashMap<>(pageSize * 2);
                List<Row> rows = rows(page, pageSize, byId);
                if (rows.isEmpty()) {
                    return;
                }
                String last = rows.get(rows.size() - 1).id;
                fieldsOf.setString(1, entity);
                fieldsOf.setString(2, after);
                fieldsOf.setString(3, last);
                fieldsOf.setLong(4, upTo);
                Set<String> sealedOf = packed ? packedFields(fieldsOf, rows, byId) : fields(fieldsOf, byId);
                keys.preload(sealedOf);
                emit(entity, rows);
                if (rows.size() < pageSize) {
                    return;
                }
                pageSize = (int) Math.min(mostPage, 2L * pageSize);
                after = last;
            }
        }

        // The loops of entity are methods of their own (and a row's emitting, row, too), so the JIT compiles each
        // once, small, instead of compiling entity again around each loop (on-stack replacement) with the reads, the
        // opening of sealed values and the sink all inlined into every copy.

        private void emit(String entity, List<Row> rows) throws SQLException {
            for (Row row : rows) {
                row(entity, row);
            }
        }

        /** The page's rows by key, each also put in {@code byId}. */
        private List<Row> rows(PreparedStatement page, int pageSize, Map<String, Row> byId) throws SQLException {
            List<Row> rows = new ArrayList<>(pageSize);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(utf8(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rows.size());
                    row.hidden = row.candidate != null && !owned.contains(row.candidate);
                    rows.add(row);
                    byId.put(row.id, row);
                }
            }
            return rows;
        }

        /** The page's fields, a column each, put with their rows; the candidates whose sealed values came. */
        private Set<String> fields(PreparedStatement fieldsOf, Map<String, Row> byId) throws SQLException {
            Set<String> sealedOf = new HashSet<>();
            try (ResultSet rs = fieldsOf.executeQuery()) {
                Row row = null;
                while (rs.next()) {
                    byte[] id = utf8(rs, 1);
                    // A row's fields come one after another: only a new id is looked up (by its text, as before).
                    if (row == null || !Arrays.equals(row.idBytes, id)) {
                        row = byId.get(FeedRow.text(id));
                    }
                    if (row == null) {
                        continue; // a field without its row: the join of the whole read leaves it out too
                    }
                    if (row.hidden) {
                        continue; // the row is left out whole (see row)
                    }
                    field(rs, row, sealedOf);
                }
            }
            return sealedOf;
        }

        private void field(ResultSet rs, Row row, Set<String> sealedOf) throws SQLException {
            byte[] sealed = utf8(rs, 4);
            byte[] name = utf8(rs, 2);
            String field = names.name(name, 0, name.length);
            byte[] value = sealed == null ? utf8(rs, 3) : null;
            FeedRow.Write write = write(row.writes, utf8(rs, 5), utf8(rs, 6));
            if (sealed != null) {
                write.putSealed(field, sealed, 0, sealed.length);
                sealedOf.add(row.candidate);
            } else {
                write.put(field, value);
            }
        }

        /**
         * The page's fields packed a row at a time ({@link PackedFields}), put with their rows; the candidates whose
         * sealed values came. The packed rows come in the page's order, so each is first compared with the row after
         * the one before (a row without fields, a tombstone, is passed by; one found by its text otherwise).
         */
        private Set<String> packedFields(PreparedStatement fieldsOf, List<Row> rows, Map<String, Row> byId)
                throws SQLException {
            Set<String> sealedOf = new HashSet<>();
            try (ResultSet rs = fieldsOf.executeQuery()) {
                int next = 0;
                while (rs.next()) {
                    byte[] id = rs.getBytes(1);
                    Row row = next < rows.size() && Arrays.equals(rows.get(next).idBytes, id) ? rows.get(next)
                            : byId.get(FeedRow.text(id));
                    if (row == null) {
                        continue; // fields without their row: the join of the whole read leaves them out too
                    }
                    next = row.index + 1;
                    if (row.hidden) {
                        continue; // the row is left out whole (see row)
                    }
                    if (PackedFields.read(rs.getBytes(2), row.writes, names)) {
                        sealedOf.add(row.candidate);
                    }
                }
            }
            return sealedOf;
        }

        /** A text column's UTF-8: as stored (SQLite), or encoded from the driver's text (PostgreSQL). */
        private byte[] utf8(ResultSet rs, int column) throws SQLException {
            if (stored) {
                return rs.getBytes(column);
            }
            String text = rs.getString(column);
            return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        }

        /**
         * One row's changes, filtered as {@link CaseloadFeed#changesFor} filters a first fetch: rows of candidates
         * the device does not see are left out, and so are its own writes to rows of no candidate (it holds them);
         * its own writes to candidates' rows go back, since on a first fetch every candidate it sees is new to it.
         * Sealed values are opened here, after the page's keys were opened together.
         */
        private void row(String entity, Row row) throws SQLException {
            String candidate = row.candidate;
            if (candidate != null && !owned.contains(candidate)) {
                return;
            }
            List<FeedRow.Write> writes = row.writes;
            if (candidate == null) {
                writes.removeIf(w -> self.equals(w.origin()));
            }
            for (FeedRow.Write write : writes) {
                open(entity, row, write);
            }
            writes.removeIf(w -> w.size == 0);
            if (writes.size() > 1) {
                writes.sort(WRITES);
            }
            boolean tombstone = row.tombstoneHlc != null && row.seq <= upTo;
            if (!writes.isEmpty() || tombstone) {
                rows.accept(new FeedRow(entity, row.id, writes, tombstone ? row.tombstoneHlc : null,
                        tombstone ? row.tombstoneDevice : null));
            }
        }

        /** Opens the write's sealed values (the stored base64 text's bytes) into their UTF-8. */
        private void open(String entity, Row row, FeedRow.Write write) throws SQLException {
            if (write.sealed == null) {
                return;
            }
            for (int i = 0; i < write.size; i++) {
                if (write.isSealed(i)) {
                    write.opened(i, keys.openUtf8(row.candidate, entity, row.id, write.fields[i],
                            (byte[]) write.values[i], write.offsets[i], write.lengths[i]));
                }
            }
        }

        /** The write (stamp and writer) of a field; a row has only a few, so a list is searched. */
        private static FeedRow.Write write(List<FeedRow.Write> writes, byte[] hlc, byte[] device) {
            for (int i = 0; i < writes.size(); i++) {
                FeedRow.Write w = writes.get(i);
                if (Arrays.equals(w.hlcBytes, hlc) && Arrays.equals(w.originBytes, device)) {
                    return w;
                }
            }
            FeedRow.Write write = new FeedRow.Write(hlc, device);
            writes.add(write);
            return write;
        }
    }
}

package nl.werkmap.hub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jooq.DSLContext;

import nl.werkmap.sync.protocol.Change;

/**
 * A device's first fetch ({@code after == 0}: everything it may see), read in pages and handed out row by row in
 * the feed's order ({@link FeedOrder}), so the hub seals and sends the first bundle after the first page instead of
 * after the whole team: 2 million fields for a 5,000-candidate team, which held gigabytes of heap and kept the device
 * idle for seconds. Pages are keyset pages over {@code master_row}'s key (entity, then row id), the same order the
 * feed goes out in; a page never ends inside a row, so a row's writes stay together (sync-protocol.md §5). What goes
 * out is what {@link CaseloadFeed#changesFor} gives for {@code after == 0}, in the same order
 * (FirstFeedEquivalenceTest); everything is read in the caller's one read transaction, so it is one snapshot.
 */
public final class FirstFeed {

    /** Rows per page: with their fields a few megabytes of text, about half a down-bundle. */
    public static final int PAGE = 2_000;

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
        Set<String> owned = CaseloadFeed.owned(dsl, visibleCoaches).keySet();
        List<String> entities = entities(dsl);
        dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection);
                 PreparedStatement page = connection.prepareStatement(ROWS_SQL);
                 PreparedStatement fields = connection.prepareStatement(FIELDS_SQL)) {
                Reader reader = new Reader(keys, device.id(), owned, upTo, rows);
                for (String entity : entities) {
                    reader.entity(entity, page, fields, pageSize);
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

    /** One row of a page, with its fields once they are read. */
    private static final class Row {
        final String id;
        final String candidate;
        final String tombstoneHlc;
        final String tombstoneDevice;
        final long seq;
        final List<Rec> fields = new ArrayList<>(12);

        Row(String id, String candidate, String tombstoneHlc, String tombstoneDevice, long seq) {
            this.id = id;
            this.candidate = candidate;
            this.tombstoneHlc = tombstoneHlc;
            this.tombstoneDevice = tombstoneDevice;
            this.seq = seq;
        }
    }

    /** One journaled field of a row. */
    private record Rec(String field, String value, String sealed, String hlc, String device) {
    }

    /** Reads the pages of one entity after another and turns each row's records into its changes. */
    private static final class Reader {
        private final MasterSealing.Session keys;
        private final String self;
        private final Set<String> owned;
        private final long upTo;
        private final Consumer<List<Change>> rows;

        Reader(MasterSealing.Session keys, String self, Set<String> owned, long upTo, Consumer<List<Change>> rows) {
            this.keys = keys;
            this.self = self;
            this.owned = owned;
            this.upTo = upTo;
            this.rows = rows;
        }

        /**
         * Every row of {@code entity}, a page at a time: the page's rows by key, then their fields in one range read.
         * The candidates whose sealed values the page holds get their keys opened together first.
         */
        void entity(String entity, PreparedStatement page, PreparedStatement fieldsOf, int pageSize)
                throws SQLException {
            String after = "";
            while (true) {
                page.setString(1, entity);
                page.setString(2, after);
                page.setInt(3, pageSize);
                List<Row> rows = new ArrayList<>(pageSize);
                Map<String, Row> byId = new HashMap<>(pageSize * 2);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5));
                        rows.add(row);
                        byId.put(row.id, row);
                    }
                }
                if (rows.isEmpty()) {
                    return;
                }
                String last = rows.get(rows.size() - 1).id;
                fieldsOf.setString(1, entity);
                fieldsOf.setString(2, after);
                fieldsOf.setString(3, last);
                fieldsOf.setLong(4, upTo);
                Set<String> sealedOf = new HashSet<>();
                try (ResultSet rs = fieldsOf.executeQuery()) {
                    Row row = null;
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (row == null || !row.id.equals(id)) {
                            row = byId.get(id);
                        }
                        if (row == null) {
                            continue; // a field without its row: the join of the whole read leaves it out too
                        }
                        Rec rec = new Rec(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6));
                        row.fields.add(rec);
                        if (rec.sealed() != null) {
                            sealedOf.add(row.candidate);
                        }
                    }
                }
                keys.preload(sealedOf);
                for (Row row : rows) {
                    row(entity, row);
                }
                if (rows.size() < pageSize) {
                    return;
                }
                after = last;
            }
        }

        /**
         * One row's changes, filtered as {@link CaseloadFeed#changesFor} filters a first fetch: rows of candidates
         * the device does not see are left out, and so are its own writes to rows of no candidate (it holds them);
         * its own writes to candidates' rows go back, since on a first fetch every candidate it sees is new to it.
         */
        private void row(String entity, Row row) throws SQLException {
            String candidate = row.candidate;
            if (candidate != null && !owned.contains(candidate)) {
                return;
            }
            List<Change.Builder> writes = new ArrayList<>(2);
            List<String> stamps = new ArrayList<>(4);
            for (Rec r : row.fields) {
                if (self.equals(r.device()) && candidate == null) {
                    continue;
                }
                String value = r.sealed() == null ? r.value()
                        : keys.open(candidate, entity, row.id, r.field(), r.sealed());
                builder(writes, stamps, entity, row.id, r).put(r.field(), value);
            }
            List<Change> changes = new ArrayList<>(writes.size() + 1);
            for (Change.Builder write : writes) {
                changes.add(write.build());
            }
            FeedOrder.sortWrites(changes);
            if (row.tombstoneHlc != null && row.seq <= upTo) {
                changes.add(new Change(entity, row.id, Map.of(), row.tombstoneHlc, true, row.tombstoneDevice));
            }
            if (!changes.isEmpty()) {
                rows.accept(changes);
            }
        }

        /** The write (stamp and writer) {@code r} belongs to; a row has only a few, so a list is searched. */
        private static Change.Builder builder(List<Change.Builder> writes, List<String> stamps, String entity,
                                              String id, Rec r) {
            for (int i = 0; i < writes.size(); i++) {
                if (stamps.get(2 * i).equals(r.hlc()) && stamps.get(2 * i + 1).equals(r.device())) {
                    return writes.get(i);
                }
            }
            Change.Builder write = new Change.Builder(entity, id, r.hlc(), r.device());
            writes.add(write);
            stamps.add(r.hlc());
            stamps.add(r.device());
            return write;
        }
    }
}

package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

    /** Joined field records per page: a few megabytes of text, the size of about four down-bundles. */
    public static final int PAGE = 20_000;

    private static final String COLUMNS = "SELECT r.entity_id, r.candidate_id, r.tombstone_hlc, r.tombstone_device,"
            + " r.journal_seq, f.field, f.value, f.sealed_value, f.hlc, f.device_id FROM master_row r LEFT JOIN"
            + " master_field f ON f.entity = r.entity AND f.entity_id = r.entity_id AND f.journal_seq <= ?"
            + " WHERE r.entity = ? AND r.entity_id ";
    private static final String PAGE_SQL = COLUMNS + "> ? ORDER BY r.entity_id LIMIT ?";
    private static final String ROW_SQL = COLUMNS + "= ?";

    private FirstFeed() {
    }

    /**
     * Hands {@code rows} the changes of the first fetch of {@code device} up to journal position {@code upTo}, one
     * row at a time (its writes, then its tombstone), in the feed's order; {@code pageSize} joined records a page.
     * Runs in the caller's read transaction ({@code dsl}); personal values are opened with {@code sealing}.
     */
    public static void stream(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                              List<String> visibleCoaches, long upTo, int pageSize, Consumer<List<Change>> rows) {
        Set<String> owned = CaseloadFeed.owned(dsl, visibleCoaches).keySet();
        List<String> entities = entities(dsl);
        dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection);
                 PreparedStatement page = connection.prepareStatement(PAGE_SQL);
                 PreparedStatement single = connection.prepareStatement(ROW_SQL)) {
                Reader reader = new Reader(keys, device.id(), owned, upTo, rows);
                for (String entity : entities) {
                    reader.entity(entity, page, single, pageSize);
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

    /** One joined record: a row's columns and one of its fields (field null: a row without fields). */
    private record Rec(String id, String candidate, String tombstoneHlc, String tombstoneDevice, long rowSeq,
                       String field, String value, String sealed, String hlc, String device) {
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

        void entity(String entity, PreparedStatement page, PreparedStatement single, int pageSize)
                throws SQLException {
            String after = "";
            while (true) {
                page.setLong(1, upTo);
                page.setString(2, entity);
                page.setString(3, after);
                page.setInt(4, pageSize);
                List<Rec> records = read(page);
                if (records.isEmpty()) {
                    return;
                }
                boolean full = records.size() == pageSize;
                int end = records.size();
                if (full) {
                    // The last row may go on in the next page: leave it for that page.
                    String last = records.get(end - 1).id();
                    while (end > 0 && records.get(end - 1).id().equals(last)) {
                        end--;
                    }
                    if (end == 0) {
                        // One row with more fields than a page holds: read it alone, whole.
                        single.setLong(1, upTo);
                        single.setString(2, entity);
                        single.setString(3, last);
                        records = read(single);
                        end = records.size();
                    }
                }
                rows(entity, records.subList(0, end));
                after = records.get(end - 1).id();
                if (!full) {
                    return;
                }
            }
        }

        private static List<Rec> read(PreparedStatement query) throws SQLException {
            List<Rec> records = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    records.add(new Rec(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10)));
                }
            }
            return records;
        }

        /** The page's rows in order; the keys of the candidates whose sealed values it holds are opened first. */
        private void rows(String entity, List<Rec> records) throws SQLException {
            Set<String> sealedOf = new HashSet<>();
            for (Rec r : records) {
                if (r.sealed() != null) {
                    sealedOf.add(r.candidate());
                }
            }
            keys.preload(sealedOf);
            int start = 0;
            while (start < records.size()) {
                int end = start + 1;
                String id = records.get(start).id();
                while (end < records.size() && records.get(end).id().equals(id)) {
                    end++;
                }
                row(entity, records.subList(start, end));
                start = end;
            }
        }

        /**
         * One row's changes, filtered as {@link CaseloadFeed#changesFor} filters a first fetch: rows of candidates
         * the device does not see are left out, and so are its own writes to rows of no candidate (it holds them);
         * its own writes to candidates' rows go back, since on a first fetch every candidate it sees is new to it.
         */
        private void row(String entity, List<Rec> records) throws SQLException {
            Rec head = records.get(0);
            String candidate = head.candidate();
            if (candidate != null && !owned.contains(candidate)) {
                return;
            }
            List<Change.Builder> writes = new ArrayList<>(2);
            List<String> stamps = new ArrayList<>(2);
            for (Rec r : records) {
                if (r.field() == null || (self.equals(r.device()) && candidate == null)) {
                    continue;
                }
                String value = r.sealed() == null ? r.value()
                        : keys.open(candidate, entity, r.id(), r.field(), r.sealed());
                builder(writes, stamps, entity, r).put(r.field(), value);
            }
            List<Change> changes = new ArrayList<>(writes.size() + 1);
            for (Change.Builder write : writes) {
                changes.add(write.build());
            }
            FeedOrder.sortWrites(changes);
            if (head.tombstoneHlc() != null && head.rowSeq() <= upTo) {
                changes.add(new Change(entity, head.id(), Map.of(), head.tombstoneHlc(), true,
                        head.tombstoneDevice()));
            }
            if (!changes.isEmpty()) {
                rows.accept(changes);
            }
        }

        /** The write (stamp and writer) {@code r} belongs to; a row has only a few, so a list is searched. */
        private static Change.Builder builder(List<Change.Builder> writes, List<String> stamps, String entity, Rec r) {
            for (int i = 0; i < writes.size(); i++) {
                if (stamps.get(2 * i).equals(r.hlc()) && stamps.get(2 * i + 1).equals(r.device())) {
                    return writes.get(i);
                }
            }
            Change.Builder write = new Change.Builder(entity, r.id(), r.hlc(), r.device());
            writes.add(write);
            stamps.add(r.hlc());
            stamps.add(r.device());
            return write;
        }
    }
}

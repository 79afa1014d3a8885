package nl.werkmap.store.changelog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;

import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.StoreException;

/**
 * Writes remote field changes into the entity tables, newest stamp wins per field. Stored values go in as they
 * came: sealed bytes stay sealed (the seal is bound to table, column and row id, which are the same on every
 * device), plain text is converted to the column's type.
 *
 * <p>A first sync brings millions of field changes, so the work is done per table, not per field: what this device
 * logged and holds for the rows concerned is read in a few queries, the outcome of every change is worked out in
 * memory in the order the changes came ({@link RowMerge}), and the result goes in as prepared-statement batches
 * ({@link RowWrites}): new rows, changed rows, then one change-log entry per winning row write ({@link
 * ReceivedWrite}). The outcome is the same as applying the changes one field at a time in list order (the tests
 * hold the two side by side).
 */
final class RemoteChangeApplier {

    /** Row ids per read: well under SQLite's limit of bound values. */
    private static final int CHUNK = 500;
    /** Changes from which a list counts as a bulk delivery (a first sync's bundle holds some 75,000). */
    private static final int BIG = 10_000;

    private final HybridLogicalClock clock;
    /** Changes from which a list counts as a bulk delivery: {@link #BIG}, or another size in tests. */
    private final int bulkFrom;
    /** New rows per INSERT statement: {@link RowWrites#ROWS_PER_INSERT}, or another number in tests. */
    private final int rowsPerInsert;

    RemoteChangeApplier(HybridLogicalClock clock) {
        this(clock, BIG, RowWrites.ROWS_PER_INSERT);
    }

    /**
     * {@code bulkFrom}: the list size from which the run writes with {@link BulkSettings}; {@code rowsPerInsert}:
     * new rows per INSERT statement.
     */
    RemoteChangeApplier(HybridLogicalClock clock, int bulkFrom, int rowsPerInsert) {
        this.clock = clock;
        this.bulkFrom = bulkFrom;
        this.rowsPerInsert = rowsPerInsert;
    }

    List<ApplyOutcome> apply(DSLContext tx, List<RemoteChange> changes) {
        return applyRun(tx, changes, () -> null).get(0);
    }

    /**
     * Applies {@code first}, then each list {@code more} hands over until it gives null, one after the other in the
     * caller's transaction: the same as {@link #apply} for each list in turn (each list is checked, observed,
     * merged against what the lists before it wrote, and written before the next is asked for). A bulk list's
     * settings ({@link BulkSettings}) hold for the rest of the run, so the pages the lists share stay in memory until
     * the one commit.
     */
    List<List<ApplyOutcome>> applyRun(DSLContext tx, List<RemoteChange> first, Supplier<List<RemoteChange>> more) {
        List<List<ApplyOutcome>> outcomes = new ArrayList<>();
        tx.connection(connection -> {
            // Raised once a list is big enough (null: not raised).
            BulkSettings bulkSettings = null;
            try (Statements statements = new Statements(connection)) {
                for (List<RemoteChange> changes = first; changes != null; changes = more.get()) {
                    if (bulkSettings == null && changes.size() >= bulkFrom) {
                        bulkSettings = BulkSettings.raise(connection);
                    }
                    outcomes.add(applyOne(statements, changes));
                }
            } finally {
                if (bulkSettings != null) {
                    bulkSettings.restore();
                }
            }
        });
        return outcomes;
    }

    private List<ApplyOutcome> applyOne(Statements statements, List<RemoteChange> changes) throws SQLException {
        // Checked and observed in order first, so a change this version does not know refuses the whole list.
        Map<String, RowMerge.TableChanges> byTable = byTable(changes);
        ApplyOutcome[] outcomes = new ApplyOutcome[changes.size()];
        boolean[] applied = new boolean[changes.size()];
        List<RowMerge> merges = new ArrayList<>();
        for (RowMerge.TableChanges table : byTable.values()) {
            RowMerge merge = new RowMerge(table, changes);
            read(statements, merge);
            merge.decide(outcomes, applied);
            merges.add(merge);
        }
        RowWrites.write(statements, EntityColumns.referencedFirst(merges), changes, applied, rowsPerInsert);
        return List.of(outcomes);
    }

    /**
     * The changes by table, each checked against this version's schema and its stamp observed, in order. A method
     * of its own so the JIT compiles this loop once, not again with applyOne around it (on-stack replacement).
     */
    private Map<String, RowMerge.TableChanges> byTable(List<RemoteChange> changes) {
        Map<String, RowMerge.TableChanges> byTable = new LinkedHashMap<>();
        String observed = null;
        RowMerge.TableChanges t = null;
        for (int i = 0; i < changes.size(); i++) {
            RemoteChange change = changes.get(i);
            // A bundle's changes come table by table: the map is asked only when the table changes.
            // The entity's name as a plain String: jOOQ's getName() showed in a first sync's profile.
            if (t == null || !t.entity.equals(change.entity())) {
                t = byTable.get(change.entity());
                if (t == null) {
                    t = new RowMerge.TableChanges(EntityColumns.entityTable(change.entity()));
                    byTable.put(change.entity(), t);
                }
            }
            // Per table, not per "entity.field" text: building that text for each of millions of fields showed.
            if (t.knownColumns.add(change.field())) {
                EntityColumns.column(t.table, change.field());
            }
            // The fields of one row share their stamp: observing it once moves the clock past it just the same.
            if (!change.hlc().equals(observed)) {
                clock.observe(change.hlc());
                observed = change.hlc();
            }
            t.add(i, change);
        }
        return byTable;
    }

    /** What this device logged for the rows' fields and which of the rows it holds, a few hundred ids a query. */
    private static void read(Statements statements, RowMerge merge) throws SQLException {
        List<String> ids = merge.ids();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = "?" + ",?".repeat(part.size() - 1);
            // A packed received write stands for each of its fields (ReceivedWrite); its value names them.
            PreparedStatement logged = statements.get("SELECT entity_id, field, max(hlc),"
                    + " CASE WHEN field = '" + ReceivedWrite.FIELD + "' THEN value END FROM change_log"
                    + " WHERE entity_id IN (" + marks + ") AND entity = ?"
                    + " GROUP BY entity_id, field, CASE WHEN field = '" + ReceivedWrite.FIELD + "' THEN seq END");
            logged.setString(bindIds(logged, part), merge.entity());
            try (var rs = logged.executeQuery()) {
                readLogged(rs, merge);
            }
            PreparedStatement held = statements.get("SELECT id, updated_at FROM \"" + merge.entity()
                    + "\" WHERE id IN (" + marks + ")");
            bindIds(held, part);
            try (var rs = held.executeQuery()) {
                while (rs.next()) {
                    merge.held(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    // The loops of read are methods of their own so the JIT compiles each once, small, instead of compiling
    // read again around each of its loops (on-stack replacement) with everything inlined.

    /** Binds {@code ids} from the first parameter on; the next parameter's index. */
    private static int bindIds(PreparedStatement s, List<String> ids) throws SQLException {
        int p = 1;
        for (String id : ids) {
            s.setString(p++, id);
        }
        return p;
    }

    private static void readLogged(ResultSet rs, RowMerge merge) throws SQLException {
        while (rs.next()) {
            String field = rs.getString(2);
            if (ReceivedWrite.isPacked(field)) {
                for (String name : ReceivedWrite.fields(rs.getBytes(4))) {
                    merge.logged(rs.getString(1), name, rs.getString(3));
                }
            } else {
                merge.logged(rs.getString(1), field, rs.getString(3));
            }
        }
    }

    static StoreException unknown(String what) {
        return new StoreException("Een ontvangen wijziging gaat over iets wat deze versie van Werkmap niet kent ("
                + what + "). Er is niets overgenomen; werk Werkmap bij en synchroniseer opnieuw.");
    }
}

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

    /** Field changes applied as the row writes they make up ({@link RemoteRow#of}); outcomes in their order. */
    List<ApplyOutcome> apply(DSLContext tx, List<RemoteChange> changes) {
        return applyRows(tx, RemoteRow.of(changes));
    }

    /** Row writes applied; one outcome per field, write after write. */
    List<ApplyOutcome> applyRows(DSLContext tx, List<RemoteRow> rows) {
        return applyRun(tx, rows, () -> null, false).get(0);
    }

    /** {@link #applyRun(DSLContext, List, Supplier, boolean)} without setting anything aside. */
    List<List<ApplyOutcome>> applyRun(DSLContext tx, List<RemoteRow> first, Supplier<List<RemoteRow>> more) {
        return applyRun(tx, first, more, false);
    }

    /**
     * Applies {@code first}, then each list {@code more} hands over until it gives null, one after the other in the
     * caller's transaction: the same as {@link #applyRows} for each list in turn (each list is checked, observed,
     * merged against what the lists before it wrote, and written before the next is asked for). A bulk list's
     * settings ({@link BulkSettings}) hold for the rest of the run, so the pages the lists share stay in memory until
     * the one commit. {@code setAside}: a bulk list also sets aside the reader-only indexes and summary triggers of
     * nearly empty tables ({@link DeferredSchema}), in this transaction; whoever passes true makes them again.
     */
    List<List<ApplyOutcome>> applyRun(DSLContext tx, List<RemoteRow> first, Supplier<List<RemoteRow>> more,
                                      boolean setAside) {
        List<List<ApplyOutcome>> outcomes = new ArrayList<>();
        tx.connection(connection -> {
            // Raised once a list is big enough (null: not raised).
            BulkSettings bulkSettings = null;
            try (Statements statements = new Statements(connection)) {
                for (List<RemoteRow> rows = first; rows != null; rows = more.get()) {
                    if (bulkSettings == null && RowList.fields(rows) >= bulkFrom) {
                        bulkSettings = BulkSettings.raise(connection);
                        if (setAside) {
                            DeferredSchema.setAsideWhereNearlyEmpty(connection);
                        }
                    }
                    outcomes.add(applyOne(statements, new RowList(rows)));
                }
            } finally {
                if (bulkSettings != null) {
                    bulkSettings.restore();
                }
            }
        });
        return outcomes;
    }

    private List<ApplyOutcome> applyOne(Statements statements, RowList list) throws SQLException {
        // Checked and observed in order first, so a change this version does not know refuses the whole list.
        Map<String, RowMerge.TableChanges> byTable = byTable(list);
        List<RowMerge> merges = new ArrayList<>();
        for (RowMerge.TableChanges table : byTable.values()) {
            RowMerge merge = new RowMerge(table, list);
            read(statements, merge);
            merge.decide();
            merges.add(merge);
        }
        RowWrites.write(statements, EntityColumns.referencedFirst(merges), list, rowsPerInsert);
        return List.of(list.outcomes());
    }

    /**
     * The writes by table, each field checked against this version's schema and each stamp observed, in order. A
     * method of its own so the JIT compiles this loop once, not again with applyOne around it (on-stack
     * replacement).
     */
    private Map<String, RowMerge.TableChanges> byTable(RowList list) {
        Map<String, RowMerge.TableChanges> byTable = new LinkedHashMap<>();
        String observed = null;
        RowMerge.TableChanges t = null;
        for (int i = 0; i < list.size(); i++) {
            RemoteRow write = list.row(i);
            if (write.size() == 0) {
                continue; // sets nothing: as no change at all
            }
            // A bundle's writes come table by table: the map is asked only when the table changes.
            // The entity's name as a plain String: jOOQ's getName() showed in a first sync's profile.
            if (t == null || !t.entity.equals(write.entity())) {
                t = byTable.get(write.entity());
                if (t == null) {
                    t = new RowMerge.TableChanges(EntityColumns.entityTable(write.entity()));
                    byTable.put(write.entity(), t);
                }
            }
            // Checked and observed in the order of their fields, as one field at a time did: the first field, the
            // stamp, the other fields (writes of one shape share their names, checked once).
            String[] names = write.fieldArray();
            boolean checked = names == t.checkedNames;
            if (!checked) {
                check(t, names[0]);
            }
            // The fields of one write share their stamp: observing it once moves the clock past it just the same.
            if (!write.hlc().equals(observed)) {
                clock.observe(write.hlc());
                observed = write.hlc();
            }
            if (!checked) {
                for (int f = 1; f < names.length; f++) {
                    check(t, names[f]);
                }
                t.checkedNames = names;
            }
            t.positions.add(i);
        }
        return byTable;
    }

    /** A field checked against the table's columns, per table and name (not "entity.field" text per field). */
    private static void check(RowMerge.TableChanges t, String name) {
        if (t.knownColumns.add(name)) {
            EntityColumns.column(t.table, name);
        }
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

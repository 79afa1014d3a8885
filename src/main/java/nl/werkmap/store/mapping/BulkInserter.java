package nl.werkmap.store.mapping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.jooq.DSLContext;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.HybridLogicalClock;

/**
 * Inserts many new rows at once (imports, demo data), with the same sealing and stamps as {@link RowWriter},
 * through plain prepared-statement batches: per-row jOOQ statements would make 150,000 candidates take minutes
 * instead of seconds. Rows must be new; an existing id fails the whole transaction. Rows are change-logged like
 * single saves, except through {@link #insertUnlogged}, which only the demo import of a demo caseload may use.
 */
public final class BulkInserter {

    private static final int BATCH = 2_000;

    private final FieldSealer sealer;
    private final HybridLogicalClock clock;

    public BulkInserter(FieldSealer sealer, HybridLogicalClock clock) {
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Inserts the rows with one change-log entry per filled field, as single saves would. */
    public <T> void insertAll(DSLContext tx, EntityTable<T> table, List<? extends T> entities) {
        if (!entities.isEmpty()) {
            tx.connection(connection -> insertAll(connection, table, entities, true));
        }
    }

    /**
     * Inserts the rows without change-log entries: they exist only in this file and will never sync. Only for a
     * caseload marked as demo (see {@code CaseloadStore.demoImport()}); the caller checks that.
     */
    public <T> void insertUnlogged(DSLContext tx, EntityTable<T> table, List<? extends T> entities) {
        if (!entities.isEmpty()) {
            tx.connection(connection -> insertAll(connection, table, entities, false));
        }
    }

    private <T> void insertAll(Connection connection, EntityTable<T> table, List<? extends T> entities,
                               boolean changeLogged) throws SQLException {
        List<Column<T>> columns = new ArrayList<>();
        table.columns().forEach(columns::add);
        StringJoiner names = new StringJoiner(", ", "INSERT INTO " + table.name() + " (", ")");
        StringJoiner marks = new StringJoiner(", ", " VALUES (", ")");
        names.add(EntityTable.ID);
        marks.add("?");
        for (Column<T> c : columns) {
            names.add(c.name());
            marks.add("?");
        }
        for (String bookkeeping : List.of(EntityTable.UPDATED_AT, EntityTable.UPDATED_BY, EntityTable.DELETED)) {
            names.add(bookkeeping);
            marks.add("?");
        }
        String device = clock.deviceId();
        try (PreparedStatement rows = connection.prepareStatement(names.toString() + marks);
             PreparedStatement log = connection.prepareStatement("INSERT INTO change_log "
                     + "(entity, entity_id, field, value, sealed, hlc, device_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (T entity : entities) {
                String id = table.idOf(entity).toString();
                String hlc = clock.now();
                int p = 1;
                rows.setString(p++, id);
                for (Column<T> c : columns) {
                    Object value = c.sqlValue(entity);
                    Object stored = c.sealed() ? sealer.seal(table.name(), c.name(), id, (String) value) : value;
                    rows.setObject(p++, stored);
                    if (changeLogged && value != null) {
                        log.setString(1, table.name());
                        log.setString(2, id);
                        log.setString(3, c.name());
                        log.setBytes(4, c.sealed() ? (byte[]) stored : StoredForm.utf8(StoredForm.text(value)));
                        log.setBoolean(5, c.sealed());
                        log.setString(6, hlc);
                        log.setString(7, device);
                        log.addBatch();
                    }
                }
                rows.setString(p++, hlc);
                rows.setString(p++, device);
                rows.setBoolean(p, false);
                rows.addBatch();
                if (++pending == BATCH) {
                    rows.executeBatch();
                    if (changeLogged) {
                        log.executeBatch();
                    }
                    pending = 0;
                }
            }
            if (pending > 0) {
                rows.executeBatch();
                if (changeLogged) {
                    log.executeBatch();
                }
            }
        }
    }
}

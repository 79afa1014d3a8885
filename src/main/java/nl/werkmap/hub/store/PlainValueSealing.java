package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Upgrades a hub whose master caseload was stored before personal fields were sealed (before V8): at the first start
 * with the passphrase, every plain personal value in {@code master_field} and {@code hub_conflict} is sealed, and
 * every bundle kept whole as its JWE is re-kept per candidate ({@link KeptBundles}), in one transaction, and then the old text is scrubbed from the files: VACUUM and a truncating checkpoint on SQLite,
 * {@code VACUUM FULL} of those tables (and {@code received_bundle}) on PostgreSQL (which rewrites them without the dead row versions). A setting
 * records that it is done, so later starts cost one lookup.
 */
final class PlainValueSealing {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlainValueSealing.class);

    static final String DONE = "master_sealing";
    private static final String VERSION = "v1";
    private static final int PAGE = 2_000;

    private PlainValueSealing() {
    }

    /**
     * Seals what is still plain and re-keeps bundles kept whole ({@code opener} opens one, or gives null); returns
     * how many values and bundles it sealed.
     */
    static int run(HubDatabase db, MasterSealing sealing, String now,
                   java.util.function.Function<String, nl.werkmap.sync.protocol.Bundle> opener) {
        if (db.read(PlainValueSealing::done)) {
            return 0;
        }
        int sealed = db.write(dsl -> {
            if (done(dsl)) {
                return 0;
            }
            int count = dsl.connectionResult(connection -> {
                try (MasterSealing.Session keys = sealing.session(connection)) {
                    int fields = sealFields(connection, keys);
                    int losses = sealLosses(connection, keys);
                    int[] bundles = KeptBundles.resplitWholeBundles(connection, keys, opener);
                    if (bundles[1] > 0) {
                        LOG.warn("{} bewaarde bundels konden niet worden geopend en zijn heel bewaard gebleven"
                                + " (versleuteld met de gemeentesleutel).", bundles[1]);
                    }
                    keys.storeNewKeys(now);
                    return fields + losses + bundles[0];
                }
            });
            dsl.insertInto(HUB_SETTING, NAME, VALUE).values(DONE, VERSION).execute();
            return count;
        });
        if (sealed > 0) {
            scrub(db);
        }
        return sealed;
    }

    private static boolean done(DSLContext dsl) {
        return dsl.fetchExists(dsl.selectOne().from(HUB_SETTING).where(NAME.eq(DONE)));
    }

    /** Pages through the plain values in key order; plain columns stay as they are. */
    private static int sealFields(Connection connection, MasterSealing.Session keys) throws SQLException {
        int sealed = 0;
        String[] last = {"", "", ""};
        try (PreparedStatement page = connection.prepareStatement("SELECT f.entity, f.entity_id, f.field, f.value,"
                + " r.candidate_id FROM master_field f LEFT JOIN master_row r ON r.entity = f.entity"
                + " AND r.entity_id = f.entity_id WHERE f.value IS NOT NULL AND (f.entity > ? OR (f.entity = ?"
                + " AND (f.entity_id > ? OR (f.entity_id = ? AND f.field > ?))))"
                + " ORDER BY f.entity, f.entity_id, f.field LIMIT " + PAGE);
             PreparedStatement update = connection.prepareStatement("UPDATE master_field SET value = NULL,"
                     + " sealed_value = ? WHERE entity = ? AND entity_id = ? AND field = ?")) {
            while (true) {
                bindAfter(page, last);
                List<String[]> rows = new ArrayList<>();
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)});
                    }
                }
                if (rows.isEmpty()) {
                    return sealed;
                }
                String[] end = rows.get(rows.size() - 1);
                last = new String[] {end[0], end[1], end[2]};
                Set<String> candidates = new HashSet<>();
                rows.removeIf(row -> !MasterSealing.personal(row[0], row[2]));
                rows.forEach(row -> candidates.add(row[4]));
                keys.preload(candidates);
                for (String[] row : rows) {
                    update.setString(1, keys.seal(row[4], row[0], row[1], row[2], row[3]));
                    update.setString(2, row[0]);
                    update.setString(3, row[1]);
                    update.setString(4, row[2]);
                    update.addBatch();
                    sealed++;
                }
                update.executeBatch();
            }
        }
    }

    /** Lost values are few: read at once; their subject is the row's candidate now. */
    private static int sealLosses(Connection connection, MasterSealing.Session keys) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.entity, c.entity_id, c.field,"
                + " c.losing_hlc, c.losing_value, r.candidate_id FROM hub_conflict c LEFT JOIN master_row r"
                + " ON r.entity = c.entity AND r.entity_id = c.entity_id WHERE c.losing_value IS NOT NULL");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (MasterSealing.personal(r.getString(1), r.getString(3))) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)});
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        Set<String> candidates = new HashSet<>();
        rows.forEach(row -> candidates.add(row[5]));
        keys.preload(candidates);
        try (PreparedStatement update = connection.prepareStatement("UPDATE hub_conflict SET losing_value = NULL,"
                + " losing_sealed = ?, losing_subject = ? WHERE entity = ? AND entity_id = ? AND field = ?"
                + " AND losing_hlc = ?")) {
            for (String[] row : rows) {
                update.setString(1, ConflictLedger.sealLoss(keys, row[5], row[0], row[1], row[2], row[3], row[4]));
                update.setString(2, MasterSealing.subject(row[5]));
                update.setString(3, row[0]);
                update.setString(4, row[1]);
                update.setString(5, row[2]);
                update.setString(6, row[3]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return rows.size();
    }

    private static void bindAfter(PreparedStatement page, String[] last) throws SQLException {
        page.setString(1, last[0]);
        page.setString(2, last[0]);
        page.setString(3, last[1]);
        page.setString(4, last[1]);
        page.setString(5, last[2]);
    }

    /** Rewrites the files without the old plain text (outside any transaction, behind the writer lock). */
    static void scrub(HubDatabase db) {
        db.exclusive(dsl -> {
            if (db.dialect() == SQLDialect.SQLITE) {
                dsl.execute("VACUUM");
                dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)");
            } else {
                dsl.execute("VACUUM FULL master_field");
                dsl.execute("VACUUM FULL hub_conflict");
                dsl.execute("VACUUM FULL received_bundle");
            }
            return null;
        });
    }
}

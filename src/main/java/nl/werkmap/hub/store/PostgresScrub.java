package nl.werkmap.hub.store;

import java.util.ArrayList;
import java.util.List;

import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an erasure at a PostgreSQL hub: no copy of the destroyed candidate key may stay in the cluster's files. The
 * values themselves are sealed under that key, so their dead row versions and WAL records are unreadable once every
 * copy of the key row is gone. The raw scan of the data directory ({@code PostgresErasureScanTest}) found two:
 * <ul>
 * <li>the dead row version in {@code hub_subject_key}'s heap file: {@code VACUUM FULL} writes the table anew and the
 * old file is truncated and removed (a plain VACUUM only marks the space free; the bytes stay in the page);</li>
 * <li>the INSERT record and full-page images in the WAL segments: {@code pg_switch_wal()} closes the segment and a
 * {@code CHECKPOINT} moves the redo point past it, so the server removes the old segments. With {@code wal_recycle =
 * on} (PostgreSQL's default) it renames them for reuse instead and their bytes stay until overwritten, so the hub
 * needs {@code wal_recycle = off}.</li>
 * </ul>
 * The last two need rights a database owner lacks (pg_checkpoint, EXECUTE on pg_switch_wal); without them the hub
 * says what the database administrator must grant, and the erasure of rows and key stands (docs/operations-hub.md).
 */
final class PostgresScrub {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresScrub.class);

    private PostgresScrub() {
    }

    /** Runs the scrub; returns what could not be done, in Dutch, for the log (empty when all of it ran). */
    static List<String> run(HubDatabase db) {
        db.exclusive(dsl -> dsl.execute("VACUUM FULL hub_subject_key"));
        List<String> missing = new ArrayList<>();
        String recycle = db.read(dsl -> String.valueOf(dsl.fetchValue("SHOW wal_recycle")));
        if ("on".equalsIgnoreCase(recycle)) {
            missing.add("wal_recycle staat aan: PostgreSQL hergebruikt oude WAL-bestanden en de gewiste sleutel blijft"
                    + " daarin staan tot ze zijn overschreven. Zet in postgresql.conf wal_recycle = off en herlaad de"
                    + " configuratie (SELECT pg_reload_conf()).");
        }
        try {
            db.exclusive(dsl -> dsl.fetch("SELECT pg_switch_wal()"));
        } catch (DataAccessException e) {
            missing.add("de hub mag het WAL-bestand niet afsluiten (" + e.getMessage() + "). Laat de beheerder"
                    + " uitvoeren: GRANT EXECUTE ON FUNCTION pg_switch_wal() TO <hub-rol>;");
        }
        try {
            db.exclusive(dsl -> dsl.execute("CHECKPOINT"));
        } catch (DataAccessException e) {
            missing.add("de hub mag geen CHECKPOINT doen (" + e.getMessage() + "). Laat de beheerder uitvoeren:"
                    + " GRANT pg_checkpoint TO <hub-rol>;");
        }
        for (String problem : missing) {
            LOG.warn("Na het wissen kan een kopie van de gewiste sleutel nog in de bestanden van PostgreSQL staan:"
                    + " {} Zie docs/operations-hub.md, 'Wissen op PostgreSQL'.", problem);
        }
        return missing;
    }
}

package nl.werkmap.store.repo;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.mapping.BulkInserter;
import nl.werkmap.store.mapping.EntityReader;
import nl.werkmap.store.mapping.RowWriter;

/**
 * What every repository shares: the open file, the one writer, reader and bulk inserter per store, and the coaches as
 * read last.
 */
public record StoreContext(Database database, RowWriter writer, EntityReader reader, BulkInserter bulk,
                           CoachesRead coaches) {

    public static StoreContext of(Database database, FieldSealer sealer, HybridLogicalClock clock) {
        return new StoreContext(database, new RowWriter(sealer, clock), new EntityReader(sealer),
                new BulkInserter(sealer, clock), new CoachesRead());
    }
}

package nl.werkmap.store.repo;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.mapping.BulkInserter;
import nl.werkmap.store.mapping.EntityReader;
import nl.werkmap.store.mapping.RowWriter;

/** What every repository shares: the open file, and the one writer, reader and bulk inserter per store. */
public record StoreContext(Database database, RowWriter writer, EntityReader reader, BulkInserter bulk) {

    public static StoreContext of(Database database, FieldSealer sealer, HybridLogicalClock clock) {
        return new StoreContext(database, new RowWriter(sealer, clock), new EntityReader(sealer),
                new BulkInserter(sealer, clock));
    }
}

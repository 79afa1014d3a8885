package nl.werkmap.sync.merge;

import static nl.werkmap.sync.merge.DownBundles.CLOCK;
import static nl.werkmap.sync.merge.DownBundles.HUB_WRITER;
import static nl.werkmap.sync.merge.DownBundles.bundle;
import static nl.werkmap.sync.merge.DownBundles.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.FieldMap;

/**
 * Changes may share one field map (the reader shares the names of compact changes of one shape; any caller may hand
 * the same map to two changes). A tombstone adds its deleted flag after the fields it names; the change after it with
 * the same map must still be written with exactly its own fields, not the tombstone's names with the flag.
 */
class DownApplierSharedFieldsTest {

    @TempDir
    Path dir;

    @Test
    void aChangeAfterATombstoneWithTheSameFieldMapKeepsItsOwnFields() {
        FieldSealer sealer = TestVault.sealer();
        String gone = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("laptop.db"), sealer, CLOCK)) {
            DownApplier applier = new DownApplier(store, sealer, CLOCK);
            applier.apply(applier.prepare(bundle(fresh(gone, -300_000), fresh(kept, -299_000))), 0);

            Map<String, String> status = new LinkedHashMap<>();
            status.put("status", "UITGESTROOMD");
            FieldMap shared = FieldMap.of(status);
            applier.apply(applier.prepare(bundle(
                    new Change("candidate", gone, shared, stamp(-200_000), true, HUB_WRITER),
                    new Change("candidate", kept, shared, stamp(-199_000), false, HUB_WRITER))), 0);

            assertEquals(List.of(1, 0), List.of(deleted(store, gone), deleted(store, kept)),
                    "the tombstone deletes its row, the change after it only sets the status");
            assertEquals("UITGESTROOMD", store.read(dsl -> dsl.fetchOne("SELECT status FROM candidate WHERE id = ?",
                    kept).get(0, String.class)));
        }
    }

    private static int deleted(CaseloadStore store, String id) {
        return store.read(dsl -> dsl.fetchOne("SELECT deleted FROM candidate WHERE id = ?", id).get(0, Integer.class));
    }

    private static Change fresh(String id, long offset) {
        return new Change("candidate", id, Map.of("full_name", "Kandidaat " + id.substring(0, 4), "status", "ACTIEF",
                "register_status", "INGESCHREVEN", "registered_on", "2026-11-01"), stamp(offset), false, HUB_WRITER);
    }
}

package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * While bulk deliveries (a first sync's bundles) come in, the writer checkpoints the WAL only every 64 MiB; the
 * next list that is no bulk delivery sets SQLite's everyday size back, so its commit checkpoints as before, and
 * every row is there either way.
 */
class BulkCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void aBulkDeliveryRaisesTheCheckpointSizeAndTheNextListSetsItBack() {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            int everyday = checkpointSize(store);
            int before = store.read(dsl -> dsl.fetchCount(dsl.selectFrom("coach")));
            store.changeLog().applyRemote(coaches(2_600, 1)); // 4 fields each: 10,400 changes, a bulk delivery
            assertEquals(16_384, checkpointSize(store));
            store.changeLog().applyRemote(coaches(2_600, 2));
            assertEquals(16_384, checkpointSize(store), "one bulk delivery after another keeps it raised");
            store.changeLog().applyRemote(coaches(3, 3));
            assertEquals(everyday, checkpointSize(store));
            assertEquals(before + 5_203, (int) store.read(dsl -> dsl.fetchCount(dsl.selectFrom("coach"))));
        }
    }

    private static int checkpointSize(CaseloadStore store) {
        return store.writeOwnTables(dsl -> dsl.fetchOne("PRAGMA wal_autocheckpoint").get(0, Integer.class));
    }

    private static List<RemoteChange> coaches(int count, int round) {
        List<RemoteChange> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            String hlc = String.format("%015d-%05d-dev-a", 1_700_000_000_000L + round, i);
            for (String[] f : new String[][] {{"name", "Coach " + i}, {"role", "JOBCOACH"}, {"team", "Noord"},
                    {"deleted", "false"}}) {
                changes.add(new RemoteChange("coach", id, f[0], f[1].getBytes(StandardCharsets.UTF_8), false, hlc,
                        "dev-a"));
            }
        }
        return changes;
    }
}

package nl.werkmap.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubBackup;

/**
 * Issue 16.3, the proof with a SQLite hub ({@link ErasureProof}): the hub's files are its database, WAL and
 * shared-memory file, and a hub backup made at the moment of the scan, restored.
 */
class ErasureReachesEveryCopyTest {

    @TempDir
    Path dir;

    @Test
    void afterErasureNoFileOnTwoLaptopsOrTheHubYieldsTheCandidatesValues() throws Exception {
        Path hubDir = dir.resolve("hub");
        Files.createDirectories(hubDir);
        try (HubFixture hub = new HubFixture(hubDir, "gemeente-a")) {
            ErasureProof.prove(dir, hub, new ErasureProof.HubDisk() {
                @Override
                public void flush() {
                    hub.hub.database().exclusive(dsl -> dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)"));
                }

                @Override
                public List<Path> files() throws Exception {
                    List<Path> files;
                    try (var listed = Files.list(hubDir)) {
                        files = new ArrayList<>(listed.filter(Files::isRegularFile).toList());
                    }
                    // A backup made now and restored: what a restore after the erasure would bring back.
                    String name = UUID.randomUUID().toString();
                    Path backup = dir.resolve(name + ".werkmapbackup");
                    hub.hub.backup(backup);
                    Path restored = dir.resolve("teruggezet-" + name).resolve("hub.db");
                    Files.createDirectories(restored.getParent());
                    HubBackup.restore(backup, restored, HubFixture.passphrase(), "gemeente-a");
                    files.add(restored);
                    return files;
                }
            });
        }
    }
}

package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Issue 13: {@link CaseloadStore#othersWrites()} stays put through the store's own writes (and the copies of its log
 * into the file that follow them), and moves when another open of the same file commits, as a sync from the command
 * line would while the app is locked: with {@link CaseloadStore#writeStamp()} the two tell whether the caseload list
 * must be read again after an unlock.
 */
class OthersWritesTest {

    @Test
    void ownWritesMoveOnlyTheWriteStampAnotherOpensCommitMovesOthersWrites(@TempDir Path dir) {
        Path file = dir.resolve("werkmap.db");
        try (CaseloadStore store = CaseloadStore.open(file, TestVault.sealer())) {
            long others = store.othersWrites();
            long own = store.writeStamp();
            for (int i = 0; i < 40; i++) {
                store.candidates().save(Samples.bareCandidate("Kandidaat " + i));
            }
            store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE));
            assertNotEquals(own, store.writeStamp(), "own writes move the write stamp");
            assertEquals(others, store.othersWrites(), "and not the count of others' writes");

            try (CaseloadStore other = CaseloadStore.open(file, TestVault.sealer())) {
                long before = store.writeStamp();
                other.candidates().save(Samples.bareCandidate("Van elders"));
                assertEquals(before, store.writeStamp(), "another open's write is not this store's");
                assertNotEquals(others, store.othersWrites(), "but it is seen as another's commit");
            }
        }
    }
}

package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.store.changelog.RemoteChange;

/** Quick-session drafts: sealed at rest, kept across a reopen, never in the change log or the sync outbox. */
class SessionDraftsTest {

    @Test
    void aDraftIsSealedSurvivesAReopenAndNeverReachesTheChangeLog(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("werkmap.db");
        Candidate jan;
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            jan = Samples.candidate("Jan van den Berg", null);
            store.candidates().save(jan);
            int unsent = store.changeLog().unsentCount();
            store.sessionDrafts().keep(jan.id(), "{\"wentWell\":\"Werkt zelfstandig aan de border\"}");
            store.sessionDrafts().keep(jan.id(), "{\"wentWell\":\"Werkt zelfstandig aan de border, snel\"}");
            assertEquals(unsent, store.changeLog().unsentCount(), "a draft is not a change to send");
        }
        byte[] raw = Files.readAllBytes(db);
        assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("zelfstandig"), "sealed at rest");
        try (CaseloadStore again = CaseloadStore.open(db, TestVault.sealer())) {
            assertEquals("{\"wentWell\":\"Werkt zelfstandig aan de border, snel\"}",
                    again.sessionDrafts().find(jan.id()).orElseThrow().content());
            assertTrue(again.sessionDrafts().discard(jan.id()));
            assertTrue(again.sessionDrafts().find(jan.id()).isEmpty());
            assertFalse(again.sessionDrafts().discard(jan.id()));
        }
    }

    @Test
    void aDraftArrivingFromElsewhereIsRefused(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            RemoteChange change = new RemoteChange("session_draft", java.util.UUID.randomUUID().toString(),
                    "content", new byte[] {1}, true, "0000000000001-0000-x", "other");
            assertThrows(StoreException.class, () -> store.changeLog().applyRemote(List.of(change)));
        }
    }
}

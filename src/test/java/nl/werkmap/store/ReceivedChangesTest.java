package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.changelog.ApplyOutcome;
import nl.werkmap.store.changelog.ChangeLog;
import nl.werkmap.store.changelog.ReceivedWrite;
import nl.werkmap.store.changelog.RemoteChange;
import nl.werkmap.store.erasure.LocalErasure;

/** Received changes in the change log: one compact entry per row write, and never sent back. */
class ReceivedChangesTest {

    private static final String H1 = "000000000000500-00000-remote";

    @TempDir
    Path dir;
    private CaseloadStore store;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReceivedRowIsLoggedAsOneEntryNamingItsFieldsWithoutTheirValues() {
        String id = UUID.randomUUID().toString();
        store.changeLog().applyRemote(List.of(change("coach", id, "name", "Bram", H1),
                change("coach", id, "role", "WERKCOACH", H1), change("coach", id, "caseload_target", "80", H1)));

        List<Record> logged = store.read(dsl -> dsl.fetch("SELECT field, value, sealed, hlc, device_id, bundle_id"
                + " FROM change_log WHERE entity_id = ?", id));
        assertEquals(1, logged.size(), "one entry for the row write, not one per field");
        Record entry = logged.get(0);
        assertEquals(ReceivedWrite.FIELD, entry.get(0));
        assertEquals("name\nrole\ncaseload_target", new String((byte[]) entry.get(1), StandardCharsets.UTF_8),
                "the fields in the order they came; no value (Bram) kept");
        assertEquals(List.of(H1, "remote", ChangeLog.RECEIVED), List.of(entry.get(3), entry.get(4), entry.get(5)));
        assertEquals(0, store.changeLog().unsentCount(), "received entries are not sent back");

        // The packed entry gives each field its stamp for last-writer-wins.
        assertEquals(ApplyOutcome.LOCAL_NEWER, store.changeLog().applyRemote("coach", id, "role",
                utf8("TEAMLEIDER"), false, "000000000000499-00000-other", "other"));
        assertEquals(ApplyOutcome.ALREADY_APPLIED, store.changeLog().applyRemote("coach", id, "caseload_target",
                utf8("80"), false, H1, "remote"));
        assertEquals(ApplyOutcome.APPLIED, store.changeLog().applyRemote("coach", id, "name",
                utf8("Bram Bos"), false, "000000000000501-00000-other", "other"));
        assertEquals("Bram Bos", store.coaches().find(UUID.fromString(id)).orElseThrow().name());
    }

    @Test
    void aReceivedDeletionKeepsItsValueAndTheWritesOfTwoStampsStayApart() {
        String id = UUID.randomUUID().toString();
        String h2 = "000000000000600-00000-remote";
        store.changeLog().applyRemote(List.of(change("coach", id, "name", "Bram", H1),
                change("coach", id, "role", "WERKCOACH", H1), change("coach", id, "deleted", "true", h2),
                change("coach", id, "team", "Zuid", h2)));

        List<String> entries = new ArrayList<>();
        store.read(dsl -> dsl.fetch("SELECT hlc, value FROM change_log WHERE entity_id = ? ORDER BY seq", id))
                .forEach(r -> entries.add(r.get(0) + " " + new String((byte[]) r.get(1), StandardCharsets.UTF_8)));
        assertEquals(List.of(H1 + " name\nrole", h2 + " deleted=true\nteam"), entries);
        byte[] deletion = utf8("deleted=true\nteam");
        assertEquals(List.of("deleted", "team"), ReceivedWrite.fields(deletion));
        assertEquals("true", ReceivedWrite.deleted(deletion));
        assertNull(ReceivedWrite.deleted(utf8("name\nrole")));
    }

    /** Erasing a candidate this laptop received must not un-bundle the entries it received (they would go out). */
    @Test
    void erasingAReceivedCandidateSendsNoReceivedChangeBack() {
        String coach = UUID.randomUUID().toString();
        String erased = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        List<RemoteChange> changes = new ArrayList<>(List.of(change("coach", coach, "name", "Bram", H1),
                change("coach", coach, "role", "JOBCOACH", H1)));
        for (String id : List.of(erased, kept)) {
            changes.add(new RemoteChange("candidate", id, "full_name",
                    TestVault.sealer().seal("candidate", "full_name", id, "Sanne"), true, H1, "remote"));
            changes.add(change("candidate", id, "register_status", "INGESCHREVEN", H1));
            changes.add(change("candidate", id, "status", "ACTIEF", H1));
            changes.add(change("candidate", id, "registered_on", "2026-01-05", H1));
            changes.add(change("candidate", id, "coach_id", coach, H1));
        }
        store.changeLog().applyRemote(changes);

        LocalErasure.erase(store, TestVault.sealer(), erased, "Lotte", LocalErasure.LOCAL, null, false,
                Instant.parse("2026-12-05T10:00:00Z"));

        assertEquals(0, store.changeLog().unsentCount(), "nothing received waits to be sent");
        assertFalse(store.<Boolean>read(dsl -> dsl.fetchExists(dsl.selectOne().from("change_log")
                .where("entity_id = ?", erased))), "the erased candidate's entries are gone");
        assertEquals(ChangeLog.RECEIVED, store.read(dsl -> dsl.fetchValue("SELECT bundle_id FROM change_log"
                + " WHERE entity_id = ?", kept)));
    }

    private static RemoteChange change(String entity, String id, String field, String value, String hlc) {
        return new RemoteChange(entity, id, field, utf8(value), false, hlc, "remote");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

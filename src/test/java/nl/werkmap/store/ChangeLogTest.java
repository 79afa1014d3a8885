package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.store.changelog.ApplyOutcome;
import nl.werkmap.store.changelog.ChangeEntry;

class ChangeLogTest {

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

    private List<ChangeEntry> log() {
        return store.changeLog().unsent(100_000);
    }

    private List<ChangeEntry> logOf(Object id) {
        return log().stream().filter(e -> e.entityId().equals(id.toString())).toList();
    }

    @Test
    void insertLogsEveryFilledFieldWithTheRowStampAndDevice() {
        Coach coach = Samples.coach("Ans Visser");
        assertEquals(SaveOutcome.INSERTED, store.coaches().save(coach));

        List<ChangeEntry> entries = logOf(coach.id());
        assertEquals(Set.of("name", "role", "team", "caseload_target"),
                entries.stream().map(ChangeEntry::field).collect(Collectors.toSet()));
        ChangeEntry name = entries.stream().filter(e -> e.field().equals("name")).findFirst().orElseThrow();
        assertEquals("coach", name.entity());
        assertArrayEquals("Ans Visser".getBytes(StandardCharsets.UTF_8), name.value());
        assertFalse(name.sealed());
        assertEquals(store.deviceId(), name.deviceId());
        assertTrue(name.hlc().endsWith(store.deviceId()));
    }

    @Test
    void sealedFieldsAreLoggedAsTheirSealedBytes() {
        Candidate candidate = Samples.candidate("Sanne de Jong", null);
        store.candidates().save(candidate);
        ChangeEntry name = logOf(candidate.id()).stream().filter(e -> e.field().equals("full_name")).findFirst()
                .orElseThrow();
        assertTrue(name.sealed());
        assertEquals("Sanne de Jong",
                TestVault.sealer().open("candidate", "full_name", candidate.id().toString(), name.value()));
    }

    @Test
    void updateLogsOnlyTheFieldsThatChanged() {
        Candidate candidate = Samples.candidate("Sanne de Jong", null);
        store.candidates().save(candidate);
        int before = log().size();
        Candidate moved = candidate.withPersonal(new PersonalDetails("Sanne de Jong", "Sanne", "111222333",
                candidate.personal().birthDate(), "06-99999999", candidate.personal().email(),
                candidate.personal().address(), candidate.personal().municipality()))
                .withStatus(CandidateStatus.GEPLAATST, null, null, candidate.statusSince());

        assertEquals(SaveOutcome.UPDATED, store.candidates().save(moved));

        List<ChangeEntry> added = log().subList(before, log().size());
        assertEquals(Set.of("phone", "status", "status_reason"),
                added.stream().map(ChangeEntry::field).collect(Collectors.toSet()));
        assertEquals(moved, store.candidates().find(candidate.id()).orElseThrow());
    }

    @Test
    void savingTheSameValuesAgainWritesNothing() {
        Candidate candidate = Samples.candidate("Sanne de Jong", null);
        store.candidates().save(candidate);
        int before = log().size();
        assertEquals(SaveOutcome.UNCHANGED, store.candidates().save(candidate));
        assertEquals(before, log().size());
    }

    @Test
    void aFailureMidTransactionLeavesNeitherRowsNorLogEntries() {
        Candidate good = Samples.candidate("Goed Opgeslagen", null);
        // No status: the NOT NULL column fails this second insert, after the first row and its log were written.
        Candidate broken = Samples.candidate("Zonder Status", null).withStatus(null, null, null, null);

        StoreException e = assertThrows(StoreException.class,
                () -> store.candidates().saveAll(List.of(good, broken)));

        assertTrue(e.getMessage().contains("Er is niets opgeslagen"), e.getMessage());
        assertTrue(store.candidates().find(good.id()).isEmpty());
        assertEquals(0, log().size());
    }

    @Test
    void tombstonesAreHiddenFromReadsButLogged() {
        Candidate candidate = Samples.candidate("Weg Gehaald", null);
        store.candidates().save(candidate);

        assertTrue(store.candidates().tombstone(candidate.id()));

        assertTrue(store.candidates().find(candidate.id()).isEmpty());
        assertTrue(store.caseloadQuery().load().isEmpty());
        ChangeEntry last = log().get(log().size() - 1);
        assertEquals("deleted", last.field());
        assertArrayEquals("true".getBytes(StandardCharsets.UTF_8), last.value());
        assertFalse(store.candidates().tombstone(candidate.id()), "already deleted");
    }

    @Test
    void markSentTakesEntriesOutOfTheUnsentList() {
        store.coaches().save(Samples.coach("A"));
        List<ChangeEntry> entries = log();
        List<Long> first = List.of(entries.get(0).seq(), entries.get(1).seq());

        assertEquals(2, store.changeLog().markSent(first, "bundle-1"));
        assertEquals(0, store.changeLog().markSent(first, "bundle-2"), "a sent entry keeps its first bundle");

        assertEquals(entries.size() - 2, store.changeLog().unsentCount());
        assertNotEquals(entries.get(0).seq(), log().get(0).seq());
    }

    @Test
    void remoteChangesApplyLastWriterWinsPerField() {
        Coach coach = Samples.coach("Ans Visser");
        store.coaches().save(coach);
        String id = coach.id().toString();
        // Newer than anything this laptop stamped, yet within the hour a laptop lets a stamp run ahead of its clock.
        String future = String.format("%015d-00000-remote-device", System.currentTimeMillis() + 10 * 60_000);
        String past = "000000000000001-00000-remote-device";

        assertEquals(ApplyOutcome.APPLIED, store.changeLog().applyRemote("coach", id, "name",
                "Ans Visser-Bos".getBytes(StandardCharsets.UTF_8), false, future, "remote-device"));
        assertEquals(ApplyOutcome.ALREADY_APPLIED, store.changeLog().applyRemote("coach", id, "name",
                "Ans Visser-Bos".getBytes(StandardCharsets.UTF_8), false, future, "remote-device"));
        assertEquals(ApplyOutcome.LOCAL_NEWER, store.changeLog().applyRemote("coach", id, "team",
                "Team Zuid".getBytes(StandardCharsets.UTF_8), false, past, "remote-device"));

        Coach now = store.coaches().find(coach.id()).orElseThrow();
        assertEquals("Ans Visser-Bos", now.name());
        assertEquals(coach.team(), now.team());
        assertTrue(store.clock().now().compareTo(future) > 0, "the clock moved past the remote stamp");
        assertTrue(log().stream().noneMatch(e -> e.hlc().equals(future)), "received changes are not sent back");
    }

    @Test
    void aRemoteNewRowIsCreatedFromItsFields() {
        String id = java.util.UUID.randomUUID().toString();
        String hlc = "000000000000500-00000-remote";
        List<nl.werkmap.store.changelog.RemoteChange> changes = List.of(
                new nl.werkmap.store.changelog.RemoteChange("coach", id, "name", utf8("Bram"), false, hlc, "remote"),
                new nl.werkmap.store.changelog.RemoteChange("coach", id, "role", utf8("WERKCOACH"), false, hlc,
                        "remote"),
                new nl.werkmap.store.changelog.RemoteChange("coach", id, "caseload_target", utf8("80"), false, hlc,
                        "remote"));

        assertEquals(List.of(ApplyOutcome.APPLIED, ApplyOutcome.APPLIED, ApplyOutcome.APPLIED),
                store.changeLog().applyRemote(changes));

        Coach bram = store.coaches().find(java.util.UUID.fromString(id)).orElseThrow();
        assertEquals("Bram", bram.name());
        assertEquals(80, bram.caseloadTarget());
    }

    @Test
    void aRemoteChangeToAnUnknownFieldIsRefusedWhole() {
        StoreException e = assertThrows(StoreException.class, () -> store.changeLog().applyRemote("coach", "x",
                "salaris", utf8("1"), false, "000000000000500-00000-remote", "remote"));
        assertTrue(e.getMessage().contains("niet kent"), e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

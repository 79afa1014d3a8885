package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.store.HubBackup;
import nl.werkmap.hub.store.HubBackupRefusedException;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.PrivateFiles;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 12.1: {@code hub backup} writes an encrypted, owner-only file that {@code hub restore} turns back into a
 * working hub; a tampered, cut-off, spliced or wrong-municipality backup, a wrong passphrase, or a database in the
 * way is refused with a Dutch message, and nothing is changed.
 */
class HubBackupTest {

    @TempDir
    Path dir;

    @Test
    void backupIsEncryptedOwnerOnlyAndRestoresToAWorkingHub() throws Exception {
        Path backup = dir.resolve("a.werkmapbackup");
        String candidate = hubWithOneCandidate(dir.resolve("a"), "gemeente-a", backup);
        byte[] bytes = Files.readAllBytes(backup);
        assertTrue(new String(bytes, 0, 19, StandardCharsets.US_ASCII).equals("WERKMAP-HUB-BACKUP\n"));
        assertEquals(List.of(), new RawScan(List.of("Fenna Wijnbergen", "06-48213377", "SQLite format"))
                .findIn(bytes, "backup"));
        if (PrivateFiles.posix(backup)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        }

        Path restored = dir.resolve("terug").resolve("hub.db");
        assertEquals("gemeente-a", HubBackup.restore(backup, restored, HubFixture.passphrase(), "gemeente-a"));
        try (HubFixture again = new HubFixture(HubDatabase.open("jdbc:sqlite:" + restored, null, null), null)) {
            TestDevice lead = new TestDevice(again, "Lotte", HubRole.TEAMLEIDER, "noord");
            lead.pull();
            assertEquals("Fenna Wijnbergen", lead.received.get("candidate/" + candidate).get("full_name"));
            assertEquals("06-48213377", lead.received.get("candidate/" + candidate).get("phone"));
        }
    }

    @Test
    void aTamperedCutSplicedOrForeignBackupIsRefusedAndNothingChanges() throws Exception {
        Path a = dir.resolve("a.werkmapbackup");
        Path b = dir.resolve("b.werkmapbackup");
        hubWithOneCandidate(dir.resolve("a"), "gemeente-a", a);
        hubWithOneCandidate(dir.resolve("b"), "gemeente-a", b);
        byte[] good = Files.readAllBytes(a);
        Path target = dir.resolve("doel").resolve("hub.db");

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x01;
        assertRefused(write("flipped", flipped), target, "beschadigd of veranderd");
        assertRefused(write("cut", Arrays.copyOf(good, good.length - 20)), target, "beschadigd of veranderd");
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertRefused(write("longer", longer), target, "beschadigd of veranderd");
        int headerEnd = headerLength(good);
        byte[] other = Files.readAllBytes(b);
        byte[] spliced = new byte[headerEnd + other.length - headerLength(other)];
        System.arraycopy(good, 0, spliced, 0, headerEnd);
        System.arraycopy(other, headerLength(other), spliced, headerEnd, other.length - headerLength(other));
        assertRefused(write("spliced", spliced), target, "beschadigd of veranderd");
        byte[] headerEdited = new String(good, StandardCharsets.ISO_8859_1).replaceFirst("gemeente-a", "gemeente-b")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(write("edited", headerEdited), target, "beschadigd of veranderd");
        assertRefused(a, target, "hoort bij gemeente-a, niet bij gemeente-x", "gemeente-x",
                HubFixture.passphrase());
        assertRefused(a, target, "wachtwoord past niet", null, "een ander wachtwoord hier".toCharArray());
        assertRefused(write("not", "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII)), target,
                "geen reservekopie van een Werkmap-hub");

        // A database in the way stays exactly as it is.
        Files.createDirectories(target.getParent());
        Files.write(target, new byte[] {1, 2, 3});
        assertRefused(a, target, "Er staat al een hub-database", null, HubFixture.passphrase());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    private void assertRefused(Path backup, Path target, String says) throws Exception {
        assertRefused(backup, target, says, null, HubFixture.passphrase());
    }

    private void assertRefused(Path backup, Path target, String says, String municipality, char[] passphrase)
            throws Exception {
        boolean existed = Files.exists(target);
        HubBackupRefusedException refused = assertThrows(HubBackupRefusedException.class,
                () -> HubBackup.restore(backup, target, passphrase, municipality));
        assertTrue(refused.getMessage().contains(says), refused.getMessage());
        assertTrue(refused.getMessage().contains("niet") || refused.getMessage().contains("niets"));
        if (!existed) {
            assertFalse(Files.exists(target), "nothing restored from " + backup);
        }
        if (Files.isDirectory(target.getParent())) {
            try (var left = Files.list(target.getParent())) {
                assertEquals(existed ? 1 : 0, left.count(), "no temporary file left behind");
            }
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name + ".werkmapbackup");
        Files.write(file, bytes);
        return file;
    }

    private static int headerLength(byte[] backup) {
        int lines = 0;
        for (int i = 0; i < backup.length; i++) {
            if (backup[i] == '\n' && ++lines == 2) {
                return i + 1;
            }
        }
        throw new AssertionError("no header");
    }

    /** A hub with one candidate of coach Anouk, backed up to {@code backup}; returns the candidate's id. */
    private static String hubWithOneCandidate(Path hubDir, String municipality, Path backup) throws Exception {
        try (HubFixture fixture = new HubFixture(hubDir, municipality)) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            String candidate = UUID.randomUUID().toString();
            anouk.client.send(anouk.seal(new Change("candidate", candidate, Map.of("coach_id",
                    anouk.enrolment.coachId(), "full_name", "Fenna Wijnbergen", "phone", "06-48213377"),
                    new Hlc(System.currentTimeMillis(), 0).toString(), false)));
            fixture.hub.backup(backup);
            return candidate;
        }
    }
}

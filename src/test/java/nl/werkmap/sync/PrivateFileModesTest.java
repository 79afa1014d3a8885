package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.http.SelfSignedCertificate;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.PrivateFiles;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.db.Database;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.file.BundleFile;
import nl.werkmap.sync.outbox.Backoff;

/**
 * Every file of the coach's caseload and of the hub is readable by its owner only, after the real work that makes
 * them: an older caseload (made with the umask's modes) opened, migrated and backed up, a save, an enrolment and a
 * sync, a bundle written, a lock and unlock; on the hub its database, a backup and a certificate keystore.
 * Skipped where the file system has no POSIX modes (Windows: the ACL of %APPDATA% is per user already).
 */
class PrivateFileModesTest {

    @TempDir
    Path tmp;

    private static final class FastKeys implements CaseloadFolder.Keys {
        @Override
        public Vault.Pending prepare(Path keyring, char[] passphrase) {
            return TestVaults.prepare(keyring, passphrase);
        }

        @Override
        public Vault unlock(Path keyring, char[] passphrase) throws WrongPassphraseException {
            return TestVaults.unlock(keyring, passphrase);
        }
    }

    @Test
    void everyCaseloadAndHubFileIsTheOwnersAlone() throws Exception {
        assumeTrue(PrivateFiles.posix(tmp), "no POSIX modes on this file system");
        Path data = Files.createDirectories(tmp.resolve("home").resolve("werkmap"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path keyring = data.resolve("keyring.json");
        Path db = data.resolve("werkmap.db");
        // A caseload of an older Werkmap: schema V1, keyring and files with the umask's modes.
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = Database.connectPlain(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO coach (id, name, role, updated_at, updated_by) "
                    + "VALUES ('c1', 'Oude Coach', 'JOBCOACH', 'x', 'y')");
        }
        TestVaults.create(keyring).lock();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(keyring, PosixFilePermissions.fromString("rw-r--r--"));

        Path hubDir = Files.createDirectories(tmp.resolve("hub"));
        Files.setPosixFilePermissions(hubDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // As 'hub --data DIR' makes its folder (HubCommand); the hub library leaves a --db-file's folder alone.
        PrivateFiles.createFolder(hubDir);
        UUID yildiz;
        CaseloadFolder folder = new CaseloadFolder(keyring, db, new FastKeys(), step -> { }, Clock.systemUTC());
        try (HubFixture hub = new HubFixture(hubDir, "gemeente-a")) {
            try (CaseloadFolder.Opened opened = folder.unlock(TestVaults.PASSPHRASE.toCharArray())) {
                assertTrue(opened.store().backupBeforeMigration().isPresent(), "the older caseload was backed up");
                String code = hub.hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofHours(1));
                var identity = Enroller.enroll(opened.store(), opened.vault().sealer(), new HubClient(hub.url()),
                        hub.url(), code, "Anouk laptop");
                SyncEngine engine = new SyncEngine(opened.store(), opened.vault().sealer(), Clock.systemUTC(),
                        new Backoff(Duration.ofMillis(1), Duration.ofMillis(5),
                                java.util.random.RandomGenerator.getDefault()),
                        url -> new HubClient(url, null, Duration.ofSeconds(5)));
                engine.syncOnce(true);
                yildiz = UUID.randomUUID();
                opened.store().candidates().save(Candidate.register(yildiz, "Yıldız Kılıç",
                        java.time.LocalDate.of(2026, 11, 1)).withCoach(UUID.fromString(identity.coachId())));
                opened.store().candidates().save(Candidate.register(UUID.randomUUID(), "Łukasz Nowak",
                        java.time.LocalDate.of(2026, 11, 2)).withCoach(UUID.fromString(identity.coachId())));
                BundleFile.write(data.resolve("anouk" + BundleFile.EXTENSION), engine.outbox().pending(false));
                engine.syncOnce(true);
                assertAllPrivate(data);
            }
            // Locked and unlocked again, as after a restart.
            try (CaseloadFolder.Opened again = folder.unlock(TestVaults.PASSPHRASE.toCharArray())) {
                assertTrue(again.store().candidates().find(yildiz).isPresent());
                assertAllPrivate(data);
            }
            hub.hub.backup(hubDir.resolve("hub-backup.db"));
            SelfSignedCertificate.write(hubDir.resolve("hub.p12"), "geheim-wachtwoord".toCharArray(), "hub",
                    List.of("localhost"), Duration.ofDays(1));
            assertAllPrivate(hubDir);
        }
        assertAllPrivate(data);
        assertAllPrivate(hubDir);
        List<String> names = names(data);
        assertTrue(names.contains("keyring.json") && names.contains("werkmap.db")
                && names.contains("anouk.werkmapbundle") && names.contains("backups"), names.toString());
        assertTrue(names(hubDir).containsAll(List.of("hub.db", "hub-backup.db", "hub.p12")), names(hubDir).toString());
    }

    private static void assertAllPrivate(Path root) throws IOException {
        List<String> wide = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    wide.add(root.relativize(p) + " " + mode);
                }
            }
        }
        assertEquals(List.of(), wide, "files or folders readable by others under " + root);
    }

    private static List<String> names(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> p.getFileName().toString()).toList();
        }
    }
}

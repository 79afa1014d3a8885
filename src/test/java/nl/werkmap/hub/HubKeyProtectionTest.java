package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubLockedException;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.SyncKeys;

/** The hub's private keys at rest: sealed under the hub passphrase, old plain keys sealed at the first unlock. */
class HubKeyProtectionTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("hub.db");
    }

    private List<String> keyRows() {
        try (HubDatabase db = HubDatabase.open(url(), null, null)) {
            return db.read(dsl -> dsl.fetch("select kid, purpose, jwk, public_jwk, protection, is_current from hub_key"
                    + " order by kid").map(r -> r.intoList().toString()));
        }
    }

    @Test
    void aNewHubKeepsOnlySealedPrivateKeysAndReopensWithThePassphrase() {
        String fingerprint;
        try (Hub hub = Hub.open(HubDatabase.open(url(), null, null), "gemeente-a", Clock.systemUTC(),
                HubFixture.passphrase())) {
            fingerprint = hub.signingFingerprint();
            String d = hub.keys().signingKey().getD().toString();
            assertFalse(String.join("\n", keyRows()).contains(d), "the private part is nowhere in plain text");
        }
        for (String row : keyRows()) {
            assertTrue(row.contains("sealed-v1"), row);
            assertFalse(row.contains("\"d\""), "no private JWK member in any column: " + row);
        }
        try (Hub again = Hub.open(HubDatabase.open(url(), null, null), null, Clock.systemUTC(),
                HubFixture.passphrase())) {
            assertEquals(fingerprint, again.signingFingerprint());
            assertTrue(again.keys().signingKey().isPrivate());
        }
    }

    @Test
    void aWrongPassphraseSaysSoInDutchAndChangesNothing() {
        Hub.open(HubDatabase.open(url(), null, null), "gemeente-a", Clock.systemUTC(), HubFixture.passphrase()).close();
        List<String> before = keyRows();
        HubDatabase db = HubDatabase.open(url(), null, null);
        HubLockedException refused = assertThrows(HubLockedException.class,
                () -> Hub.open(db, null, Clock.systemUTC(), "een ander wachtwoord".toCharArray()));
        db.close();
        assertTrue(refused.getMessage().contains("hub-wachtwoord klopt niet"), refused.getMessage());
        assertEquals(before, keyRows());
    }

    @Test
    void aWeakPassphraseDoesNotProtectANewHub() {
        HubDatabase db = HubDatabase.open(url(), null, null);
        HubLockedException refused = assertThrows(HubLockedException.class,
                () -> Hub.open(db, "gemeente-a", Clock.systemUTC(), "kort".toCharArray()));
        assertTrue(refused.getMessage().contains("te kort"), refused.getMessage());
        assertEquals(0, db.<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_keyring"))));
        assertEquals(0, db.<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_key"))));
        db.close();
    }

    @Test
    void withoutThePassphraseTheHubShowsPublicKeysButOpensNoBundle() throws Exception {
        String fingerprint;
        ECKey municipalityKey;
        try (Hub hub = Hub.open(HubDatabase.open(url(), null, null), "gemeente-a", Clock.systemUTC(),
                HubFixture.passphrase())) {
            fingerprint = hub.signingFingerprint();
            municipalityKey = hub.keys().currentEncryptionPublicKey();
            hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", java.time.Duration.ofHours(1));
        }
        try (Hub locked = Hub.open(HubDatabase.open(url(), null, null), null, Clock.systemUTC())) {
            assertEquals(fingerprint, locked.signingFingerprint());
            assertEquals(municipalityKey, locked.keys().currentEncryptionPublicKey());
            assertEquals(Map.of("coach", 1), locked.counts());
            ECKey device = SyncKeys.newSigningKey();
            String jwe = BundleEnvelope.seal(Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, 1,
                    Instant.now().toString(), List.of(new Change("candidate", UUID.randomUUID().toString(),
                            Map.of("status", "ACTIEF"), new Hlc(1, 0).toString(), false))), device, municipalityKey);
            assertThrows(HubLockedException.class, () -> locked.inbox().receive(jwe, "file"));
            assertThrows(HubLockedException.class, () -> locked.keys().rotateEncryptionKey());
        }
    }

    @Test
    void keysStoredPlainByAnOlderHubAreSealedAtTheFirstStartWithAPassphrase() throws Exception {
        ECKey signing = SyncKeys.newSigningKey();
        ECKey encryption = SyncKeys.newEncryptionKey();
        Flyway.configure(HubDatabase.class.getClassLoader()).dataSource(url(), null, null)
                .locations("classpath:db/hub").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url());
             PreparedStatement insert = c.prepareStatement("insert into hub_key (kid, purpose, jwk, created_at,"
                     + " is_current) values (?, ?, ?, '2026-01-01T00:00:00Z', 1)")) {
            for (Object[] key : new Object[][] {{signing, "signing"}, {encryption, "encryption"}}) {
                insert.setString(1, SyncKeys.keyId((ECKey) key[0]));
                insert.setString(2, (String) key[1]);
                insert.setString(3, ((ECKey) key[0]).toJSONString());
                insert.executeUpdate();
            }
            c.createStatement().execute("insert into hub_setting (name, value) values ('municipality', 'gemeente-a')");
        }
        String privatePart = encryption.getD().toString();
        assertTrue(fileText().contains(privatePart), "the old hub kept it plain");

        try (Hub hub = Hub.open(HubDatabase.open(url(), null, null), null, Clock.systemUTC(),
                HubFixture.passphrase())) {
            assertEquals(SyncKeys.fingerprint(signing), hub.signingFingerprint(), "the same identity as before");
            assertEquals(encryption, hub.keys().currentEncryptionKey());
            assertNull(hub.keys().encryptionKey("no-such-kid").orElse(null));
        }
        for (String row : keyRows()) {
            assertTrue(row.contains("sealed-v1"), row);
        }
        assertFalse(fileText().contains(privatePart), "neither the database file nor its WAL still holds it");
    }

    /** The database file and its WAL as text, to look for key material left behind. */
    private String fileText() throws Exception {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"hub.db", "hub.db-wal"}) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }
}

package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import com.nimbusds.jose.jwk.ECKey;

/**
 * The hub administration on a real PostgreSQL (see scripts/test-postgres.sh): two hub processes writing to one
 * database, and changing the hub passphrase. Each test gets its own schema, so the shared test database's keyring
 * and journal stay out of it.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "WERKMAP_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresHubAdminTest {

    private static final char[] OLD = "zes paarden op de dijk".toCharArray();
    private static final char[] NEW = "zeven koeien in de wei".toCharArray();

    private String url;

    @BeforeEach
    void ownSchema() throws Exception {
        String base = System.getenv("WERKMAP_TEST_PG_URL");
        String schema = "hubadmin_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, System.getenv("WERKMAP_TEST_PG_USER"),
                System.getenv("WERKMAP_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private HubDatabase open() {
        return HubDatabase.open(url, System.getenv("WERKMAP_TEST_PG_USER"), System.getenv("WERKMAP_TEST_PG_PASSWORD"));
    }

    @Test
    void twoHubProcessesOnOneDatabaseHandOutEveryJournalPositionOnce() throws Exception {
        open().close();
        JournalRace.Outcome outcome = JournalRace.run(this::open, 2, 4, 25);
        assertEquals(outcome.applies(), outcome.rows());
        assertEquals(outcome.applies(), outcome.journalPosition(), "no position lost");
        assertEquals(outcome.applies(), outcome.distinctPositions(), "no position handed out twice");
    }

    @Test
    void changingThePassphraseOnPostgresKeepsTheKeysAndRefusesTheOldOne() {
        List<ECKey> keys;
        try (HubDatabase db = open()) {
            keys = HubKeyStore.unlock(db, Clock.systemUTC(), OLD.clone()).encryptionKeys();
            String before = db.read(HubKeySealing::storedKeyring);
            assertThrows(HubLockedException.class, () -> HubKeyStore.changePassphrase(db,
                    "een ander wachtwoord".toCharArray(), NEW.clone()));
            assertEquals(before, db.read(HubKeySealing::storedKeyring), "a wrong current passphrase changes nothing");
            HubKeyStore.changePassphrase(db, OLD.clone(), NEW.clone());
            assertTrue(!before.equals(db.read(HubKeySealing::storedKeyring)));
        }
        try (HubDatabase db = open()) {
            assertEquals(keys, HubKeyStore.unlock(db, Clock.systemUTC(), NEW.clone()).encryptionKeys());
            HubLockedException old = assertThrows(HubLockedException.class,
                    () -> HubKeyStore.unlock(db, Clock.systemUTC(), OLD.clone()));
            assertTrue(old.getMessage().contains("klopt niet"), old.getMessage());
        }
    }
}

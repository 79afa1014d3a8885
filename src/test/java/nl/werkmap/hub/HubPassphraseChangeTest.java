package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubKeyStore;
import nl.werkmap.hub.store.HubLockedException;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/** Changing the hub passphrase on a real SQLite hub with real keys: only the wrapping of the data key changes. */
class HubPassphraseChangeTest {

    private static final char[] NEW = "zeven koeien in de wei".toCharArray();

    @TempDir
    Path dir;

    private HubDatabase open() {
        return HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
    }

    /** The keyring and every key row as text: what must stay the same when a change is refused. */
    static List<String> keyState(HubDatabase db) {
        return db.read(dsl -> {
            List<String> rows = new java.util.ArrayList<>();
            rows.addAll(dsl.fetch("select id, keyring, created_at from hub_keyring").map(r -> r.intoList().toString()));
            rows.addAll(dsl.fetch("select kid, jwk, public_jwk, protection, is_current from hub_key order by kid")
                    .map(r -> r.intoList().toString()));
            return rows;
        });
    }

    static String keyring(HubDatabase db) {
        return db.read(dsl -> (String) dsl.fetchValue("select keyring from hub_keyring"));
    }

    @Test
    void afterAChangeTheNewPassphraseOpensTheSameKeysAndOldBundlesWhileTheOldPassphraseNoLongerDoes()
            throws Exception {
        String sealedBefore;
        String fingerprint;
        String candidate = UUID.randomUUID().toString();
        List<String> keyRowsBefore;
        String keyringBefore;
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice coach = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            sealedBefore = coach.seal(new Change("candidate", candidate, Map.of("coach_id", coach.enrolment.coachId(),
                    "status", "ACTIEF"), new Hlc(1000, 0).toString(), false));
            fingerprint = fixture.hub.signingFingerprint();
        }
        try (HubDatabase db = open()) {
            keyringBefore = keyring(db);
            keyRowsBefore = keyState(db).subList(1, keyState(db).size());
            HubKeyStore.changePassphrase(db, HubFixture.passphrase(), NEW.clone());
            List<String> after = keyState(db);
            assertEquals(keyRowsBefore, after.subList(1, after.size()), "the sealed keys themselves are untouched");
            assertNotEquals(keyringBefore, keyring(db));
            assertNotEquals(salt(keyringBefore), salt(keyring(db)), "a fresh salt");
            HubLockedException old = assertThrows(HubLockedException.class,
                    () -> Hub.open(db, null, Clock.systemUTC(), HubFixture.passphrase()));
            assertTrue(old.getMessage().contains("hub-wachtwoord klopt niet"), old.getMessage());
        }
        try (Hub hub = Hub.open(open(), null, Clock.systemUTC(), NEW.clone())) {
            assertEquals(fingerprint, hub.signingFingerprint());
            assertTrue(hub.inbox().receive(sealedBefore, "file").applied() > 0,
                    "a bundle sealed to the municipality key before the change still opens");
            assertEquals(1, hub.counts().get("candidate"));
        }
    }

    @Test
    void aWrongCurrentPassphraseChangesNothingAndSaysSoInDutch() {
        new HubFixture(dir, "gemeente-a").close();
        try (HubDatabase db = open()) {
            List<String> before = keyState(db);
            HubLockedException refused = assertThrows(HubLockedException.class,
                    () -> HubKeyStore.changePassphrase(db, "een ander wachtwoord".toCharArray(), NEW.clone()));
            assertTrue(refused.getMessage().contains("hub-wachtwoord klopt niet")
                    && refused.getMessage().contains("niets veranderd"), refused.getMessage());
            assertEquals(before, keyState(db));
        }
        Hub.open(open(), null, Clock.systemUTC(), HubFixture.passphrase()).close();
    }

    @Test
    void aWeakOrUnchangedNewPassphraseIsRefusedByTheRuleOfTheFirstSealing() {
        new HubFixture(dir, "gemeente-a").close();
        try (HubDatabase db = open()) {
            List<String> before = keyState(db);
            for (String weak : new String[] {"kort", "wachtwoord123", "aaaaaaaaaaaa"}) {
                HubLockedException refused = assertThrows(HubLockedException.class,
                        () -> HubKeyStore.changePassphrase(db, HubFixture.passphrase(), weak.toCharArray()));
                assertTrue(refused.getMessage().startsWith("Het nieuwe hub-wachtwoord is niet sterk genoeg"),
                        refused.getMessage());
            }
            HubLockedException same = assertThrows(HubLockedException.class,
                    () -> HubKeyStore.changePassphrase(db, HubFixture.passphrase(), HubFixture.passphrase()));
            assertTrue(same.getMessage().contains("hetzelfde"), same.getMessage());
            assertEquals(before, keyState(db));
        }
    }

    @Test
    void aHubWithoutKeysYetHasNoPassphraseToChange() {
        try (HubDatabase db = open()) {
            HubLockedException refused = assertThrows(HubLockedException.class,
                    () -> HubKeyStore.changePassphrase(db, HubFixture.passphrase(), NEW.clone()));
            assertTrue(refused.getMessage().contains("nog geen sleutels"), refused.getMessage());
        }
    }

    private static String salt(String keyring) {
        return JsonParser.parseString(keyring).getAsJsonObject().get("salt").getAsString();
    }
}

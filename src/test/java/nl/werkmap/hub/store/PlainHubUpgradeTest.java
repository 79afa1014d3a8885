package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.RawScan;
import nl.werkmap.security.TestVaults;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.ConflictNote;

/**
 * Issue 12.1: a hub database written before sealing (V7, every value plain) is sealed in place at the first start
 * with the passphrase, and then serves exactly the same feed: the same changes and conflict notes, byte for byte
 * in the bundle JSON. Afterwards no plain personal value is left in the file.
 */
class PlainHubUpgradeTest {

    static final String COACH = "11111111-1111-4111-8111-111111111111";
    static final String FENNA = "22222222-2222-4222-8222-222222222222";
    static final String EMPLOYER = "33333333-3333-4333-8333-333333333333";
    static final String SESSION = "44444444-4444-4444-8444-444444444444";
    static final List<String> PERSONAL = List.of("Fenna Wijnbergen", "06-48213377", "Zwanenhalsstraat 17",
            "Ria de Boer-Smits", "vertelde over haar angst voor de nachttrein", "06-99988877");

    @TempDir
    Path dir;

    @Test
    void plainRowsAreSealedAtFirstStartAndTheFeedStaysTheSame() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("hub.db");
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null).locations("classpath:db/hub")
                .target("7").load().migrate();
        try (HubDatabase old = HubDatabase.open(url, null, null)) {
            old.write(PlainHubUpgradeTest::writeAsBeforeSealing);
            old.exclusive(dsl -> dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        assertEquals(PERSONAL.size(), new RawScan(PERSONAL).findIn(List.of(dir.resolve("hub.db"))).size(),
                "the old hub kept them plain, where the scan finds them");
        String before;
        try (HubDatabase migrated = HubDatabase.open(url, null, null)) {
            // Schema V9, values still plain: the feed as the hub served it before (nothing sealed, no key needed).
            before = feed(migrated, MasterSealing.with(TestVaults.inMemory()));
        }
        assertTrue(before.contains("Fenna Wijnbergen") && before.contains("06-99988877"), before);

        try (HubDatabase db = HubDatabase.open(url, null, null);
             Hub hub = Hub.open(db, null, Clock.systemUTC(), HubFixture.passphrase())) {
            assertEquals(before, feed(db, MasterSealing.of(hub.keys())));
            db.read(dsl -> {
                assertEquals(0, dsl.fetchCount(dsl.selectFrom("master_field").where("value is not null")
                        .and("field in ('full_name', 'phone', 'street_address', 'contact_name', 'went_well')")));
                assertNull(dsl.fetchValue("select losing_value from hub_conflict"));
                assertEquals(2, dsl.fetchCount(dsl.selectFrom("hub_subject_key")), "Fenna's key and the shared one");
                return null;
            });
            assertEquals(List.of(), new RawScan(PERSONAL).findIn(List.of(dir.resolve("hub.db"),
                    dir.resolve("hub.db-wal"))), "VACUUM left no old text behind");
        }
        // A second start seals nothing again and still serves the same.
        try (HubDatabase db = HubDatabase.open(url, null, null);
             Hub hub = Hub.open(db, null, Clock.systemUTC(), HubFixture.passphrase())) {
            assertEquals(before, feed(db, MasterSealing.of(hub.keys())));
        }
        assertFalse(before.isEmpty());
    }

    /** The changes and conflict notes a team lead's device of COACH's team gets on its first fetch, as JSON. */
    private static String feed(HubDatabase db, MasterSealing sealing) {
        RegisteredDevice device = new RegisteredDevice("device-lead", "laptop", "lead", "Lotte", HubRole.TEAMLEIDER,
                "noord", null, null, "2026-01-01T00:00:00Z", null, null);
        return db.read(dsl -> {
            long upTo = new MasterCaseload(null, sealing).journalPosition(dsl);
            CaseloadFeed.Slice slice = CaseloadFeed.changesFor(dsl, sealing, device, List.of(COACH), 0, upTo);
            List<ConflictNote> notes = ConflictLedger.notesFor(dsl, sealing, List.of(COACH), 0, upTo);
            Bundle bundle = new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, "b", "hub", "gemeente-a",
                    device.id(), 0, upTo, "2026-12-04T00:00:00Z", sorted(slice), null, null, notes);
            return new String(BundleJson.write(bundle), java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    /** The feed's order within an entity follows the database's; sorted so two reads compare. */
    private static List<nl.werkmap.sync.protocol.Change> sorted(CaseloadFeed.Slice slice) {
        List<nl.werkmap.sync.protocol.Change> changes = new ArrayList<>(slice.changes());
        changes.sort(java.util.Comparator.comparing(c -> c.entity() + "/" + c.id() + "/" + c.hlc()));
        return changes;
    }

    /** Rows as the hub wrote them before V8: every value in master_field.value, lost values in losing_value. */
    static Void writeAsBeforeSealing(DSLContext dsl) {
        dsl.execute("insert into hub_setting (name, value) values ('municipality', 'gemeente-a'), ('journal_seq', '3')");
        row(dsl, "coach", COACH, null, 1);
        field(dsl, "coach", COACH, "name", "Anouk", 1);
        row(dsl, "candidate", FENNA, FENNA, 2);
        field(dsl, "candidate", FENNA, "coach_id", COACH, 2);
        field(dsl, "candidate", FENNA, "full_name", "Fenna Wijnbergen", 2);
        field(dsl, "candidate", FENNA, "phone", "06-48213377", 2);
        field(dsl, "candidate", FENNA, "street_address", "Zwanenhalsstraat 17", 2);
        field(dsl, "candidate", FENNA, "status", "ACTIEF_TRAJECT", 2);
        field(dsl, "candidate", FENNA, "email", "", 2);
        row(dsl, "employer", EMPLOYER, null, 3);
        field(dsl, "employer", EMPLOYER, "name", "Bakkerij De Korenbloem", 3);
        field(dsl, "employer", EMPLOYER, "contact_name", "Ria de Boer-Smits", 3);
        row(dsl, "coaching_session", SESSION, FENNA, 3);
        field(dsl, "coaching_session", SESSION, "candidate_id", FENNA, 3);
        field(dsl, "coaching_session", SESSION, "went_well", "vertelde over haar angst voor de nachttrein", 3);
        field(dsl, "coaching_session", SESSION, "concerns", null, 3);
        dsl.execute("insert into hub_conflict (entity, entity_id, field, losing_hlc, losing_device, losing_value,"
                + " winning_hlc, settled, journal_seq) values ('candidate', ?, 'phone', '000000000001000-00000',"
                + " 'device-b', '06-99988877', '000000000002000-00000', 0, 3)", FENNA);
        return null;
    }

    private static void row(DSLContext dsl, String entity, String id, String candidate, long seq) {
        dsl.execute("insert into master_row (entity, entity_id, candidate_id, journal_seq) values (?, ?, ?, ?)",
                entity, id, candidate, seq);
    }

    private static void field(DSLContext dsl, String entity, String id, String field, String value, long seq) {
        dsl.execute("insert into master_field (entity, entity_id, field, value, hlc, device_id, journal_seq)"
                + " values (?, ?, ?, ?, ?, 'device-a', ?)", entity, id, field, value, "00000000000" + seq + "000-00000",
                seq);
    }

}

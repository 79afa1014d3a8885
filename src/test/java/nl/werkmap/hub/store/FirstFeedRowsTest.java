package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.TestVaults;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * A first fetch's rows as the hub writes them ({@link FirstFeed#streamRows}, plain values kept as the journal's UTF-8)
 * are the changes of the whole read ({@link CaseloadFeed#changesFor}), also where the journal holds texts that are
 * empty, escaped in JSON, JavaScript line ends, or bytes that are not UTF-8 at all (the driver's text of them has
 * replacement characters, and so must the row's). FirstFeedEquivalenceTest covers the team's shapes; this the bytes.
 */
class FirstFeedRowsTest {

    private static final String COACH = "11111111-1111-4111-8111-111111111111";
    private static final String[] ODD_HEX = {"", "22", "5c", "0a00", "e280a8", "e280a9", "c0af", "eda080", "f4908080",
        "ff41", "e282", "c3a9e282ac", "f09f9880", "7f", "41e2"};

    @TempDir
    Path dir;

    private HubDatabase db;

    @Test
    void rowsWithOddStoredTextsAreTheWholeReadsChanges() {
        db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
        MasterSealing sealing = MasterSealing.with(TestVaults.inMemory());
        MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()), sealing);
        long[] t = {Instant.now().toEpochMilli() - 600_000};
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("coach", COACH, Map.of("name", "Anouk", "team", "noord"), stamp(t), false));
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < ODD_HEX.length * 2; i++) {
            String candidate = UUID.randomUUID().toString();
            candidates.add(candidate);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("coach_id", COACH);
            fields.put("status", "ACTIEF_TRAJECT");
            fields.put("full_name", "Kandidaat \u2028 \"" + i + "\" é");
            changes.add(new Change("candidate", candidate, fields, stamp(t), false));
            changes.add(new Change("candidate", candidate, Map.of("phone", "06-" + i), stamp(t), false));
        }
        db.write(dsl -> caseload.apply(dsl, "device-anouk", changes));
        db.write(dsl -> {
            for (int i = 0; i < ODD_HEX.length; i++) {
                dsl.execute("UPDATE master_field SET value = CAST(x'" + ODD_HEX[i] + "' AS TEXT) WHERE entity ="
                        + " 'candidate' AND field = 'status' AND entity_id = ?", candidates.get(i));
            }
            return null;
        });
        RegisteredDevice lead = new RegisteredDevice("device-lead", "laptop", "lead", "Lotte", HubRole.TEAMLEIDER,
                "noord", null, null, "2026-01-01T00:00:00Z", null, null);
        List<Change> whole = db.read(dsl -> CaseloadFeed.changesFor(dsl, sealing, lead, List.of(COACH), 0,
                MasterCaseload.journalPosition(dsl)).changes());
        assertTrue(whole.stream().anyMatch(c -> c.fields().getOrDefault("status", "").contains("\ufffd")),
                "the driver's text of bytes that are not UTF-8");
        for (int pageSize : new int[] {1, 4, FirstFeed.PAGE}) {
            List<FeedRow> rows = new ArrayList<>();
            db.read(dsl -> {
                FirstFeed.streamRows(dsl, sealing, lead, List.of(COACH), MasterCaseload.journalPosition(dsl),
                        pageSize, rows::add);
                return null;
            });
            assertEquals(whole, rows.stream().flatMap(row -> row.changes().stream()).toList(), "page " + pageSize);
            assertTrue(rows.stream().anyMatch(row -> row.writeCount() == 2), "rows of two writes");
            assertTrue(rows.stream().anyMatch(row -> row.value(0, 0) instanceof byte[]), "plain values as stored");
        }
    }

    private static String stamp(long[] t) {
        return new Hlc(++t[0], 0).toString();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}

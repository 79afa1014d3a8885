package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.hub.DownBundleWriter;
import nl.werkmap.hub.Hub;
import nl.werkmap.security.TestVaults;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * A first fetch read with each row's fields packed into one text by SQLite ({@link PackedFields}) gives the same rows
 * as the same fetch read column by column, the way it was read before (and still is on PostgreSQL): the same payload
 * bytes, before encryption, for a device of either envelope form (ordinary changes, form 1; compact changes, form 2),
 * and the changes of the whole read ({@link CaseloadFeed#changesFor}). Over random journals: candidates of the lead's
 * team and of another, rows of no candidate, personal values sealed per candidate, rows of several writes by several
 * devices (the lead's own among them), cleared values, deleted rows, stored texts that are empty, hold NUL bytes,
 * JSON escapes or bytes that are not UTF-8, fields without their row, and journal limits below the last write.
 */
class PackedFieldsEquivalenceTest {

    private static final String COACH = "11111111-1111-4111-8111-111111111111";
    private static final String OTHER_COACH = "22222222-2222-4222-8222-222222222222";
    private static final String LEAD = "device-lead";
    private static final String[] DEVICES = {"device-anouk", "device-bram", LEAD};
    private static final String[] TEXTS = {"", "a", "Sanne de Vries", "\"", "\\", "\n", "\u0000", "x\u0000y",
        "\u2028", "é", "€", "😀", "日本", "0", "-1", ",", ":", "1,2,3:", "12:ab", "\u007f"};
    /** Stored texts no change can make: NUL bytes, bytes that are not UTF-8, a cut-off sequence. */
    private static final String[] ODD_HEX = {"", "00", "0a00", "ff41", "c0af", "eda080", "e282", "e280a8", "3a2c2d31",
        "2d31", "f09f9880"};

    @TempDir
    Path dir;

    @Test
    void packedRowsGiveTheSamePayloadBytesAsRowsReadColumnByColumn() {
        Random random = new Random(29);
        int[] seen = new int[7];
        for (int journal = 0; journal < 12; journal++) {
            HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub-" + journal + ".db"), null, null);
            try {
                MasterSealing sealing = MasterSealing.with(TestVaults.inMemory());
                fill(db, sealing, random);
                long end = db.read(MasterCaseload::journalPosition);
                for (int read = 0; read < 4; read++) {
                    long upTo = read == 0 ? end : 1 + random.nextInt((int) end);
                    int page = 1 + random.nextInt(read == 0 ? FirstFeed.PAGE : 9);
                    int first = 1 + random.nextInt(page);
                    List<FeedRow> packed = rows(db, sealing, upTo, first, page, true);
                    List<FeedRow> columns = rows(db, sealing, upTo, first, page, false);
                    String what = "journal " + journal + ", up to " + upTo + " of " + end + ", pages " + first
                            + " growing to " + page;
                    assertEquals(columns.size(), packed.size(), what);
                    Bundle frame = frame();
                    for (boolean compact : new boolean[] {false, true}) {
                        byte[] expected = DownBundleWriter.write(frame, columns, compact);
                        byte[] actual = DownBundleWriter.write(frame, packed, compact);
                        assertArrayEquals(expected, actual, () -> what + (compact ? ", compact: " : ": ")
                                + firstDifference(expected, actual));
                        // Each row alone as well, as the cut into bundles may put it first or last.
                        for (int r = 0; r < packed.size(); r += 1 + random.nextInt(5)) {
                            assertArrayEquals(DownBundleWriter.write(frame, List.of(columns.get(r)), compact),
                                    DownBundleWriter.write(frame, List.of(packed.get(r)), compact), what);
                        }
                    }
                    if (upTo == end) {
                        RegisteredDevice lead = lead();
                        List<Change> whole = db.read(dsl -> CaseloadFeed.changesFor(dsl, sealing, lead,
                                List.of(COACH), 0, upTo).changes());
                        assertEquals(whole, packed.stream().flatMap(row -> row.changes().stream()).toList(), what);
                    }
                    count(packed, seen);
                }
            } finally {
                db.close();
            }
        }
        // The journals held what the packing has to get right.
        assertTrue(seen[0] > 50, "rows of several writes: " + seen[0]);
        assertTrue(seen[1] > 100, "personal values opened: " + seen[1]);
        assertTrue(seen[2] > 20, "cleared values: " + seen[2]);
        assertTrue(seen[3] > 20, "empty values: " + seen[3]);
        assertTrue(seen[4] > 20, "values with NUL bytes or bytes that are not UTF-8: " + seen[4]);
        assertTrue(seen[5] > 10, "deleted rows: " + seen[5]);
        assertTrue(seen[6] > 10, "writes of more than sixteen fields: " + seen[6]);
    }

    /**
     * SQLite packs the fields walking the primary key (entity, entity_id, field): each row's fields in the order the
     * column read gives them, no sort of two million fields first. Fails if the plan sorts or takes another index.
     */
    @Test
    void fieldsArePackedWalkingThePrimaryKeyWithoutASort() {
        HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("plan.db"), null, null);
        try {
            String plan = db.read(dsl -> dsl.fetch("EXPLAIN QUERY PLAN " + PackedFields.SQL, "candidate", "", "z", 9L)
                    .stream().map(r -> r.get("detail", String.class)).toList().toString());
            assertTrue(plan.contains("USING INDEX sqlite_autoindex_master_field_1 (entity=? AND entity_id>? AND"
                    + " entity_id<?)"), plan);
            assertTrue(!plan.contains("TEMP B-TREE"), plan);
        } finally {
            db.close();
        }
    }

    /** A random team's journal: writes by three devices, later edits, deletions, then stored texts no device sends. */
    private static void fill(HubDatabase db, MasterSealing sealing, Random random) {
        MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()), sealing);
        long[] t = {Instant.now().toEpochMilli() - 3_600_000};
        List<String[]> rows = new ArrayList<>(); // entity, id
        for (int batch = 0; batch < 4; batch++) {
            String device = DEVICES[random.nextInt(DEVICES.length)];
            List<Change> changes = new ArrayList<>();
            if (batch == 0) {
                changes.add(change("coach", COACH, t, Map.of("name", "Anouk", "team", "noord")));
                changes.add(change("coach", OTHER_COACH, t, Map.of("name", "Bram", "team", "zuid")));
            }
            int made = batch == 0 ? 20 + random.nextInt(30) : random.nextInt(10);
            for (int i = 0; i < made; i++) {
                String candidate = UUID.randomUUID().toString();
                rows.add(new String[] {"candidate", candidate});
                Map<String, String> fields = fields(random, "coach_id", random.nextInt(4) == 0 ? OTHER_COACH : COACH,
                        "status", "ACTIEF_TRAJECT", "full_name", null, "phone", null, "email", null, "city", null);
                if (random.nextInt(5) == 0) {
                    // A write of more fields than a write has room for at first; fields unknown here are sealed.
                    for (int f = 0; f < 20; f++) {
                        fields.put("later_field_" + f, random.nextBoolean() ? null : TEXTS[random.nextInt(TEXTS.length)]);
                    }
                }
                changes.add(change("candidate", candidate, t, fields));
                for (int s = random.nextInt(4); s > 0; s--) {
                    String session = UUID.randomUUID().toString();
                    rows.add(new String[] {"coaching_session", session});
                    changes.add(change("coaching_session", session, t, fields(random, "candidate_id", candidate,
                            "went_well", null, "concerns", null, "duration_minutes", null)));
                }
                if (random.nextInt(3) == 0) {
                    String employer = UUID.randomUUID().toString();
                    rows.add(new String[] {"employer", employer});
                    changes.add(change("employer", employer, t, fields(random, "name", null, "contact_name", null)));
                }
            }
            // Later writes to rows made before: some fields again (a row of several writes), or the row deleted.
            for (int i = 0; i < rows.size() / 3; i++) {
                String[] row = rows.get(random.nextInt(rows.size()));
                if (random.nextInt(12) == 0) {
                    changes.add(new Change(row[0], row[1], Map.of(), stamp(t), true));
                } else if (row[0].equals("candidate")) {
                    changes.add(change(row[0], row[1], t, fields(random, "full_name", null, "phone", null)));
                } else if (row[0].equals("coaching_session")) {
                    changes.add(change(row[0], row[1], t, fields(random, "concerns", null)));
                } else {
                    changes.add(change(row[0], row[1], t, fields(random, "contact_name", null)));
                }
            }
            db.write(dsl -> caseload.apply(dsl, device, changes));
        }
        db.write(dsl -> {
            oddStoredTexts(dsl, random);
            // Fields without their row, inside and at the ends of the key range of the rows around them.
            for (String id : new String[] {"", "0", rows.get(0)[1] + "0", "\uffff"}) {
                dsl.execute("INSERT INTO master_field (entity, entity_id, field, value, hlc, device_id, journal_seq)"
                        + " VALUES ('candidate', ?, 'status', 'WEES', '000001733390000-00001-x', 'x', 1)", id);
            }
            return null;
        });
    }

    /** Plain stored values set to texts no device sends: NUL bytes, bytes that are not UTF-8, cleared, empty. */
    private static void oddStoredTexts(DSLContext dsl, Random random) {
        List<Object[]> plain = new ArrayList<>();
        dsl.fetch("SELECT entity, entity_id, field FROM master_field WHERE sealed_value IS NULL").forEach(r ->
                plain.add(new Object[] {r.get(0), r.get(1), r.get(2)}));
        for (Object[] key : plain) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            int kind = random.nextInt(ODD_HEX.length + 2);
            String value = kind < ODD_HEX.length ? "CAST(x'" + ODD_HEX[kind] + "' AS TEXT)"
                    : kind == ODD_HEX.length ? "NULL" : "''";
            dsl.execute("UPDATE master_field SET value = " + value + " WHERE entity = ? AND entity_id = ? AND field = ?",
                    key[0], key[1], key[2]);
        }
    }

    /** Fields of a change: each name with its value, or with a random text (sometimes cleared) where null. */
    private static Map<String, String> fields(Random random, String... namesAndValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value == null) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                value = random.nextInt(8) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(3)
                        + TEXTS[random.nextInt(TEXTS.length)];
            }
            fields.put(namesAndValues[i], value);
        }
        return fields;
    }

    private static List<FeedRow> rows(HubDatabase db, MasterSealing sealing, long upTo, int first, int page,
                                      boolean packed) {
        List<FeedRow> rows = new ArrayList<>();
        db.read(dsl -> {
            FirstFeed.streamRows(dsl, sealing, lead(), List.of(COACH), upTo, first, page, rows::add, packed);
            return null;
        });
        return rows;
    }

    private static void count(List<FeedRow> rows, int[] seen) {
        for (FeedRow row : rows) {
            seen[0] += row.writeCount() > 1 ? 1 : 0;
            seen[5] += row.tombstone() ? 1 : 0;
            for (int w = 0; w < row.writeCount(); w++) {
                seen[6] += row.fieldCount(w) > 16 ? 1 : 0;
                for (int f = 0; f < row.fieldCount(w); f++) {
                    Object value = row.value(w, f);
                    seen[1] += MasterSealing.personal(row.entity(), row.field(w, f)) && value != null ? 1 : 0;
                    seen[2] += value == null ? 1 : 0;
                    seen[3] += value instanceof byte[] bytes && bytes.length == 0 ? 1 : 0;
                    seen[4] += value instanceof byte[] bytes && (Arrays.asList(toObjects(bytes)).contains((byte) 0)
                            || !Arrays.equals(bytes, FeedRow.text(bytes).getBytes(StandardCharsets.UTF_8))) ? 1 : 0;
                }
            }
        }
    }

    private static Byte[] toObjects(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return boxed;
    }

    private static RegisteredDevice lead() {
        return new RegisteredDevice(LEAD, "laptop", "lead", "Lotte", HubRole.TEAMLEIDER, "noord", null, null,
                "2026-01-01T00:00:00Z", null, null);
    }

    private static Bundle frame() {
        return Bundle.down("bundle-1", Hub.HUB_ID, "gemeente-a", LEAD, 0, 9, "2026-12-05T07:00:00Z", List.of(), null,
                List.of(), List.of());
    }

    private static Change change(String entity, String id, long[] t, Map<String, String> fields) {
        return new Change(entity, id, fields, stamp(t), false);
    }

    private static String stamp(long[] t) {
        return new Hlc(++t[0], 0).toString();
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int i = Arrays.mismatch(a, b);
        int from = Math.max(0, i - 80);
        return "first difference at byte " + i + ":\n" + new String(a, from, Math.min(a.length, i + 40) - from,
                StandardCharsets.UTF_8) + "\n" + new String(b, from, Math.min(b.length, i + 40) - from,
                StandardCharsets.UTF_8);
    }
}

package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jooq.DSLContext;
import org.jooq.Record;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.caseload.CandidateHistory;
import nl.werkmap.store.db.Database;

/**
 * The batched applier and the field-by-field one give the same caseload, per-field change log (stamps, writers,
 * local values, deletions), candidate history as shown and outcomes on a random mix:
 * new and held rows, fields sent twice with older, equal and newer stamps, stamps equal to this device's own,
 * tombstones, cleared values, sealed columns, and a second round on top of the first.
 */
class BatchedApplyProperties {

    private static final String[] OWN = {"11111111-1111-1111-1111-111111111111",
            "22222222-2222-2222-2222-222222222222"};
    /** Candidate ids as UUIDs, so the history can be read for them. */
    private static final String[] CAND = {"c0000000-0000-0000-0000-000000000001",
            "c0000000-0000-0000-0000-000000000002"};
    private static Path seedDir;
    private static Path seed;
    private static long basePhysical;
    private static List<String> ownStamps;

    @BeforeContainer
    static void seed() throws Exception {
        seedDir = Files.createTempDirectory("batched-apply");
        seed = seedDir.resolve("seed.db");
        try (CaseloadStore store = CaseloadStore.open(seed, TestVault.sealer())) {
            store.coaches().save(new Coach(java.util.UUID.fromString(OWN[0]), "Ans", CoachRole.JOBCOACH, "Noord", 60));
            store.coaches().save(new Coach(java.util.UUID.fromString(OWN[1]), "Bram", CoachRole.JOBCOACH, null, null));
            ownStamps = store.read(dsl -> dsl.fetch("SELECT DISTINCT hlc FROM change_log ORDER BY hlc")
                    .getValues(0, String.class));
        }
        basePhysical = Long.parseLong(ownStamps.get(0).substring(0, 15));
    }

    @AfterContainer
    static void removeSeed() throws Exception {
        try (var files = Files.walk(seedDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void batchedAndFieldByFieldGiveTheSameCaseload(@ForAll long randomSeed) throws Exception {
        Random random = new Random(randomSeed);
        List<List<RemoteChange>> rounds = twoRounds(random);
        String byField = run(rounds, (clock, tx) -> changes -> new FieldByFieldApplier(clock).apply(tx, changes));
        String batched = run(rounds, (clock, tx) -> changes -> new RemoteChangeApplier(clock).apply(tx, changes));
        assertEquals(byField, batched);
        // The plain values carried as text, as a down-bundle's are (RemoteChange.ofText): the same caseload.
        List<List<RemoteChange>> asText = rounds.stream().map(BatchedApplyProperties::asText).toList();
        assertTrue(asText.stream().flatMap(List::stream).anyMatch(c -> c.plainText() != null));
        String fromText = run(asText, (clock, tx) -> changes -> new RemoteChangeApplier(clock).apply(tx, changes));
        assertEquals(byField, fromText);
        // Written as a bulk delivery (BulkSettings: large page cache, temporary files in memory): the same caseload.
        String asBulk = run(asText, (clock, tx) -> changes -> new RemoteChangeApplier(clock, 1,
                RowWrites.ROWS_PER_INSERT).apply(tx, changes));
        assertEquals(byField, asBulk);
    }

    /** Two rounds of remote changes: a first, and a second that also carries some of the first again. */
    private static List<List<RemoteChange>> twoRounds(Random random) {
        List<RemoteChange> first = round(random, true);
        List<RemoteChange> second = round(random, false);
        second.addAll(random.nextInt(second.size() + 1), first.subList(0, random.nextInt(first.size() + 1)));
        return List.of(first, second);
    }

    /**
     * The change log exactly, in order and byte for byte: what the field-by-field applier logs per field, grouped per
     * row write (row, stamp, writer) within each list in the order of the writes' first winning fields and packed
     * ({@link ReceivedWrite}); given as whole writes or with every write split into one-field parts (which the
     * applier joins again), and with 1, 2, 3 or 32 change-log entries per statement. Fails when an entry is in
     * another place, a joined part is logged apart, or a packed value differs.
     */
    @Property(tries = 60)
    void theChangeLogIsTheFieldByFieldLogPackedPerWriteInOrder(@ForAll long randomSeed) throws Exception {
        Random random = new Random(randomSeed);
        List<List<RemoteChange>> rounds = twoRounds(random);
        String expected = packedReference(rounds);
        int perStatement = new int[] {1, 2, 3, 32}[random.nextInt(4)];
        assertEquals(expected, exactLog(rounds, (clock, tx) -> changes -> new RemoteChangeApplier(clock, 10_000,
                perStatement).apply(tx, changes)));
        assertEquals(expected, exactLog(rounds, (clock, tx) -> changes -> new RemoteChangeApplier(clock, 10_000,
                perStatement).applyRows(tx, split(changes))));
    }

    /** Each change a write of its own (one field): the applier joins the parts of one write into one entry. */
    private static List<RemoteRow> split(List<RemoteChange> changes) {
        List<RemoteRow> rows = new ArrayList<>();
        for (RemoteChange c : changes) {
            rows.addAll(RemoteRow.of(List.of(c)));
        }
        return rows;
    }

    /** The change log in order (seq left out), every column; values as hex. */
    private static String exactLog(List<List<RemoteChange>> rounds,
                                   BiFunction<HybridLogicalClock, DSLContext, Applier> applier) throws Exception {
        return onCopy(rounds, applier, db -> String.join("\n", logLines(db, "")));
    }

    /** The change log's entries in order (seq left out) as text, every column; {@code where}: which entries. */
    private static List<String> logLines(Database db, String where) {
        return db.read(dsl -> dsl.fetch("SELECT entity, entity_id, field, value, sealed, hlc, device_id, bundle_id"
                + " FROM change_log " + where + " ORDER BY seq").map(r -> {
                    StringBuilder line = new StringBuilder();
                    for (Object v : r.intoArray()) {
                        line.append(text(v)).append('|');
                    }
                    return line.toString();
                }));
    }

    /** The field-by-field applier's log with each list's received entries packed per write, in the same form. */
    private static String packedReference(List<List<RemoteChange>> rounds) throws Exception {
        List<String> lines = new ArrayList<>();
        long[] seen = {0};
        onCopy(rounds, (clock, tx) -> changes -> {
            List<ApplyOutcome> outcomes = new FieldByFieldApplier(clock).apply(tx, changes);
            java.util.Map<List<String>, List<String>> writes = new java.util.LinkedHashMap<>();
            for (Record r : tx.fetch("SELECT seq, entity, entity_id, field, value, hlc, device_id, bundle_id"
                    + " FROM change_log WHERE seq > " + seen[0] + " AND bundle_id = 'received' ORDER BY seq")) {
                seen[0] = r.get(0, Long.class);
                String field = (String) r.get(3);
                byte[] value = (byte[]) r.get(4);
                writes.computeIfAbsent(List.of((String) r.get(1), (String) r.get(2), (String) r.get(5),
                        (String) r.get(6)), k -> new ArrayList<>()).add(field.equals("deleted")
                        ? "deleted=" + (value == null ? "" : new String(value, StandardCharsets.UTF_8)) : field);
            }
            writes.forEach((w, fields) -> lines.add(w.get(0) + "/String|" + w.get(1) + "/String|*/String|"
                    + text(String.join("\n", fields).getBytes(StandardCharsets.UTF_8)) + "|false/Boolean|" + w.get(2)
                    + "/String|" + w.get(3) + "/String|received/String|"));
            return outcomes;
        }, db -> {
            // The seed's own entries come first, as they are.
            List<String> own = logLines(db, "WHERE bundle_id IS NULL OR bundle_id <> 'received'");
            lines.addAll(0, own);
            return null;
        });
        return String.join("\n", lines);
    }

    /** Applies the rounds to a copy of the seed, one transaction each (a refused round is left out); then reads it. */
    private static String onCopy(List<List<RemoteChange>> rounds,
                                 BiFunction<HybridLogicalClock, DSLContext, Applier> applier,
                                 java.util.function.Function<Database, String> read) throws Exception {
        Path copy = Files.createTempFile(seedDir, "copy", ".db");
        Files.copy(seed, copy, StandardCopyOption.REPLACE_EXISTING);
        HybridLogicalClock clock = new HybridLogicalClock("this-device", () -> basePhysical, null);
        try (Database db = Database.open(copy)) {
            for (List<RemoteChange> round : rounds) {
                db.write(tx -> applier.apply(clock, tx).apply(round));
            }
            return read.apply(db);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(copy + suffix));
            }
        }
    }

    /** Each plain change whose UTF-8 is text as that text (RemoteChange.ofText); the others as they are. */
    private static List<RemoteChange> asText(List<RemoteChange> round) {
        List<RemoteChange> out = new ArrayList<>();
        for (RemoteChange c : round) {
            byte[] v = c.value();
            String text = v == null ? null : new String(v, StandardCharsets.UTF_8);
            boolean isText = v == null || java.util.Arrays.equals(v, text.getBytes(StandardCharsets.UTF_8));
            out.add(c.sealed() || !isText ? c
                    : RemoteChange.ofText(c.entity(), c.entityId(), c.field(), text, c.hlc(), c.deviceId()));
        }
        return out;
    }

    /** Both appliers refuse a list with a change their columns do not take, and leave nothing behind. */
    @Property(tries = 10)
    void aBadChangeRefusesTheWholeListOnBothPaths(@ForAll long randomSeed) throws Exception {
        Random random = new Random(randomSeed);
        List<RemoteChange> list = round(random, true);
        list.add(random.nextInt(list.size() + 1), new RemoteChange("coach", OWN[0], "name", bytes("x"), true,
                String.format("%015d-00000-dev-a", basePhysical + 100), "dev-a"));
        String byField = run(List.of(list), (clock, tx) -> changes -> new FieldByFieldApplier(clock).apply(tx,
                changes));
        String batched = run(List.of(list), (clock, tx) -> changes -> new RemoteChangeApplier(clock).apply(tx,
                changes));
        assertTrue(byField.startsWith("refused"), byField);
        assertEquals(byField, batched);
        assertEquals(byField, run(List.of(list), (clock, tx) -> changes -> new RemoteChangeApplier(clock, 1,
                RowWrites.ROWS_PER_INSERT).apply(tx, changes)));
    }

    /** New rows go in after the new rows they refer to, whatever order the list has (the schema's foreign keys). */
    @net.jqwik.api.Example
    void aNewRowMayComeBeforeTheNewRowItRefersTo() throws Exception {
        String hlc = String.format("%015d-00000-dev-a", basePhysical + 1);
        List<RemoteChange> list = new ArrayList<>();
        for (String[] f : new String[][] {{"register_status", "INGESCHREVEN"}, {"status", "ACTIEF"},
                {"registered_on", "2026-01-05"}, {"coach_id", "coach-later"}}) {
            list.add(new RemoteChange("candidate", "cand-first", f[0], bytes(f[1]), false, hlc, "dev-a"));
        }
        list.add(new RemoteChange("candidate", "cand-first", "full_name", new byte[] {1, 2}, true, hlc, "dev-a"));
        list.add(new RemoteChange("coach", "coach-later", "name", bytes("Cor"), false, hlc, "dev-a"));
        list.add(new RemoteChange("coach", "coach-later", "role", bytes("JOBCOACH"), false, hlc, "dev-a"));
        String batched = run(List.of(list), (clock, tx) -> changes -> new RemoteChangeApplier(clock).apply(tx,
                changes));
        assertTrue(batched.contains("cand-first/String") && batched.contains("coach-later/String|Cor"), batched);
    }

    interface Applier {
        List<ApplyOutcome> apply(List<RemoteChange> changes);
    }

    /** Applies the rounds to a copy of the seed, one transaction each; the outcomes and the whole file as text. */
    private static String run(List<List<RemoteChange>> rounds,
                              BiFunction<HybridLogicalClock, DSLContext, Applier> applier) throws Exception {
        Path copy = Files.createTempFile(seedDir, "copy", ".db");
        Files.copy(seed, copy, StandardCopyOption.REPLACE_EXISTING);
        StringBuilder out = new StringBuilder();
        HybridLogicalClock clock = new HybridLogicalClock("this-device", () -> basePhysical, null);
        try (Database db = Database.open(copy)) {
            for (List<RemoteChange> round : rounds) {
                try {
                    List<ApplyOutcome> outcomes = db.write(tx -> applier.apply(clock, tx).apply(round));
                    out.append(outcomes).append('\n');
                } catch (RuntimeException refused) {
                    out.insert(0, "refused " + refused.getClass().getSimpleName() + '\n');
                }
            }
            String state = db.read(BatchedApplyProperties::dump);
            out.append(state).append(histories(db));
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(copy + suffix));
            }
        }
        return out.toString();
    }

    private static String dump(DSLContext dsl) {
        StringBuilder s = new StringBuilder();
        for (String query : List.of("SELECT * FROM coach ORDER BY id", "SELECT * FROM candidate ORDER BY id")) {
            for (Record r : dsl.fetch(query)) {
                for (Object v : r.intoArray()) {
                    s.append(text(v)).append('|');
                }
                s.append('\n');
            }
        }
        s.append(loggedFields(dsl));
        return s.toString();
    }

    /**
     * The change log per field, whatever its form: the reference logs a received change per field with its value,
     * the batched applier one packed entry per row write (ReceivedWrite) without the values nobody reads. Compared:
     * every field's entries with stamp, writer and bundle (so the per-field stamps), local entries with their
     * values, received deletions with theirs. Sorted, since the packed form groups a write's fields together.
     */
    private static String loggedFields(DSLContext dsl) {
        List<String> lines = new ArrayList<>();
        for (Record r : dsl.fetch("SELECT entity, entity_id, field, value, sealed, hlc, device_id, bundle_id"
                + " FROM change_log ORDER BY seq")) {
            String where = r.get(0) + "|" + r.get(1) + "|";
            String stamp = "|" + r.get(5) + "|" + r.get(6) + "|" + r.get(7);
            byte[] value = (byte[]) r.get(3);
            boolean received = ChangeLog.RECEIVED.equals(r.get(7));
            if (ReceivedWrite.isPacked((String) r.get(2))) {
                for (String field : ReceivedWrite.fields(value)) {
                    lines.add(where + field + stamp + (field.equals("deleted") ? "|" + ReceivedWrite.deleted(value)
                            : ""));
                }
            } else if (received) {
                lines.add(where + r.get(2) + stamp + (r.get(2).equals("deleted") ? "|" + (value == null ? ""
                        : new String(value, StandardCharsets.UTF_8)) : ""));
            } else {
                lines.add(where + r.get(2) + stamp + "|" + text(value) + "|" + r.get(4));
            }
        }
        lines.sort(null);
        return String.join("\n", lines) + '\n';
    }

    /** The candidates' histories as the Tijdlijn shows them (which fields, deleted or restored, when, by whom). */
    private static String histories(Database db) {
        StringBuilder s = new StringBuilder();
        for (String candidate : CAND) {
            s.append(candidate).append(" history ")
                    .append(new CandidateHistory(db, "this-device").load(UUID.fromString(candidate))).append('\n');
        }
        return s.toString();
    }

    private static String text(Object v) {
        return (v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                + (v == null ? "" : "/" + v.getClass().getSimpleName());
    }

    /** A random list: the first round brings new coaches and candidates whole, both rounds change fields at random. */
    private static List<RemoteChange> round(Random random, boolean withNewRows) {
        List<RemoteChange> list = new ArrayList<>();
        int extra = random.nextInt(30);
        for (int i = 0; i < extra; i++) {
            list.add(random.nextBoolean() ? coachChange(random, pick(random, OWN[0], OWN[1], "coach-new-1"))
                    : candidateChange(random, pick(random, CAND[0], CAND[1])));
        }
        if (withNewRows) {
            for (String id : List.of("coach-new-1", "coach-new-2")) {
                String hlc = stamp(random);
                String dev = writer(hlc);
                for (String[] f : new String[][] {{"name", "Nieuw " + id}, {"role", "JOBCOACH"}}) {
                    list.add(random.nextInt(list.size() + 1), new RemoteChange("coach", id, f[0], bytes(f[1]),
                            false, hlc, dev));
                }
            }
            for (String id : List.of(CAND[0], CAND[1])) {
                String hlc = stamp(random);
                String dev = writer(hlc);
                list.add(random.nextInt(list.size() + 1), new RemoteChange("candidate", id, "full_name",
                        sealedBytes(random), true, hlc, dev));
                for (String[] f : new String[][] {{"register_status", "INGESCHREVEN"}, {"status", "ACTIEF"},
                        {"registered_on", "2026-01-05"}}) {
                    list.add(random.nextInt(list.size() + 1), new RemoteChange("candidate", id, f[0], bytes(f[1]),
                            false, hlc, dev));
                }
            }
        }
        return list;
    }

    private static RemoteChange coachChange(Random random, String id) {
        String[][] fields = {{"name", "Ans", "Bram", "Cor"}, {"team", "Noord", "Zuid", null},
                {"caseload_target", "60", "80", null}, {"deleted", "true", "false"}, {"role", "JOBCOACH", "TEAMLEIDER"}};
        String[] f = fields[random.nextInt(fields.length)];
        String hlc = stamp(random);
        return new RemoteChange("coach", id, f[0], bytes(f[1 + random.nextInt(f.length - 1)]), false, hlc,
                writer(hlc));
    }

    private static RemoteChange candidateChange(Random random, String id) {
        if (random.nextInt(5) == 0) {
            String hlc = stamp(random);
            return new RemoteChange("candidate", id, pick(random, "full_name", "city"), sealedBytes(random), true,
                    hlc, writer(hlc));
        }
        String[][] fields = {{"status", "ACTIEF", "GEPLAATST"}, {"municipality", "Zwolle", "Kampen", null},
                {"hours_available", "12.5", "32", null}, {"deleted", "true", "false"},
                {"coach_id", OWN[0], OWN[1], null}, {"has_car", "true", "false"}};
        String[] f = fields[random.nextInt(fields.length)];
        String hlc = stamp(random);
        return new RemoteChange("candidate", id, f[0], bytes(f[1 + random.nextInt(f.length - 1)]), false, hlc,
                writer(hlc));
    }

    /** Stamps around this device's own: older, equal (this device's own stamps among them) and newer. */
    private static String stamp(Random random) {
        if (random.nextInt(6) == 0) {
            return ownStamps.get(random.nextInt(ownStamps.size()));
        }
        return String.format("%015d-%05d-%s", basePhysical - 2 + random.nextInt(5), random.nextInt(2),
                pick(random, "dev-a", "dev-b"));
    }

    /**
     * The device that wrote a stamp, as in real bundles (the stamp ends in its writer's id): one stamp of one row is
     * one write, so the history's grouping of a write's fields is the same in either change-log form.
     */
    private static String writer(String hlc) {
        return hlc.substring(22);
    }

    private static byte[] sealedBytes(Random random) {
        byte[] b = new byte[1 + random.nextInt(3)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}

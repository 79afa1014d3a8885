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

import org.jooq.DSLContext;
import org.jooq.Record;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.db.Database;

/**
 * New rows written several to an INSERT statement give exactly what one row a statement gave: the same rows with
 * the same rowids (so in the same order), the same summaries kept by the triggers, the same change log and the same
 * outcomes, on lists of many new candidates and sessions whose empty fields differ (so rows of one table take
 * several statement shapes, with remainders), written in one run with a bulk list and a second run on top of it.
 */
class RowsPerInsertProperties {

    private static final String COACH = "11111111-1111-1111-1111-111111111111";
    private static final long BASE = 1_700_000_000_000L;
    private static Path seedDir;
    private static Path seed;

    @BeforeContainer
    static void seed() throws Exception {
        seedDir = Files.createTempDirectory("rows-per-insert");
        seed = seedDir.resolve("seed.db");
        try (CaseloadStore store = CaseloadStore.open(seed, TestVault.sealer())) {
            store.coaches().save(new Coach(java.util.UUID.fromString(COACH), "Ans", CoachRole.JOBCOACH, "Noord", 60));
        }
    }

    @AfterContainer
    static void removeSeed() throws Exception {
        try (var files = Files.walk(seedDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 25)
    void severalRowsAStatementGiveWhatOneRowAStatementGave(@ForAll long randomSeed) throws Exception {
        Random random = new Random(randomSeed);
        List<List<List<RemoteChange>>> runs = twoRuns(random);
        String oneAStatement = run(runs, 1, false).text();
        assertTrue(oneAStatement.contains("|cand-a-0/String|"), oneAStatement);
        assertEquals(oneAStatement, run(runs, RowWrites.ROWS_PER_INSERT, false).text());
        assertEquals(oneAStatement, run(runs, 2 + random.nextInt(7), false).text());
    }

    /**
     * Setting the indexes that only readers use and the session summary triggers aside while the lists are written,
     * and making them again after (DeferredSchema), gives the same rows, rowids, summaries, change log and outcomes,
     * and the same schema.
     */
    @Property(tries = 10)
    void settingReaderOnlyIndexesAsideGivesWhatKeepingThemGave(@ForAll long randomSeed) throws Exception {
        List<List<List<RemoteChange>>> runs = twoRuns(new Random(randomSeed));
        Result kept = run(runs, RowWrites.ROWS_PER_INSERT, false);
        Result setAside = run(runs, RowWrites.ROWS_PER_INSERT, true);
        assertEquals(0, kept.builtAgain());
        assertEquals(DeferredSchema.INDEXES.size() + DeferredSchema.SUMMARY_TRIGGERS.size(), setAside.builtAgain());
        assertEquals(kept.text(), setAside.text());
    }

    /**
     * A placement that names a placement coming after it in the same list is refused whole either way: rows of a
     * table that refers to itself go in one a statement, where the foreign key is checked for each row (in one
     * statement both rows here would be taken: the check comes at the statement's end).
     */
    @Example
    void aPlacementNamingALaterPlacementIsRefusedAsBefore() throws Exception {
        Random random = new Random(7);
        List<RemoteChange> list = new ArrayList<>(candidates(random, "p", 3));
        String hlc = stamp(1, 0);
        list.addAll(row("employer", "emp-1", hlc, "name", "Bakkerij", "sector", "ZORG"));
        list.addAll(row("placement", "pl-1", hlc, "candidate_id", "cand-p-0", "employer_id", "emp-1", "type",
                "PROEFPLAATSING", "start_date", "2026-01-05", "hours_per_week", "20", "follows_placement_id",
                "pl-2"));
        list.addAll(row("placement", "pl-2", hlc, "candidate_id", "cand-p-1", "employer_id", "emp-1", "type",
                "PROEFPLAATSING", "start_date", "2026-01-05", "hours_per_week", "20", "follows_placement_id",
                "pl-1"));
        String one = run(List.of(List.of(list)), 1, false).text();
        assertTrue(one.startsWith("refused"), one);
        assertEquals(one, run(List.of(List.of(list)), 2, false).text());
    }

    /** A run with a bulk list of new rows and a second run of new rows and changes to the first run's rows. */
    private static List<List<List<RemoteChange>>> twoRuns(Random random) {
        List<List<RemoteChange>> firstRun = List.of(candidates(random, "a", 40 + random.nextInt(80)),
                candidates(random, "b", random.nextInt(50)));
        List<List<RemoteChange>> secondRun = List.of(candidates(random, "c", random.nextInt(60)),
                changes(random, firstRun));
        return List.of(firstRun, secondRun);
    }

    /** New candidates, each with a random choice of optional fields, and sessions for some of them. */
    private static List<RemoteChange> candidates(Random random, String prefix, int count) {
        List<RemoteChange> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "cand-" + prefix + "-" + i;
            String hlc = stamp(random.nextInt(5), random.nextInt(3));
            List<String> fields = new ArrayList<>(List.of("register_status", "INGESCHREVEN", "status", "ACTIEF",
                    "registered_on", "2026-01-0" + (1 + random.nextInt(9))));
            String[][] optional = {{"coach_id", COACH}, {"municipality", "Zwolle"}, {"hours_available", "12.5"},
                    {"has_car", "true"}, {"deleted", random.nextBoolean() ? "true" : "false"}};
            for (String[] f : optional) {
                if (random.nextBoolean()) {
                    fields.add(f[0]);
                    fields.add(f[1]);
                }
            }
            list.addAll(row("candidate", id, hlc, fields.toArray(String[]::new)));
            list.add(new RemoteChange("candidate", id, "full_name", sealed(random), true, hlc, writer(hlc)));
            for (int s = random.nextInt(4); s > 0; s--) {
                String sessionHlc = stamp(random.nextInt(5), random.nextInt(3));
                List<String> session = new ArrayList<>(List.of("candidate_id", id, "starts_at",
                        "2026-02-0" + (1 + random.nextInt(9)) + "T09:00", "duration_minutes", "60", "location",
                        "KANTOOR", "type", "GESPREK"));
                if (random.nextBoolean()) {
                    session.addAll(List.of("state", random.nextBoolean() ? "GEDAAN" : "GEPLAND"));
                }
                if (random.nextBoolean()) {
                    session.addAll(List.of("hours_accounted", "1.5"));
                }
                list.addAll(row("coaching_session", id + "-s" + s, sessionHlc, session.toArray(String[]::new)));
            }
        }
        return list;
    }

    /**
     * Changes to rows the first run made: newer, older and equal stamps; candidates' status, and sessions moved,
     * done or planned after all, and deleted (what the session summary triggers follow).
     */
    private static List<RemoteChange> changes(Random random, List<List<RemoteChange>> made) {
        List<RemoteChange> list = new ArrayList<>();
        for (List<RemoteChange> l : made) {
            for (RemoteChange c : l) {
                if (c.entity().equals("candidate") && c.field().equals("status") && random.nextInt(3) == 0) {
                    String hlc = stamp(random.nextInt(7) - 1, random.nextInt(3));
                    list.add(new RemoteChange("candidate", c.entityId(), "status", bytes("GEPLAATST"), false, hlc,
                            writer(hlc)));
                }
                if (c.entity().equals("coaching_session") && c.field().equals("starts_at") && random.nextInt(2) == 0) {
                    String hlc = stamp(random.nextInt(7) - 1, random.nextInt(3));
                    String[] change = switch (random.nextInt(3)) {
                        case 0 -> new String[] {"starts_at", "2026-03-0" + (1 + random.nextInt(9)) + "T10:00"};
                        case 1 -> new String[] {"state", random.nextBoolean() ? "GEDAAN" : "GEPLAND"};
                        default -> new String[] {"deleted", "true"};
                    };
                    list.add(new RemoteChange("coaching_session", c.entityId(), change[0], bytes(change[1]), false, hlc,
                            writer(hlc)));
                }
            }
        }
        return list;
    }

    private static List<RemoteChange> row(String entity, String id, String hlc, String... fieldsAndValues) {
        List<RemoteChange> list = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            list.add(new RemoteChange(entity, id, fieldsAndValues[i], bytes(fieldsAndValues[i + 1]), false, hlc,
                    writer(hlc)));
        }
        return list;
    }

    /** What {@link #run} left as text, and how many indexes it built again at the end. */
    private record Result(String text, int builtAgain) {
    }

    /**
     * Applies each run (its lists in one transaction, bulk settings on, reader-only indexes set aside if {@code
     * setAside}) to a copy of the seed, then builds again what was set aside; the whole as text, schema included.
     */
    private static Result run(List<List<List<RemoteChange>>> runs, int rowsPerInsert, boolean setAside)
            throws Exception {
        Path copy = Files.createTempFile(seedDir, "copy", ".db");
        Files.copy(seed, copy, StandardCopyOption.REPLACE_EXISTING);
        StringBuilder out = new StringBuilder();
        HybridLogicalClock clock = new HybridLogicalClock("this-device", () -> BASE, null);
        RemoteChangeApplier applier = new RemoteChangeApplier(clock, 50, rowsPerInsert);
        try (Database db = Database.open(copy)) {
            for (List<List<RemoteChange>> run : runs) {
                try {
                    var more = run.subList(1, run.size()).iterator();
                    List<List<ApplyOutcome>> outcomes = db.write(tx -> applier.applyRun(tx, RemoteRow.of(run.get(0)),
                            () -> more.hasNext() ? RemoteRow.of(more.next()) : null, setAside));
                    out.append(outcomes).append('\n');
                } catch (RuntimeException refused) {
                    out.insert(0, "refused " + refused.getClass().getSimpleName() + '\n');
                }
            }
            int builtAgain = db.write(tx -> tx.connectionResult(DeferredSchema::buildAgain));
            out.append(db.read(RowsPerInsertProperties::dump));
            out.append(db.read(RowsPerInsertProperties::schema));
            return new Result(out.toString(), builtAgain);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(copy + suffix));
            }
        }
    }

    /** Every table, index and trigger with its statement, by name. */
    private static String schema(DSLContext dsl) {
        StringBuilder s = new StringBuilder();
        for (Record r : dsl.fetch("SELECT type, name, sql FROM sqlite_master ORDER BY name")) {
            s.append(r.get(0)).append('|').append(r.get(1)).append('|').append(r.get(2)).append('\n');
        }
        return s.toString();
    }

    private static String dump(DSLContext dsl) {
        StringBuilder s = new StringBuilder();
        List<String> queries = new ArrayList<>();
        for (String table : List.of("candidate", "coaching_session", "employer", "placement", "change_log")) {
            queries.add("SELECT rowid, * FROM " + table + " ORDER BY rowid");
        }
        queries.add("SELECT * FROM candidate_summary ORDER BY candidate_id"); // a table without rowid
        for (String query : queries) {
            for (Record r : dsl.fetch(query)) {
                for (Object v : r.intoArray()) {
                    s.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                            .append(v == null ? "" : "/" + v.getClass().getSimpleName()).append('|');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static String stamp(int physical, int counter) {
        return String.format("%015d-%05d-dev-%s", BASE - 2 + physical, counter, physical % 2 == 0 ? "a" : "b");
    }

    private static String writer(String hlc) {
        return hlc.substring(22);
    }

    private static byte[] sealed(Random random) {
        byte[] b = new byte[1 + random.nextInt(3)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

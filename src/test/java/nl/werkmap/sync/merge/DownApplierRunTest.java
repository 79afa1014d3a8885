package nl.werkmap.sync.merge;

import static nl.werkmap.sync.merge.DownBundles.CLOCK;
import static nl.werkmap.sync.merge.DownBundles.HUB_WRITER;
import static nl.werkmap.sync.merge.DownBundles.NOW;
import static nl.werkmap.sync.merge.DownBundles.bundle;
import static nl.werkmap.sync.merge.DownBundles.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TamperedFieldException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ConflictNote;

/**
 * Down-bundles written as a run in one transaction ({@link DownApplier#applyRun}) leave the laptop exactly as each
 * bundle applied in a transaction of its own: every table's rows (personal values opened, since their sealed bytes
 * differ by nonce), the derived candidate_summary, and the change log in the same order with the same positions.
 * The bundles cover new rows, rows written again in a later bundle (newer, older and the same stamp), a deletion
 * and ladder measurements (the summary's triggers). A run takes only the bundles already waiting that bring nothing
 * but changes, is not made when the laptop has own edits to search, and a failing run leaves the bundles before the
 * broken one applied and nothing of the broken one.
 */
class DownApplierRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunInOneTransactionLeavesTheSameCaseloadAsEachBundleInItsOwn() throws Exception {
        FieldSealer sealer = TestVault.sealer();
        List<Bundle> bundles = scenario();
        // One new laptop file, copied: the two start byte for byte the same (device id, caseload binding).
        CaseloadStore.open(dir.resolve("new.db"), sealer, CLOCK).close();
        Files.copy(dir.resolve("new.db"), dir.resolve("run.db"));
        Files.copy(dir.resolve("new.db"), dir.resolve("alone.db"));
        try (CaseloadStore run = CaseloadStore.open(dir.resolve("run.db"), sealer, CLOCK);
             CaseloadStore alone = CaseloadStore.open(dir.resolve("alone.db"), sealer, CLOCK)) {
            DownApplier runs = new DownApplier(run, sealer, CLOCK);
            Queue waiting = new Queue(runs, bundles.subList(1, bundles.size()));
            List<Bundle> written = new ArrayList<>();
            long stampBefore = writeStamp(run);
            runs.applyRun(runs.prepare(bundles.get(0)), waiting, 0, 10, (p, found) -> {
                written.add(p.header());
                assertEquals(0, found);
            });
            assertEquals(headers(bundles), written, "every bundle written, in order");
            assertEquals(bundles.size() - 1, waiting.taken, "the bundles after the first joined the run");
            assertEquals(stampBefore + 1, writeStamp(run), "one write transaction for the whole run");

            DownApplier each = new DownApplier(alone, sealer, CLOCK);
            for (Bundle bundle : bundles) {
                assertEquals(0, each.apply(each.prepare(bundle), 0));
            }
            for (String table : tables(alone)) {
                assertEquals(rows(alone, sealer, table), rows(run, sealer, table), table);
            }
            int live = run.read(dsl -> dsl.fetchCount(dsl.selectFrom("candidate").where("deleted = 0")));
            assertEquals(5, live, "the scenario deleted one of six candidates");
            int laddered = run.read(dsl -> dsl.fetchCount(dsl.selectFrom("candidate_summary")
                    .where("last_ladder IS NOT NULL")));
            assertTrue(laddered > 0, "the summary's triggers ran");
        }
    }

    /**
     * A prepared bundle waits without its parsed changes: what the pipeline and the erasure check need of them (how
     * many; the candidates they name, by their own id or their candidate_id) is worked out when it is prepared.
     */
    @Test
    void aPreparedBundleKeepsItsChangesOnlyAsRowWritesWithTheirCountAndTheCandidatesTheyName() {
        FieldSealer sealer = TestVault.sealer();
        Bundle second = scenario().get(1); // candidates 1 and 2, and two ladders of candidate 0
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("laptop.db"), sealer, CLOCK)) {
            DownApplier.Prepared prepared = new DownApplier(store, sealer, CLOCK).prepare(second);
            assertEquals(second.withoutChanges(), prepared.header());
            assertTrue(prepared.header().changes().isEmpty());
            assertEquals(4, prepared.changeCount());
            assertEquals(List.of(id(1), id(2), id(0)), List.copyOf(prepared.namedCandidates()));
            assertEquals(DownApplier.candidatesNamed(second), prepared.namedCandidates());
        }
    }

    @Test
    void aRunEndsAtTheMostItMayHoldAndBeforeABundleThatBringsMoreThanChanges() {
        FieldSealer sealer = TestVault.sealer();
        List<Bundle> bundles = scenario();
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("laptop.db"), sealer, CLOCK)) {
            DownApplier applier = new DownApplier(store, sealer, CLOCK);
            Queue waiting = new Queue(applier, bundles.subList(1, bundles.size()));
            List<Bundle> written = new ArrayList<>();
            applier.applyRun(applier.prepare(bundles.get(0)), waiting, 0, 2, (p, found) -> written.add(p.header()));
            assertEquals(headers(bundles.subList(0, 2)), written, "at most two bundles per transaction");
            assertEquals(1, waiting.taken);

            Bundle noted = new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(),
                    "hub", "gemeente-a", "laptop", 1, 1, NOW.toString(), bundles.get(3).changes(), null, null,
                    List.of(new ConflictNote("candidate", id(0), "full_name", "Oud", stamp(-500_000), HUB_WRITER,
                            stamp(-400_000), false)));
            Queue rest = new Queue(applier, List.of(noted, bundles.get(4)));
            written.clear();
            applier.applyRun(applier.prepare(bundles.get(2)), rest, 0, 10, (p, found) -> written.add(p.header()));
            assertEquals(headers(List.of(bundles.get(2))), written, "a bundle with conflict notes does not join a run");
            assertEquals(0, rest.taken);
            assertEquals(2, rest.left());
        }
    }

    @Test
    void aLaptopWithOwnEditsToSearchWritesEachBundleAlone() {
        FieldSealer sealer = TestVault.sealer();
        List<Bundle> bundles = scenario();
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("laptop.db"), sealer, CLOCK)) {
            store.candidates().save(Candidate.register(UUID.randomUUID(), "Eigen", LocalDate.of(2026, 11, 1)));
            DownApplier applier = new DownApplier(store, sealer, CLOCK);
            Queue waiting = new Queue(applier, bundles.subList(1, bundles.size()));
            List<Bundle> written = new ArrayList<>();
            applier.applyRun(applier.prepare(bundles.get(0)), waiting, 0, 10, (p, found) -> written.add(p.header()));
            assertEquals(headers(List.of(bundles.get(0))), written);
            assertEquals(0, waiting.taken, "an own edit since the last fetch: each bundle is searched alone");
        }
    }

    @Test
    void aFailingRunLeavesTheBundlesBeforeTheBrokenOneAppliedAndNothingOfIt() {
        FieldSealer sealer = TestVault.sealer();
        List<Bundle> bundles = scenario();
        // A new candidate without the fields a row needs: passes the door, fails at the insert (NOT NULL).
        String brokenId = UUID.randomUUID().toString();
        Bundle broken = bundle(new Change("candidate", brokenId, Map.of("status", "ACTIEF"), stamp(-50_000), false,
                HUB_WRITER), new Change("candidate", id(1), Map.of("full_name", "Niet overgenomen"), stamp(-40_000),
                false, HUB_WRITER));
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("laptop.db"), sealer, CLOCK)) {
            DownApplier applier = new DownApplier(store, sealer, CLOCK);
            Queue waiting = new Queue(applier, List.of(bundles.get(1), broken, bundles.get(2)));
            List<Bundle> written = new ArrayList<>();
            assertThrows(RuntimeException.class, () -> applier.applyRun(applier.prepare(bundles.get(0)), waiting, 0,
                    10, (p, found) -> written.add(p.header())));
            assertEquals(headers(bundles.subList(0, 2)), written, "the two bundles before the broken one are written");
            int candidates = store.read(dsl -> dsl.fetchCount(dsl.selectFrom("candidate")));
            assertEquals(6, candidates);
            boolean brokenIn = store.read(dsl -> dsl.fetchExists(dsl.selectFrom("candidate").where("id = ?",
                    brokenId)));
            assertFalse(brokenIn);
            assertEquals("Kandidaat 1 (nieuw)", store.read(dsl -> sealer.open("candidate", "full_name", id(1),
                    dsl.fetchOne("SELECT full_name FROM candidate WHERE id = ?", id(1)).get(0, byte[].class))),
                    "nothing of the broken bundle, nothing of the bundle after it");
        }
    }

    /** Six new candidates; later bundles write some again (newer, older, same stamp), delete one, add ladders. */
    private static List<Bundle> scenario() {
        List<Change> fresh = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fresh.add(new Change("candidate", id(i), Map.of("full_name", "Kandidaat " + i, "status", "ACTIEF",
                    "register_status", "INGESCHREVEN", "registered_on", "2026-11-01"), stamp(-300_000 + i), false,
                    HUB_WRITER));
        }
        Bundle first = bundle(fresh.toArray(Change[]::new));
        Bundle second = bundle(
                new Change("candidate", id(1), Map.of("full_name", "Kandidaat 1 (nieuw)"), stamp(-200_000), false,
                        HUB_WRITER),
                new Change("candidate", id(2), Map.of("full_name", "Te oud"), stamp(-400_000), false, HUB_WRITER),
                ladder(0, "2026-11-03", 2, -190_000), ladder(0, "2026-11-20", 3, -180_000));
        Bundle third = bundle(
                new Change("candidate", id(3), Map.of("full_name", "Kandidaat 3"), stamp(-300_000 + 3), false,
                        HUB_WRITER),
                new Change("candidate", id(4), Map.of(), stamp(-100_000), true, HUB_WRITER),
                ladder(5, "2026-10-01", 1, -90_000));
        Bundle fourth = bundle(new Change("candidate", id(5), Map.of("status", "UITGESTROOMD", "full_name",
                "Kandidaat 5 (laatst)"), stamp(-80_000), false, HUB_WRITER), ladder(5, "2026-12-01", 4, -70_000));
        Bundle fifth = bundle(new Change("candidate", id(0), Map.of("full_name", "Kandidaat 0 (laatst)"),
                stamp(-60_000), false, HUB_WRITER));
        return List.of(first, second, third, fourth, fifth);
    }

    private static Change ladder(int candidate, String day, int rung, long offset) {
        return new Change("ladder_measurement", UUID.nameUUIDFromBytes((candidate + day).getBytes()).toString(),
                Map.of("candidate_id", id(candidate), "measured_on", day, "rung", String.valueOf(rung)), stamp(offset),
                false, HUB_WRITER);
    }

    private static String id(int i) {
        return UUID.nameUUIDFromBytes(("kandidaat-" + i).getBytes()).toString();
    }

    /** The bundles waiting after the first, taken as the pipeline's queue hands them over. */
    private static final class Queue implements DownApplier.Waiting {
        private final DownApplier applier;
        private final Deque<Bundle> bundles;
        int taken;

        Queue(DownApplier applier, List<Bundle> bundles) {
            this.applier = applier;
            this.bundles = new ArrayDeque<>(bundles);
        }

        @Override
        public DownApplier.Prepared takeIf(Predicate<DownApplier.Prepared> joins) {
            if (bundles.isEmpty()) {
                return null;
            }
            DownApplier.Prepared head = applier.prepare(bundles.peek());
            if (!joins.test(head)) {
                return null;
            }
            bundles.poll();
            taken++;
            return head;
        }

        int left() {
            return bundles.size();
        }
    }

    private static long writeStamp(CaseloadStore store) {
        return store.writeStamp();
    }

    /** The bundles as a prepared bundle keeps them: without their changes. */
    private static List<Bundle> headers(List<Bundle> bundles) {
        return bundles.stream().map(Bundle::withoutChanges).toList();
    }

    private static List<String> tables(CaseloadStore store) {
        return store.read(dsl -> dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN"
                + " ('flyway_schema_history', 'sqlite_sequence') ORDER BY name")
                .map(r -> r.get(0, String.class)));
    }

    /** Every row of {@code table} in stored order (rowid; the change log by seq), personal values opened. */
    private static List<String> rows(CaseloadStore store, FieldSealer sealer, String table) {
        return store.read(dsl -> {
            boolean withoutRowid = dsl.fetchOne("SELECT sql FROM sqlite_master WHERE name = ?", table)
                    .get(0, String.class).toUpperCase().contains("WITHOUT ROWID");
            List<String> rows = new ArrayList<>();
            for (Record r : dsl.fetch("SELECT * FROM \"" + table + "\"" + (withoutRowid ? " ORDER BY 1" : " ORDER BY"
                    + " rowid"))) {
                List<String> row = new ArrayList<>();
                String id = r.field("id") != null ? r.get("id", String.class) : null;
                for (org.jooq.Field<?> f : r.fields()) {
                    Object v = r.get(f);
                    row.add(f.getName() + "=" + (v instanceof byte[] b ? opened(sealer, table, f.getName(), id, b)
                            : String.valueOf(v)));
                }
                rows.add(String.join("|", row));
            }
            return rows;
        });
    }

    private static String opened(FieldSealer sealer, String table, String column, String id, byte[] value) {
        try {
            return id == null ? Arrays.toString(value) : sealer.open(table, column, id, value);
        } catch (TamperedFieldException | IllegalArgumentException plain) {
            return Arrays.toString(value);
        }
    }
}

package nl.werkmap.hub.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * Two or more hub processes on one database, as far as the database can tell: each its own {@link HubDatabase}
 * (own writer connection, own in-process lock) and {@link MasterCaseload}, applying changes from several threads
 * at once. What the journal must look like afterwards: every apply got its own position, none was lost.
 */
final class JournalRace {

    /** What the race left behind. */
    record Outcome(int applies, long journalPosition, int distinctPositions, int rows) {
    }

    private JournalRace() {
    }

    static Outcome run(Supplier<HubDatabase> open, int processes, int threadsEach, int appliesEach) throws Exception {
        List<HubDatabase> dbs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(processes * threadsEach);
        String run = UUID.randomUUID().toString();
        try {
            for (int p = 0; p < processes; p++) {
                dbs.add(open.get());
            }
            // One apply first, so the race meets an existing journal row (an update), not only its first insert.
            MasterCaseload first = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory()));
            Change warmUp = new Change("candidate", run + "-" + UUID.randomUUID(), Map.of("status", "ACTIEF"),
                    first.clock().now().toString(), false);
            dbs.get(0).write(dsl -> first.apply(dsl, "device-" + run, List.of(warmUp)));
            long before = dbs.get(0).read(dsl -> new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory()))
                    .journalPosition(dsl));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (HubDatabase db : dbs) {
                MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory()));
                for (int t = 0; t < threadsEach; t++) {
                    work.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < appliesEach; i++) {
                            Change change = new Change("candidate", run + "-" + UUID.randomUUID(),
                                    Map.of("status", "ACTIEF"), caseload.clock().now().toString(), false);
                            db.write(dsl -> caseload.apply(dsl, "device-" + run, List.of(change)));
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get();
            }
            HubDatabase db = dbs.get(0);
            long position = db.read(dsl -> new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory())).journalPosition(dsl));
            int distinct = db.read(dsl -> (Number) dsl.fetchValue("select count(distinct journal_seq) from master_row"
                    + " where entity_id like ?", run + "-%")).intValue();
            int rows = db.read(dsl -> (Number) dsl.fetchValue("select count(*) from master_row where entity_id like ?",
                    run + "-%")).intValue();
            return new Outcome(processes * threadsEach * appliesEach, position - before, distinct - 1, rows - 1);
        } finally {
            pool.shutdownNow();
            for (HubDatabase db : dbs) {
                db.close();
            }
        }
    }
}

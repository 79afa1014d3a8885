package nl.werkmap.bench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.security.Vault;
import nl.werkmap.service.HoursCheckService;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.SessionMapping;

/**
 * A session save's work on the worker, on an existing caseload (issue 13): the whole save
 * ({@code SessionService.logSession}: the day check, the transaction, the draft removed) against its parts, the
 * week's hours check with grants that the save used to run ({@code HoursCheckService.withPending}) beside the day
 * check it runs now ({@code dayFlags}), and the session write alone (the floor). Each figure is this thread's CPU
 * and wall per save, median and p95, over the candidates with the most sessions (with a placement and a coach).
 *
 * <p>Arguments: DIR (a caseload made by a bench: keyring.json and werkmap.db) and its passphrase. It writes sessions:
 * run it on a copy. {@code -Dsaves=N} (default 60; the first third warms up and is not counted).
 */
public final class SessionSaveBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SessionSaveBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Path.of(args[0]);
        int saves = Integer.getInteger("saves", 60);
        Vault vault = Vault.unlock(dir.resolve("keyring.json"), args[1].toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            List<String[]> busiest = store.read(dsl -> dsl.fetch("SELECT candidate_id, coach_id, placement_id"
                    + " FROM coaching_session WHERE placement_id IS NOT NULL AND coach_id IS NOT NULL AND deleted = 0"
                    + " GROUP BY candidate_id ORDER BY count(*) DESC LIMIT " + saves)
                    .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class),
                            r.get(2, String.class)}));
            HoursCheckService hours = new HoursCheckService(() -> store);
            SessionService service = new SessionService(store);
            List<double[]> week = new ArrayList<>();
            List<double[]> day = new ArrayList<>();
            List<double[]> write = new ArrayList<>();
            List<double[]> save = new ArrayList<>();
            LocalDateTime at = LocalDateTime.now().minusHours(1).withSecond(0).withNano(0);
            for (int i = 0; i < busiest.size(); i++) {
                String[] r = busiest.get(i);
                boolean counted = i >= busiest.size() / 3;
                CoachingSession probe = session(r, at);
                record(counted, week, () -> hours.withPending(probe));
                record(counted, day, () -> hours.dayFlags(probe));
                record(counted, write, () -> store.inTransaction(w -> w.save(SessionMapping.TABLE, probe)));
                CoachingSession logged = session(r, at.minusMinutes(40));
                record(counted, save, () -> service.logSession(logged, null));
            }
            System.out.printf(Locale.ROOT, "%d saves counted (%d warm-up), load average %.1f%n", save.size(),
                    busiest.size() - save.size(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            print("a session save (SessionService.logSession: day check, transaction, draft removed)", save);
            print("  its day check (HoursCheckService.dayFlags)", day);
            print("  the week's check with grants the save ran before (HoursCheckService.withPending)", week);
            print("  floor: the session write alone (one transaction)", write);
        } finally {
            vault.lock();
        }
        System.exit(0);
    }

    private static CoachingSession session(String[] r, LocalDateTime at) {
        return new CoachingSession(UUID.randomUUID(), UUID.fromString(r[0]), UUID.fromString(r[2]),
                UUID.fromString(r[1]), at, 30, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                "Bench: opgeslagen", null, null, 0.5, null);
    }

    private static void record(boolean counted, List<double[]> into, Runnable work) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run();
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
        if (counted) {
            into.add(new double[] {wall, cpu});
        }
    }

    private static void print(String what, List<double[]> laps) {
        System.out.printf(Locale.ROOT, "%s: CPU p50 %.2f ms, p95 %.2f ms; wall p50 %.2f ms, p95 %.2f ms%n", what,
                pct(laps, 1, 0.5), pct(laps, 1, 0.95), pct(laps, 0, 0.5), pct(laps, 0, 0.95));
    }

    private static double pct(List<double[]> laps, int column, double q) {
        List<Double> values = new ArrayList<>();
        laps.forEach(l -> values.add(l[column]));
        Collections.sort(values);
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(q * values.size()) - 1));
    }
}

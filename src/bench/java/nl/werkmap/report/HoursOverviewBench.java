package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.app.demo.DemoSummary;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/**
 * The team's jobcoach hours overview for a half year (issue 14's target: within 2 s at 150,000 candidates): the
 * hours part of the team summary (used against granted hours per coach, hours per coach and day, the checks' input)
 * and the administration's hour lines (per coach, client, day and activity, the {@code uren} command), for one team
 * and for the whole organisation. Floor in the same run: one plain pass summing the half year's session hours.
 *
 * <p>The caseload is a demo caseload ({@link DemoCaseload}: grants, logboek with activities, travel) made by the
 * bench in DIR on its first run and reused after; without DIR in a new temp directory. Arguments:
 * {@code [candidates, default 150000] [DIR]}; {@code -Druns=N} (default 5). At 150,000 the caseload is some 4 GB
 * and takes many minutes to make: give a DIR to keep it.
 */
public final class HoursOverviewBench {

    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 12, 10);
    private static final int RUNS = Integer.getInteger("runs", 5);

    private HoursOverviewBench() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("werkmap-hours-bench");
        Files.createDirectories(dir);
        Path keyring = dir.resolve("keyring.json");
        // -Dbench.passphrase opens a caseload made elsewhere (e.g. CaseloadScreenBench's), so a 150,000 file is reused
        String passphrase = System.getProperty("bench.passphrase", TestVaults.PASSPHRASE);
        Vault vault = Files.exists(keyring) ? TestVaults.unlock(keyring, passphrase.toCharArray())
                : TestVaults.create(keyring);
        ReportPeriod period = ReportPeriod.parse("2026-H2");
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            if (store.read(dsl -> dsl.fetchCount(CANDIDATE)) == 0) {
                long t0 = System.nanoTime();
                DemoSummary made = DemoCaseload.generate(store, candidates, 2026, DEMO_TODAY, done -> { });
                System.out.printf("demo caseload made: %,d candidates, %,d sessions in %.0f s (%s)%n",
                        made.candidates(), made.sessions(), (System.nanoTime() - t0) / 1e9, dir);
            }
            String team = store.read(dsl -> dsl.select(COACH.TEAM).from(COACH).where(COACH.TEAM.isNotNull())
                    .limit(1).fetchOne(COACH.TEAM));
            System.out.printf("caseload: %,d candidates, %,d sessions; period %s; team %s; load average %s%n",
                    store.read(dsl -> dsl.fetchCount(CANDIDATE)), store.read(dsl -> dsl.fetchCount(COACHING_SESSION)),
                    period.label(), team, load());
            for (String name : List.of("team", "all")) {
                ReportScope scope = name.equals("team") ? ReportScope.team(team) : ReportScope.all();
                measure("team summary's hours (" + name + ", target 2000 ms)",
                        () -> store.read(dsl -> new JobcoachHourQueries(dsl, new ScopeFilter(scope), period)
                                .compute().perCoachDay().size()));
                measure("uren lines (" + name + ")",
                        () -> store.read(dsl -> HoursLines.compute(dsl, period, scope).size()));
            }
            measure("floor: one pass summing the half year's hours", () -> store.read(dsl -> dsl
                    .select(org.jooq.impl.DSL.sum(COACHING_SESSION.HOURS_ACCOUNTED)).from(COACHING_SESSION)
                    .where(COACHING_SESSION.STARTS_AT.ge(period.from().toString()))
                    .and(COACHING_SESSION.STARTS_AT.lt(period.to().plusDays(1).toString())).fetchOne(0) == null
                    ? 0 : 1));
            System.out.printf("load average after: %s%n", load());
        }
    }

    private interface Work {
        int run() throws Exception;
    }

    private static void measure(String what, Work work) throws Exception {
        long t0 = System.nanoTime();
        int rows = work.run();
        double first = (System.nanoTime() - t0) / 1e6;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("%-52s first %7.0f ms, median %7.0f ms, best %7.0f ms (%,d rows)%n", what, first,
                times.get(times.size() / 2), times.get(0), rows);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}

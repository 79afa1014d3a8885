package nl.werkmap.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.IsoDay;

/**
 * The werklijst's dates half before and after V49 (issue 13, weekall8), in one JVM on one migrated file, interleaved:
 * the half as it reads now (placement_werklijst_dates, in candidate order, the items put back in the old order) and
 * as it read before V49 (the statement of that time, which SQLite still runs as it did, on placement_report_type
 * for everyone, and the reading loop of that time, kept here); beside them the jobcoach half alone and both halves at once
 * as the week view reads them. Thread CPU and wall p50/p95 per lap, for everyone and the busiest coach; the first
 * lines say whether both reads gave the same items and count.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) nl.werkmap.report.WerklijstDatesBench DIR PASSPHRASE</pre>
 * {@code -Druns=N} (default 20); {@code -Dbench.saves=N} also times N placement saves each way (see {@link #saves};
 * it writes: run it on a copy). The first open of a caseload made before V49 builds the index (time that run
 * apart: it also makes the migration backup).
 */
public final class WerklijstDatesBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WerklijstDatesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.getInteger("runs", 20);
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"))
                .checkedAfterOpen();
        long t0 = System.nanoTime();
        try (CaseloadFolder.Opened opened = folder.unlock(args[1].toCharArray())) {
            System.out.printf(Locale.ROOT, "unlocked (and migrated, if owed) in %.1f s; load average %.2f%n",
                    (System.nanoTime() - t0) / 1e9, Figures.loadAverage());
            CaseloadStore store = opened.store();
            String busiest = store.read(dsl -> dsl.fetchOne("SELECT coach_id FROM candidate WHERE deleted = 0"
                    + " AND coach_id IS NOT NULL GROUP BY coach_id ORDER BY count(*) DESC LIMIT 1").get(0, String.class));
            LocalDate today = LocalDate.now();
            for (ReportScope scope : List.of(ReportScope.all(), ReportScope.own(busiest))) {
                compare(store, scope, today, runs);
            }
            int saves = Integer.getInteger("bench.saves", 0);
            if (saves > 0) {
                saves(store, saves);
            }
        }
    }

    private static void compare(CaseloadStore store, ReportScope scope, LocalDate today, int runs) {
        String who = scope.kind() == ReportScope.Kind.ALLES ? "everyone" : "the busiest coach";
        WorkList now = store.read(dsl -> dates(dsl, scope, today).unsortedWorkList());
        WorkList before = store.read(dsl -> beforeV49(dsl, scope, today));
        System.out.printf(Locale.ROOT, "%s: %d items, %d older; the same as before V49: items %b, order %b, older %b%n",
                who, now.items().size(), now.olderOverdue(), before.items().containsAll(now.items())
                        && now.items().containsAll(before.items()),
                before.items().equals(now.items()), before.olderOverdue() == now.olderOverdue());
        store.read(dsl -> {
            System.out.println("  plan now:    " + plan(dsl, dsl.renderInlined(dates(dsl, scope, today).query())));
            System.out.println("  plan before: " + plan(dsl, beforeV49Sql(dsl, scope, today)));
            return null;
        });
        Map<String, List<double[]>> laps = new LinkedHashMap<>();
        Clock clock = Clock.systemDefaultZone();
        for (int i = 0; i < runs; i++) {
            lap(laps, "dates half, before V49", () -> store.read(dsl -> beforeV49(dsl, scope, today)));
            lap(laps, "dates half, V49", () -> store.read(dsl -> dates(dsl, scope, today).unsortedWorkList()));
            lap(laps, "jobcoach half", () -> store.read(dsl -> new JobcoachDeadlineQueries(dsl,
                    caseload(dsl, scope, today), today).items(WorkList.window(today))));
            lap(laps, "both halves at once (week view)", () -> WorkList.compute(store::read, clock, scope));
        }
        laps.forEach((name, l) -> System.out.printf(Locale.ROOT,
                "  %-32s thread cpu p50 %.1f / p95 %.1f ms, wall p50 %.1f / p95 %.1f ms%n", name, p(l, 0, 50),
                p(l, 0, 95), p(l, 1, 50), p(l, 1, 95)));
        System.out.printf(Locale.ROOT, "  load average %.2f after %s%n", Figures.loadAverage(), who);
    }

    /**
     * {@code -Dbench.saves=N}: a placement save (PlacementRepository.save, the start moved a day and back, so its
     * entry in placement_werklijst_dates moves) with the index and with it dropped, in three rounds of N each way;
     * the index is made again from V49 after each round. Writes into DIR: run it on a copy.
     */
    private static void saves(CaseloadStore store, int n) throws Exception {
        String v49;
        try (var in = WerklijstDatesBench.class.getResourceAsStream(
                "/db/migration/V49__werklijst_dates_index.sql")) {
            v49 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        }
        List<java.util.UUID> ids = store.read(dsl -> dsl.fetch("SELECT id FROM placement WHERE deleted = 0"
                + " AND jobcoach_type IS NOT NULL AND actual_end IS NULL ORDER BY rowid LIMIT " + n)
                .getValues(0, String.class)).stream().map(java.util.UUID::fromString).toList();
        Map<String, List<double[]>> laps = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            int days = round % 2 == 0 ? 1 : -1;
            for (boolean indexed : new boolean[] {true, false}) {
                if (!indexed) {
                    store.writeOwnTables(dsl -> dsl.execute("DROP INDEX placement_werklijst_dates"));
                }
                for (java.util.UUID id : ids) {
                    nl.werkmap.domain.Placement p = store.placements().find(id).orElseThrow();
                    lap(laps, indexed ? "placement save, V49 index" : "placement save, without it",
                            () -> store.placements().save(moved(p, days)));
                }
                if (!indexed) {
                    store.writeOwnTables(dsl -> dsl.execute(v49));
                }
            }
        }
        laps.forEach((name, l) -> System.out.printf(Locale.ROOT,
                "  %-32s thread cpu p50 %.2f / p95 %.2f ms, wall p50 %.2f / p95 %.2f ms (%d saves)%n", name,
                p(l, 0, 50), p(l, 0, 95), p(l, 1, 50), p(l, 1, 95), l.size()));
        System.out.printf(Locale.ROOT, "  load average %.2f after the saves%n", Figures.loadAverage());
    }

    private static nl.werkmap.domain.Placement moved(nl.werkmap.domain.Placement p, int days) {
        return new nl.werkmap.domain.Placement(p.id(), p.candidateId(), p.employerId(), p.jobTitle(), p.type(),
                p.start().plusDays(days), p.plannedEnd(), p.actualEnd(), p.endReason(), p.endNote(),
                p.hoursPerWeek(), p.jobcarving(), p.carvedTasks(), p.loonwaardePct(), p.loonwaardeMeasuredOn(),
                p.loonkostensubsidie(), p.noRiskPolis(), p.contractSequence(), p.jobcoachType(),
                p.jobcoachRegime(), p.hoursGrantedPerHalfYear(), p.loonwaardeNextOn(), p.followsPlacementId());
    }

    private static void lap(Map<String, List<double[]>> laps, String name, Supplier<?> work) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.get();
        long t1 = System.nanoTime();
        laps.computeIfAbsent(name, n -> new ArrayList<>())
                .add(new double[] {(THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6, (t1 - t0) / 1e6});
    }

    private static double p(List<double[]> laps, int which, int percentile) {
        return Figures.percentile(laps.stream().map(l -> l[which]).toList(), percentile);
    }

    private static DueSoonQueries dates(org.jooq.DSLContext dsl, ReportScope scope, LocalDate today) {
        return new DueSoonQueries(dsl, caseload(dsl, scope, today), today);
    }

    private static CaseloadQueries caseload(org.jooq.DSLContext dsl, ReportScope scope, LocalDate today) {
        return new CaseloadQueries(dsl, new ScopeFilter(scope), ReportPeriod.custom(LocalDate.of(1900, 1, 1), today));
    }

    /**
     * The statement of that time: without the two columns read for the order since V49, and the kinds' OR as a plain
     * term (not compared with 1), so SQLite takes the plan it took then, for everyone and for one coach.
     */
    private static String beforeV49Sql(org.jooq.DSLContext dsl, ReportScope scope, LocalDate today) {
        String now = dsl.renderInlined(dates(dsl, scope, today).query());
        String before = now.replace(", placement.type, placement.actual_end from", " from")
                .replace("and ((placement.jobcoach_type is not null", "and (placement.jobcoach_type is not null")
                .replace("placement.loonwaarde_measured_on is not null) = 1)", "placement.loonwaarde_measured_on is not null)");
        if (before.contains("= 1)") || before.equals(now)) {
            throw new IllegalStateException("the statement changed; this bench's old form no longer fits: " + now);
        }
        return before;
    }

    private static String plan(org.jooq.DSLContext dsl, String sql) {
        return String.join("; ", dsl.fetch("EXPLAIN QUERY PLAN " + sql).getValues("detail", String.class));
    }

    /**
     * The dates half as it read before V49: that time's statement and loop, the items in the order of the scan.
     */
    private static WorkList beforeV49(org.jooq.DSLContext dsl, ReportScope scope, LocalDate today) {
        String before = beforeV49Sql(dsl, scope, today);
        LocalDate horizon = today.plusDays(DueSoonQueries.DAYS);
        LocalDate oldest = today.minusMonths(DueSoonQueries.OVERDUE_WINDOW_MONTHS);
        List<WorkItem> items = new ArrayList<>();
        int[] older = {0};
        CoachNames coaches = CoachNames.read(dsl);
        PlainRows.each(dsl, dsl.resultQuery(before), rs -> {
            int tests = rs.getInt(4);
            boolean proef = (tests & 1) != 0;
            String plannedEnd = proef ? rs.getString(6) : null;
            String next = rs.getString(8);
            String measured = next == null ? rs.getString(7) : null;
            String[] ids = new String[3];
            dueDates(proef ? Codes.PROEFPLAATSING : null, rs.getString(5), plannedEnd, (tests & 2) != 0, measured,
                    next, today, (kind, due) -> {
                        if (due.isAfter(horizon)) {
                            return;
                        }
                        if (due.isBefore(oldest)) {
                            older[0]++;
                        } else {
                            if (ids[0] == null) {
                                ids[0] = column(rs, 1);
                                ids[1] = column(rs, 2);
                                ids[2] = column(rs, 3);
                            }
                            items.add(new WorkItem(kind, due, ids[1], ids[0], ids[2], coaches.of(ids[2])));
                        }
                    });
        });
        return new WorkList(items, older[0]);
    }

    private static String column(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DueSoonQueries.dueDates as it stands (private there). */
    private static void dueDates(String type, String startDate, String plannedEnd, boolean jobcoach, String measured,
                                 String next, LocalDate today, BiConsumer<WorkItem.Kind, LocalDate> due) {
        LocalDate start = IsoDay.of(startDate);
        if (jobcoach) {
            due.accept(WorkItem.Kind.HALFJAARRAPPORTAGE, JobcoachRules.nextHalfjaarrapportage(start, today));
        }
        if (Codes.PROEFPLAATSING.equals(type)) {
            due.accept(WorkItem.Kind.EINDE_PROEFPLAATSING, plannedEnd != null ? IsoDay.of(plannedEnd)
                    : start.plusMonths(DueSoonQueries.PROEF_NORMAL_MONTHS));
        }
        if (next != null) {
            due.accept(WorkItem.Kind.LOONWAARDEMETING, IsoDay.of(next));
        } else if (measured != null) {
            due.accept(WorkItem.Kind.LOONWAARDEMETING,
                    IsoDay.of(measured).plusMonths(DueSoonQueries.LOONWAARDE_INTERVAL_MONTHS));
        }
    }
}

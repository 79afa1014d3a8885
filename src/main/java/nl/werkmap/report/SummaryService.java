package nl.werkmap.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Computes team summaries with SQL aggregates on the plain columns of the caseload: it never opens a sealed field,
 * so it works without names and stays fast on large caseloads (one grouped query per table, no row-by-row work in
 * Java except for the per-day hours and the due-soon list). Tombstoned rows are left out everywhere.
 * <p>
 * Made with {@link #parallel}, the independent parts (caseload, banen, hours, contact, movement, school leavers,
 * due soon) run at the same time, each on its own read snapshot: on 150,000 candidates that roughly halves the
 * time on two cores. The parts may then see snapshots a moment apart; a write between them (one coach saving a
 * session) can make two tables differ by that one change, which a team summary can live with.
 */
public final class SummaryService {

    /** At most this many parts at once: the store keeps three read connections. */
    private static final int PARALLEL_PARTS = 3;

    private final Snapshots snapshots;
    private final Clock clock;
    private final boolean parallel;

    /** Everything on one connection, one part after the other (tests, and callers already inside a read). */
    public SummaryService(DSLContext dsl, Clock clock) {
        this(new Snapshots() {
            @Override
            public <T> T read(Function<DSLContext, T> query) {
                return query.apply(dsl);
            }
        }, clock, false);
    }

    private SummaryService(Snapshots snapshots, Clock clock, boolean parallel) {
        this.snapshots = snapshots;
        this.clock = clock;
        this.parallel = parallel;
    }

    /** Runs the parts of a summary side by side, each on a snapshot from {@code snapshots} (e.g. {@code store::read}). */
    public static SummaryService parallel(Snapshots snapshots, Clock clock) {
        return new SummaryService(snapshots, clock, true);
    }

    public TeamSummary compute(ReportPeriod period, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate peildatum = period.to().isAfter(today) ? today : period.to();
        ScopeFilter filter = new ScopeFilter(scope);
        ExecutorService pool = parallel ? Executors.newFixedThreadPool(PARALLEL_PARTS, SummaryService::daemon) : null;
        try {
            // The slowest parts first, so they do not wait behind quick ones.
            Part<ContactFigures> contact = part(pool, dsl -> new ContactQueries(dsl, caseload(dsl, filter, period), period,
                    peildatum).compute());
            Part<JobcoachHourFigures> hours = part(pool, dsl -> new JobcoachHourQueries(dsl, filter, period).compute());
            Part<BanenFigures> banen = part(pool, dsl -> new BanenQueries(dsl, filter, period, peildatum, today)
                    .compute(peildatum));
            Part<CaseloadFigures> caseload = part(pool, dsl -> caseloadFigures(caseload(dsl, filter, period)));
            Part<MovementFigures> movement = part(pool, dsl -> new MovementQueries(dsl, caseload(dsl, filter, period),
                    period).compute());
            Part<SchoolLeaverFigures> leavers = part(pool, dsl -> new SchoolLeaverQueries(dsl,
                    caseload(dsl, filter, period), period, today).compute());
            Part<DueSoonFigures> due = part(pool, dsl -> {
                DueSoonQueries q = new DueSoonQueries(dsl, caseload(dsl, filter, period), today);
                return q.figures(q.items());
            });
            String label = snapshots.read(filter::describe);
            return new TeamSummary(period, scope, label, today, LocalDateTime.now(clock), caseload.get(), banen.get(),
                    hours.get(), contact.get(), movement.get(), leavers.get(), due.get());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static CaseloadQueries caseload(DSLContext dsl, ScopeFilter filter, ReportPeriod period) {
        return new CaseloadQueries(dsl, filter, period);
    }

    private static CaseloadFigures caseloadFigures(CaseloadQueries caseload) {
        List<CaseloadFigures.CoachCaseload> perCoach = caseload.perCoach();
        return new CaseloadFigures(perCoach, caseload.byStatus(), caseload.registerByGrondslag(),
                perCoach.stream().mapToLong(CaseloadFigures.CoachCaseload::newIntakes).sum(),
                caseload.outflowByDestination());
    }

    /** One part of a summary: started on the pool, or (without one) worked out right away. */
    private interface Part<T> {
        T get();
    }

    private <T> Part<T> part(ExecutorService pool, Function<DSLContext, T> work) {
        if (pool == null) {
            T done = snapshots.read(work);
            return () -> done;
        }
        Future<T> future = pool.submit(() -> snapshots.read(work));
        return () -> {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Het overzicht is afgebroken voordat het klaar was.", e);
            } catch (ExecutionException e) {
                // The store's own Dutch message (StoreException) is what the caller shows.
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("Het overzicht kon niet worden gemaakt: " + e.getCause(), e.getCause());
            }
        };
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "werkmap-overzicht");
        t.setDaemon(true);
        return t;
    }

    /**
     * The named work list: what is due in the next 30 days (and overdue) per candidate. Only for the screen and the
     * explicit werklijst export; never part of a summary.
     */
    public List<WorkItem> workList(ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod anyTime = ReportPeriod.custom(LocalDate.of(1900, 1, 1), today);
        return snapshots.read(dsl -> new DueSoonQueries(dsl, new CaseloadQueries(dsl, new ScopeFilter(scope), anyTime),
                today).items());
    }

    /**
     * Every aggregate query of a summary, for the benchmark that runs the same SQL over plain JDBC. Not for
     * reporting: callers use {@link #compute}.
     */
    public List<ResultQuery<? extends Record>> aggregateQueries(ReportPeriod period, ReportScope scope) {
        return snapshots.read(dsl -> aggregateQueries(dsl, period, scope));
    }

    private List<ResultQuery<? extends Record>> aggregateQueries(DSLContext dsl, ReportPeriod period, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate peildatum = period.to().isAfter(today) ? today : period.to();
        ScopeFilter filter = new ScopeFilter(scope);
        CaseloadQueries caseload = new CaseloadQueries(dsl, filter, period);
        List<ResultQuery<? extends Record>> all = new ArrayList<>(caseload.queries());
        all.addAll(new BanenQueries(dsl, filter, period, peildatum, today).queries());
        all.addAll(new JobcoachHourQueries(dsl, filter, period).queries());
        all.add(new ContactQueries(dsl, caseload, period, peildatum).query());
        all.addAll(new MovementQueries(dsl, caseload, period).queries());
        all.addAll(new SchoolLeaverQueries(dsl, caseload, period, today).queries());
        all.add(new DueSoonQueries(dsl, caseload, today).query());
        return all;
    }
}

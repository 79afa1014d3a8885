package nl.werkmap.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * Computes team summaries with SQL aggregates on the plain columns of the caseload: it never opens a sealed field,
 * so it works without names and stays fast on large caseloads (one grouped query per table, no row-by-row work in
 * Java except for the per-day hours and the due dates of running placements, both read straight from JDBC).
 * Tombstoned rows are left out everywhere.
 */
public final class SummaryService {

    private final DSLContext dsl;
    private final Clock clock;

    public SummaryService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public TeamSummary compute(ReportPeriod period, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate peildatum = period.to().isAfter(today) ? today : period.to();
        ScopeFilter filter = new ScopeFilter(scope);
        CaseloadQueries caseload = new CaseloadQueries(dsl, filter, period);
        CaseloadFigures caseloadFigures = new CaseloadFigures(caseload.perCoach(), caseload.byStatus(),
                caseload.registerByGrondslag(), 0, caseload.outflowByDestination());
        caseloadFigures = new CaseloadFigures(caseloadFigures.perCoach(), caseloadFigures.byStatus(),
                caseloadFigures.registerByGrondslag(),
                caseloadFigures.perCoach().stream().mapToLong(CaseloadFigures.CoachCaseload::newIntakes).sum(),
                caseloadFigures.outflowByDestination());
        BanenFigures banen = new BanenQueries(dsl, filter, period, peildatum, today).compute(peildatum);
        JobcoachHourFigures hours = new JobcoachHourQueries(dsl, filter, period).compute();
        ContactFigures contact = new ContactQueries(dsl, caseload, period, peildatum).compute();
        MovementFigures movement = new MovementQueries(dsl, caseload, period).compute();
        SchoolLeaverFigures leavers = new SchoolLeaverQueries(dsl, caseload, period, today).compute();
        DueSoonQueries due = new DueSoonQueries(dsl, caseload, today);
        return new TeamSummary(period, scope, filter.describe(dsl), today, LocalDateTime.now(clock), caseloadFigures,
                banen, hours, contact, movement, leavers, due.figures(), new ProfielQueries(dsl, caseload).compute());
    }

    /**
     * The named work list: what is due in the next 30 days (and overdue) per candidate. Only for the screen and the
     * explicit werklijst export; never part of a summary.
     */
    public List<WorkItem> workList(ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod anyTime = ReportPeriod.custom(LocalDate.of(1900, 1, 1), today);
        return new DueSoonQueries(dsl, new CaseloadQueries(dsl, new ScopeFilter(scope), anyTime), today).items();
    }

    /**
     * Every aggregate query of a summary, for the benchmark that runs the same SQL over plain JDBC. Not for
     * reporting: callers use {@link #compute}.
     */
    public List<ResultQuery<? extends Record>> aggregateQueries(ReportPeriod period, ReportScope scope) {
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
        all.add(new DueSoonQueries(dsl, caseload, today).countQuery());
        all.add(new ProfielQueries(dsl, caseload).query());
        return all;
    }
}

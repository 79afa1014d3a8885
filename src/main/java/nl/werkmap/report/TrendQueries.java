package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;

/**
 * The monthly trend for the line chart: candidates in begeleiding and candidates with a baan, at the end of each
 * month. Plain columns only (registration date, status and its date, placement type and dates), one table scan
 * per figure with a column per month, so it stays as fast as the summary's own queries.
 *
 * <p>Which months: those of the chosen period, but at least the {@value #MIN_MONTHS} months up to the period's
 * last month, because a kwartaal of three points shows no trend; at most {@value #MAX_MONTHS}. Months after the
 * reference date are left out.
 *
 * <p>A candidate counts as in begeleiding at a month's end when registered by then and not uitgestroomd by then
 * (their status is UITGESTROOMD with a status date on or before that day; the schema keeps only the latest status,
 * so an earlier pause or "uit beeld" does not show in past months).
 */
public final class TrendQueries {

    static final int MIN_MONTHS = 12;
    static final int MAX_MONTHS = 36;

    private final DSLContext dsl;
    private final Clock clock;

    public TrendQueries(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public TrendFigures compute(ReportPeriod period, ReportScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = standDays(period, today);
        ScopeFilter filter = new ScopeFilter(scope);
        Condition inScope = CANDIDATE.DELETED.eq(false).and(filter.on(CANDIDATE.COACH_ID));
        long[] begeleiding = row(begeleidingQuery(days, inScope).fetchOne(), days.size());
        long[] baan = row(baanQuery(days, inScope).fetchOne(), days.size());
        List<YearMonth> months = days.stream().map(YearMonth::from).toList();
        return new TrendFigures(months, days, begeleiding, baan);
    }

    /** The day each month is counted on: its last day, or today for the running month. */
    static List<LocalDate> standDays(ReportPeriod period, LocalDate today) {
        YearMonth last = YearMonth.from(period.to().isAfter(today) ? today : period.to());
        YearMonth first = YearMonth.from(period.from());
        long span = ChronoUnit.MONTHS.between(first, last) + 1;
        if (span < MIN_MONTHS) {
            first = last.minusMonths(MIN_MONTHS - 1);
        } else if (span > MAX_MONTHS) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            days.add(end.isAfter(today) ? today : end);
        }
        return days;
    }

    ResultQuery<? extends Record> begeleidingQuery(List<LocalDate> days, Condition inScope) {
        List<Field<?>> fields = new ArrayList<>();
        for (LocalDate d : days) {
            Field<String> day = val(d.toString());
            Condition left = CANDIDATE.STATUS.eq(Codes.UITGESTROOMD)
                    .and(CANDIDATE.STATUS_SINCE.coalesce(CANDIDATE.REGISTERED_ON).le(day));
            fields.add(sum(when(CANDIDATE.REGISTERED_ON.le(day).andNot(left), inline(1)).otherwise(inline(0))));
        }
        return dsl.select(fields).from(CANDIDATE).where(inScope);
    }

    ResultQuery<? extends Record> baanQuery(List<LocalDate> days, Condition inScope) {
        List<Field<?>> fields = new ArrayList<>();
        for (LocalDate d : days) {
            Field<String> day = val(d.toString());
            fields.add(countDistinct(when(BanenQueries.activeOn(PLACEMENT, day), PLACEMENT.CANDIDATE_ID)));
        }
        return dsl.select(fields).from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(PLACEMENT.DELETED.eq(false)).and(PLACEMENT.TYPE.in(Codes.BANEN_TYPES)).and(inScope);
    }

    private static long[] row(Record r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            Object v = r == null ? null : r.get(i);
            out[i] = v == null ? 0 : ((Number) v).longValue();
        }
        return out;
    }
}

package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.rules.JobcoachDeadlines;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.caseload.IsoDay;
import nl.werkmap.store.changelog.ReceivedWrite;

/**
 * The jobcoach trajectory's deadlines ({@link JobcoachDeadlines}) of the placements in scope: aanvraag (until a
 * toekenning is recorded), end and change notices, verantwoordingsrapportage and vervolgaanvraag of the half year,
 * the motivation in the 5th half year, and this week's hours where a toekenning covers the week but no session is
 * logged yet. One query over jobcoach placements with three semi-joins; plain columns only, nothing unsealed.
 * Deadlines that no record settles are listed until {@link JobcoachDeadlines#UNSEEN_GRACE_WEEKS} weeks after their
 * date; the caller applies the werklijst's own window (next 30 days, overdue up to 12 months) on top.
 */
final class JobcoachDeadlineQueries {

    /** The change log's stamps are UTC instants; the day of a change is the day in the Netherlands. */
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final LocalDate today;

    JobcoachDeadlineQueries(DSLContext dsl, CaseloadQueries caseload, LocalDate today) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.today = today;
    }

    List<WorkItem> items() {
        HalfYear now = HalfYear.of(today);
        // Straight from JDBC in the select's column order: a jOOQ record per placement cost more than the query.
        CoachNames coaches = CoachNames.read(dsl);
        List<Row> rows = new ArrayList<>();
        PlainRows.each(dsl, query(), rs -> rows.add(Row.read(rs, coaches)));
        // The scan walks placement_werklijst_jobcoach (V48) in candidate order; the items keep the placements' table
        // order, which the scan gave before that index, so equal deadlines stay in the order the werklijst showed.
        rows.sort(Comparator.comparingLong(Row::rowid));
        List<WorkItem> out = new ArrayList<>();
        for (Row row : rows) {
            itemsOf(row, now, out);
        }
        return out;
    }

    /** The jobcoach placements in scope with what the rules test, in {@link Row#read}'s column order. */
    ResultQuery<? extends Record> query() {
        HalfYear now = HalfYear.of(today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // period is never null (NOT NULL column): both tests say so to read jobcoach_grant_open (V48), which only
        // reads that say so may use (SQLite does not take "period = x" as saying it).
        Field<Boolean> hasGrant = field(exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))
                .and(JOBCOACH_GRANT.PERIOD.isNotNull())));
        Field<Boolean> grantedNow = field(exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))
                .and(JOBCOACH_GRANT.PERIOD.isNotNull()).and(JOBCOACH_GRANT.PERIOD.eq(now.toString()))
                .and(JOBCOACH_GRANT.COVERED_FROM.isNull().or(JOBCOACH_GRANT.COVERED_FROM.le(today.toString())))
                .and(JOBCOACH_GRANT.COVERED_UNTIL.isNull().or(JOBCOACH_GRANT.COVERED_UNTIL.ge(monday.toString())))));
        // starts_at is an ISO date-time: the week's sessions sort between Monday and the Monday after.
        Field<Boolean> loggedThisWeek = field(exists(selectOne().from(COACHING_SESSION)
                .where(COACHING_SESSION.CANDIDATE_ID.eq(PLACEMENT.CANDIDATE_ID))
                .and(COACHING_SESSION.DELETED.eq(false))
                .and(COACHING_SESSION.STARTS_AT.ge(monday.toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(monday.plusWeeks(1).toString()))));
        // The contract hours written more than once (its first write is the placement's creation): the stamp of
        // the last change, from the change log, which holds this laptop's writes and those received by sync alike.
        Field<String> hoursChanged = field(select(when(countDistinct(CHANGE_LOG.HLC).gt(1), max(CHANGE_LOG.HLC)))
                .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq("placement")).and(CHANGE_LOG.ENTITY_ID.eq(PLACEMENT.ID))
                .and(ReceivedWrite.wrote("hours_per_week")));
        // The coach's name comes from CoachNames, read once, not from a join on every row. The type and the
        // placement followed are only tested, so SQL tests them: numbers instead of texts made per row (issue 13).
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, CANDIDATE.COACH_ID,
                        field(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING)), PLACEMENT.START_DATE, PLACEMENT.PLANNED_END,
                        PLACEMENT.ACTUAL_END, PLACEMENT.CONTRACT_SEQUENCE,
                        field(PLACEMENT.FOLLOWS_PLACEMENT_ID.isNotNull()), hasGrant.as("has_grant"),
                        grantedNow.as("granted_now"), loggedThisWeek.as("logged"), hoursChanged.as("hours_changed"),
                        PLACEMENT.rowid())
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(jobcoachPlacements());
    }

    /**
     * One jobcoach placement as the query reads it (the coach's name as shown): {@code trial} for a
     * proefplaatsing, {@code follows} when it follows another placement; the exists columns are 0 or 1;
     * {@code rowid} its place in the table.
     */
    private record Row(String placementId, String candidateId, String coachId, String coachName, boolean trial,
                       String startDate, String plannedEnd, String actualEnd, Integer contractSequence,
                       boolean follows, boolean hasGrant, boolean grantedNow, boolean logged,
                       String hoursChanged, long rowid) {

        static Row read(ResultSet rs, CoachNames coaches) throws SQLException {
            int sequence = rs.getInt(8);
            Integer contractSequence = rs.wasNull() ? null : sequence;
            String coachId = rs.getString(3);
            return new Row(rs.getString(1), rs.getString(2), coachId, coaches.of(coachId), rs.getInt(4) == 1,
                    rs.getString(5), rs.getString(6), rs.getString(7), contractSequence, rs.getInt(9) == 1,
                    rs.getInt(10) == 1, rs.getInt(11) == 1, rs.getInt(12) == 1, rs.getString(13), rs.getLong(14));
        }
    }

    private Condition jobcoachPlacements() {
        LocalDate endedSince = today.minusWeeks(JobcoachDeadlines.EINDE_WEEKS + JobcoachDeadlines.UNSEEN_GRACE_WEEKS);
        return PLACEMENT.DELETED.eq(false).and(caseload.inScope()).and(PLACEMENT.JOBCOACH_TYPE.isNotNull())
                .and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD).or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())))
                .and(PLACEMENT.START_DATE.le(today.toString()))
                .and(PLACEMENT.ACTUAL_END.isNull().or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())));
    }

    private void itemsOf(Row r, HalfYear now, List<WorkItem> out) {
        LocalDate start = IsoDay.of(r.startDate());
        LocalDate plannedEnd = date(r.plannedEnd());
        LocalDate end = date(r.actualEnd());
        boolean trial = r.trial();
        if (end != null && !trial) {
            unseen(WorkItem.Kind.EINDE_DIENSTBETREKKING, JobcoachDeadlines.eindeMelding(end), r, out);
        }
        if (end != null && end.isBefore(today)) {
            return;
        }
        if (!r.hasGrant()) {
            add(WorkItem.Kind.AANVRAAG, JobcoachDeadlines.aanvraag(start), r, out);
        }
        Integer sequence = r.contractSequence();
        if (r.follows() || (sequence != null && sequence > 1)) {
            unseen(WorkItem.Kind.WIJZIGING, JobcoachDeadlines.wijzigingMelding(start), r, out);
        }
        String changedStamp = r.hoursChanged();
        if (changedStamp != null) {
            LocalDate changedOn = Instant.ofEpochMilli(HybridLogicalClock.physicalOf(changedStamp)).atZone(DUTCH)
                    .toLocalDate();
            if (JobcoachDeadlines.hoursChangeNeedsMelding(start, changedOn)) {
                unseen(WorkItem.Kind.WIJZIGING, JobcoachDeadlines.wijzigingMelding(changedOn), r, out);
            }
        }
        HalfYear previous = now.half() == 2 ? new HalfYear(now.year(), 1) : new HalfYear(now.year() - 1, 2);
        for (HalfYear period : List.of(previous, now)) {
            if (start.isAfter(period.end())) {
                continue;
            }
            LocalDate due = JobcoachDeadlines.verantwoording(period);
            unseen(WorkItem.Kind.VERANTWOORDINGSRAPPORTAGE, due, r, out);
            if (!trial && JobcoachDeadlines.vervolgaanvraagNeeded(start, plannedEnd, period)) {
                unseen(WorkItem.Kind.VERVOLGAANVRAAG, due, r, out);
            }
        }
        if (!trial) {
            unseen(WorkItem.Kind.LANGDURIGE_MOTIVATIE, JobcoachDeadlines.langdurigeMotivatie(start), r, out);
        }
        if (r.grantedNow() && !r.logged()) {
            add(WorkItem.Kind.UREN_INVOEREN, JobcoachDeadlines.urenDezeWeek(today), r, out);
        }
    }

    /** A deadline no record settles: listed until the grace weeks after it have passed. */
    private void unseen(WorkItem.Kind kind, LocalDate due, Row r, List<WorkItem> out) {
        if (JobcoachDeadlines.stillListed(due, today)) {
            add(kind, due, r, out);
        }
    }

    private static void add(WorkItem.Kind kind, LocalDate due, Row r, List<WorkItem> out) {
        out.add(new WorkItem(kind, due, r.candidateId(), r.placementId(), r.coachId(), r.coachName()));
    }

    private static LocalDate date(String text) {
        return text == null ? null : IsoDay.of(text);
    }
}

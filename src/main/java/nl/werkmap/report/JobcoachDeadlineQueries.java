package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
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
import java.util.Set;
import java.util.function.Predicate;

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
 * logged yet. One query over jobcoach placements with two semi-joins on the toekenningen and the change log's
 * hours, and this week's sessions read once ({@link WeekSessions}); plain columns only, nothing unsealed.
 * Deadlines that no record settles are listed until {@link JobcoachDeadlines#UNSEEN_GRACE_WEEKS} weeks after their
 * date; the caller's window (the werklijst's: next 30 days, overdue up to 12 months) is applied on top.
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

    /**
     * The deadlines that {@code listed} keeps (the werklijst's window), in the placements' table order and per
     * placement in the order of the rules. Made while the scan stands on each placement's row: its ids and coach
     * are read only for a placement with something listed, and only once (issue 13: at 150,000 candidates a column
     * read costs about as much as the row's own step).
     */
    List<WorkItem> items(Predicate<LocalDate> listed) {
        return scan(listed, true).items(loggedThisWeek());
    }

    /** As {@link #items(Predicate)}, the range's items, with their coach only if it says so. */
    List<WorkItem> items(DueRange listed) {
        return scan(listed).items(loggedThisWeek());
    }

    /**
     * The candidates with a live session this week ({@link WeekSessions}), for the "uren invoeren" test of a
     * {@link Scan}: read apart from the scan, so the werklijst's two halves can read it beside this half.
     */
    Set<String> loggedThisWeek() {
        return WeekSessions.candidates(dsl, monday(), caseload.everyone() ? null : caseload.inScope());
    }

    /** The scan of {@link #items(DueRange)}, before this week's sessions are known. */
    Scan scan(DueRange listed) {
        return scan(listed, listed.coach());
    }

    private Scan scan(Predicate<LocalDate> listed, boolean withCoach) {
        HalfYear now = HalfYear.of(today);
        CoachNames coaches = withCoach ? CoachNames.read(dsl) : null;
        List<WorkItem> out = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        PlainRows.each(dsl, query(), rs -> {
            Row row = new Row(rs, coaches);
            int from = out.size();
            WorkItem hours = itemsOf(row, now, listed, out);
            if (out.size() > from || hours != null) {
                placed.add(new Placed(rs.getLong(9), from, out.size(), hours));
            }
        });
        return new Scan(out, placed, listed);
    }

    /**
     * The deadlines of one scan, the placements' "uren invoeren" still waiting on this week's sessions: no
     * connection is held while those are read (on another connection, or after the scan on the same one).
     */
    static final class Scan {

        private final List<WorkItem> out;
        private final List<Placed> placed;
        private final Predicate<LocalDate> listed;

        private Scan(List<WorkItem> out, List<Placed> placed, Predicate<LocalDate> listed) {
            this.out = out;
            this.placed = placed;
            this.listed = listed;
        }

        /**
         * The deadlines in the placements' table order, each placement's "uren invoeren" last, if its candidate
         * has no live session this week ({@code loggedThisWeek}) and the range lists it. Called once.
         */
        List<WorkItem> items(Set<String> loggedThisWeek) {
            // The scan walks placement_werklijst_jobcoach (V48) in candidate order; the items keep the placements'
            // table order, which the scan gave before that index, so equal deadlines stay in the order the werklijst
            // showed.
            placed.sort(Comparator.comparingLong(Placed::rowid));
            List<WorkItem> inTableOrder = new ArrayList<>(out.size() + placed.size());
            for (Placed p : placed) {
                inTableOrder.addAll(out.subList(p.from(), p.to()));
                WorkItem hours = p.hours();
                if (hours != null && !loggedThisWeek.contains(hours.candidateId()) && listed.test(hours.due())) {
                    inTableOrder.add(hours);
                }
            }
            return inTableOrder;
        }
    }

    /**
     * The items of one placement: {@code out}'s entries from {@code from} up to {@code to}, then {@code hours} (its
     * "uren invoeren", or null) if no session is logged this week; {@code rowid} its place.
     */
    private record Placed(long rowid, int from, int to, WorkItem hours) {
    }

    private LocalDate monday() {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The jobcoach placements in scope with what the rules test, in {@link Row}'s column order. */
    ResultQuery<? extends Record> query() {
        HalfYear now = HalfYear.of(today);
        LocalDate monday = monday();
        // period is never null (NOT NULL column): both tests say so to read jobcoach_grant_open (V48), which only
        // reads that say so may use (SQLite does not take "period = x" as saying it).
        Condition hasGrant = exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))
                .and(JOBCOACH_GRANT.PERIOD.isNotNull()));
        Condition grantedNow = exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))
                .and(JOBCOACH_GRANT.PERIOD.isNotNull()).and(JOBCOACH_GRANT.PERIOD.eq(now.toString()))
                .and(JOBCOACH_GRANT.COVERED_FROM.isNull().or(JOBCOACH_GRANT.COVERED_FROM.le(today.toString())))
                .and(JOBCOACH_GRANT.COVERED_UNTIL.isNull().or(JOBCOACH_GRANT.COVERED_UNTIL.ge(monday.toString()))));
        // The contract hours written more than once (its first write is the placement's creation): the stamp of
        // the last change, from the change log, which holds this laptop's writes and those received by sync alike.
        Field<String> hoursChanged = field(select(when(countDistinct(CHANGE_LOG.HLC).gt(1), max(CHANGE_LOG.HLC)))
                .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq("placement")).and(CHANGE_LOG.ENTITY_ID.eq(PLACEMENT.ID))
                .and(ReceivedWrite.wrote("hours_per_week")));
        // The four yes/no tests as the bits of one number: one column read per row instead of four (issue 13). A
        // test that is NULL (no type, no contract number) counts as no, as reading it with getInt did.
        Field<Integer> tests = bit(PLACEMENT.TYPE.eq(Codes.PROEFPLAATSING), Row.TRIAL)
                .plus(bit(PLACEMENT.FOLLOWS_PLACEMENT_ID.isNotNull().or(PLACEMENT.CONTRACT_SEQUENCE.gt(1)),
                        Row.FOLLOWS))
                .plus(bit(hasGrant, Row.HAS_GRANT)).plus(bit(grantedNow, Row.GRANTED_NOW));
        // The coach's name comes from CoachNames, read once, not from a join on every row; this week's sessions
        // from WeekSessions, read once, not looked up per placement.
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, CANDIDATE.COACH_ID, tests.as("tests"),
                        PLACEMENT.START_DATE, PLACEMENT.PLANNED_END, PLACEMENT.ACTUAL_END,
                        hoursChanged.as("hours_changed"), PLACEMENT.rowid())
                .from(PLACEMENT).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .where(jobcoachPlacements());
    }

    private static Field<Integer> bit(Condition test, int bit) {
        return when(test, inline(bit)).otherwise(inline(0));
    }

    /**
     * The placement the scan stands on, in {@link #query()}'s column order: the dates and tests read at once, the
     * ids and the coach only when asked (an item is listed), each once. Valid only while the scan is on its row.
     */
    private static final class Row {

        static final int TRIAL = 1;
        static final int FOLLOWS = 2;
        static final int HAS_GRANT = 4;
        static final int GRANTED_NOW = 8;

        private final ResultSet rs;
        private final CoachNames coaches;
        private final int tests;
        final String startDate;
        final String plannedEnd;
        final String actualEnd;
        final String hoursChanged;
        private String placementId;
        private String candidateId;
        private String coachId;
        private String coachName;

        Row(ResultSet rs, CoachNames coaches) throws SQLException {
            this.rs = rs;
            this.coaches = coaches;
            this.tests = rs.getInt(4);
            this.startDate = rs.getString(5);
            this.plannedEnd = rs.getString(6);
            this.actualEnd = rs.getString(7);
            this.hoursChanged = rs.getString(8);
        }

        boolean trial() {
            return (tests & TRIAL) != 0;
        }

        /** It follows another placement, or is a later contract (a wijziging of its own). */
        boolean follows() {
            return (tests & FOLLOWS) != 0;
        }

        boolean hasGrant() {
            return (tests & HAS_GRANT) != 0;
        }

        boolean grantedNow() {
            return (tests & GRANTED_NOW) != 0;
        }

        String placementId() throws SQLException {
            if (placementId == null) {
                placementId = rs.getString(1);
            }
            return placementId;
        }

        String candidateId() throws SQLException {
            if (candidateId == null) {
                candidateId = rs.getString(2);
            }
            return candidateId;
        }

        String coachId() throws SQLException {
            coachName();
            return coachId;
        }

        /** The coach's name; null when the items are made without their coach. */
        String coachName() throws SQLException {
            if (coachName == null && coaches != null) {
                coachId = rs.getString(3);
                coachName = coaches.of(coachId);
            }
            return coachName;
        }
    }

    private Condition jobcoachPlacements() {
        LocalDate endedSince = today.minusWeeks(JobcoachDeadlines.EINDE_WEEKS + JobcoachDeadlines.UNSEEN_GRACE_WEEKS);
        return PLACEMENT.DELETED.eq(false).and(caseload.inScope()).and(PLACEMENT.JOBCOACH_TYPE.isNotNull())
                .and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD).or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())))
                .and(PLACEMENT.START_DATE.le(today.toString()))
                .and(PLACEMENT.ACTUAL_END.isNull().or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())));
    }

    /**
     * Adds the placement's deadlines that {@code listed} keeps to {@code out}, but for its "uren invoeren": that one
     * is returned (or null if the toekenning does not cover the week), to be listed only if no session of the
     * candidate (any placement, or none) starts this week and is not tombstoned ({@link Scan#items}).
     */
    private WorkItem itemsOf(Row r, HalfYear now, Predicate<LocalDate> listed, List<WorkItem> out)
            throws SQLException {
        Adder add = (kind, due) -> {
            if (listed.test(due)) {
                out.add(new WorkItem(kind, due, r.candidateId(), r.placementId(), r.coachId(), r.coachName()));
            }
        };
        LocalDate start = IsoDay.of(r.startDate);
        LocalDate plannedEnd = date(r.plannedEnd);
        LocalDate end = date(r.actualEnd);
        boolean trial = r.trial();
        if (end != null && !trial) {
            unseen(WorkItem.Kind.EINDE_DIENSTBETREKKING, JobcoachDeadlines.eindeMelding(end), add);
        }
        if (end != null && end.isBefore(today)) {
            return null;
        }
        if (!r.hasGrant()) {
            add.add(WorkItem.Kind.AANVRAAG, JobcoachDeadlines.aanvraag(start));
        }
        if (r.follows()) {
            unseen(WorkItem.Kind.WIJZIGING, JobcoachDeadlines.wijzigingMelding(start), add);
        }
        String changedStamp = r.hoursChanged;
        if (changedStamp != null) {
            LocalDate changedOn = Instant.ofEpochMilli(HybridLogicalClock.physicalOf(changedStamp)).atZone(DUTCH)
                    .toLocalDate();
            if (JobcoachDeadlines.hoursChangeNeedsMelding(start, changedOn)) {
                unseen(WorkItem.Kind.WIJZIGING, JobcoachDeadlines.wijzigingMelding(changedOn), add);
            }
        }
        HalfYear previous = now.half() == 2 ? new HalfYear(now.year(), 1) : new HalfYear(now.year() - 1, 2);
        for (HalfYear period : List.of(previous, now)) {
            if (start.isAfter(period.end())) {
                continue;
            }
            LocalDate due = JobcoachDeadlines.verantwoording(period);
            unseen(WorkItem.Kind.VERANTWOORDINGSRAPPORTAGE, due, add);
            if (!trial && JobcoachDeadlines.vervolgaanvraagNeeded(start, plannedEnd, period)) {
                unseen(WorkItem.Kind.VERVOLGAANVRAAG, due, add);
            }
        }
        if (!trial) {
            unseen(WorkItem.Kind.LANGDURIGE_MOTIVATIE, JobcoachDeadlines.langdurigeMotivatie(start), add);
        }
        if (!r.grantedNow()) {
            return null;
        }
        return new WorkItem(WorkItem.Kind.UREN_INVOEREN, JobcoachDeadlines.urenDezeWeek(today), r.candidateId(),
                r.placementId(), r.coachId(), r.coachName());
    }

    /** A deadline no record settles: listed until the grace weeks after it have passed. */
    private void unseen(WorkItem.Kind kind, LocalDate due, Adder add) throws SQLException {
        if (JobcoachDeadlines.stillListed(due, today)) {
            add.add(kind, due);
        }
    }

    /** Adds a deadline of the placement the scan stands on, if the werklijst lists it. */
    @FunctionalInterface
    private interface Adder {
        void add(WorkItem.Kind kind, LocalDate due) throws SQLException;
    }

    private static LocalDate date(String text) {
        return text == null ? null : IsoDay.of(text);
    }
}

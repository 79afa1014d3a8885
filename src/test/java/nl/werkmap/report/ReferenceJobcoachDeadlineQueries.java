package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.rules.JobcoachDeadlines;
import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.changelog.ReceivedWrite;

/**
 * The jobcoach deadlines as read before issue 13 (weekall): a jOOQ record per placement. Kept in the test tree, unchanged,
 * as the oracle of {@link WorkListPlainReadTest}, but for one thing: it reads the placement table {@code NOT INDEXED},
 * in table order, as SQLite read it before V48 (weekall5) gave the jobcoach placements an index of their own.
 *
 * The jobcoach trajectory's deadlines ({@link JobcoachDeadlines}) of the placements in scope: aanvraag (until a
 * toekenning is recorded), end and change notices, verantwoordingsrapportage and vervolgaanvraag of the half year,
 * the motivation in the 5th half year, and this week's hours where a toekenning covers the week but no session is
 * logged yet. One query over jobcoach placements with three semi-joins; plain columns only, nothing unsealed.
 * Deadlines that no record settles are listed until {@link JobcoachDeadlines#UNSEEN_GRACE_WEEKS} weeks after their
 * date; the caller applies the werklijst's own window (next 30 days, overdue up to 12 months) on top.
 */
final class ReferenceJobcoachDeadlineQueries {

    /** The change log's stamps are UTC instants; the day of a change is the day in the Netherlands. */
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final DSLContext dsl;
    private final CaseloadQueries caseload;
    private final LocalDate today;

    ReferenceJobcoachDeadlineQueries(DSLContext dsl, CaseloadQueries caseload, LocalDate today) {
        this.dsl = dsl;
        this.caseload = caseload;
        this.today = today;
    }

    List<WorkItem> items() {
        HalfYear now = HalfYear.of(today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Field<Boolean> hasGrant = field(exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))));
        Field<Boolean> grantedNow = field(exists(selectOne().from(JOBCOACH_GRANT)
                .where(JOBCOACH_GRANT.PLACEMENT_ID.eq(PLACEMENT.ID)).and(JOBCOACH_GRANT.DELETED.eq(false))
                .and(JOBCOACH_GRANT.PERIOD.eq(now.toString()))
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
        List<WorkItem> out = new ArrayList<>();
        for (Record r : dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, CANDIDATE.COACH_ID, COACH.NAME,
                        PLACEMENT.TYPE, PLACEMENT.START_DATE, PLACEMENT.PLANNED_END, PLACEMENT.ACTUAL_END,
                        PLACEMENT.CONTRACT_SEQUENCE, PLACEMENT.FOLLOWS_PLACEMENT_ID, hasGrant.as("has_grant"),
                        grantedNow.as("granted_now"), loggedThisWeek.as("logged"), hoursChanged.as("hours_changed"))
                .from(table("placement NOT INDEXED")).join(CANDIDATE).on(CANDIDATE.ID.eq(PLACEMENT.CANDIDATE_ID))
                .leftJoin(COACH).on(COACH.ID.eq(CANDIDATE.COACH_ID))
                .where(jobcoachPlacements()).fetch()) {
            itemsOf(r, now, out);
        }
        return out;
    }

    private Condition jobcoachPlacements() {
        LocalDate endedSince = today.minusWeeks(JobcoachDeadlines.EINDE_WEEKS + JobcoachDeadlines.UNSEEN_GRACE_WEEKS);
        return PLACEMENT.DELETED.eq(false).and(caseload.inScope()).and(PLACEMENT.JOBCOACH_TYPE.isNotNull())
                .and(CANDIDATE.STATUS.ne(Codes.UITGESTROOMD).or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())))
                .and(PLACEMENT.START_DATE.le(today.toString()))
                .and(PLACEMENT.ACTUAL_END.isNull().or(PLACEMENT.ACTUAL_END.ge(endedSince.toString())));
    }

    private void itemsOf(Record r, HalfYear now, List<WorkItem> out) {
        LocalDate start = LocalDate.parse(r.get(PLACEMENT.START_DATE));
        LocalDate plannedEnd = date(r.get(PLACEMENT.PLANNED_END));
        LocalDate end = date(r.get(PLACEMENT.ACTUAL_END));
        boolean trial = Codes.PROEFPLAATSING.equals(r.get(PLACEMENT.TYPE));
        if (end != null && !trial) {
            unseen(WorkItem.Kind.EINDE_DIENSTBETREKKING, JobcoachDeadlines.eindeMelding(end), r, out);
        }
        if (end != null && end.isBefore(today)) {
            return;
        }
        if (!Boolean.TRUE.equals(r.get("has_grant", Boolean.class))) {
            add(WorkItem.Kind.AANVRAAG, JobcoachDeadlines.aanvraag(start), r, out);
        }
        Integer sequence = r.get(PLACEMENT.CONTRACT_SEQUENCE);
        if (r.get(PLACEMENT.FOLLOWS_PLACEMENT_ID) != null || (sequence != null && sequence > 1)) {
            unseen(WorkItem.Kind.WIJZIGING, JobcoachDeadlines.wijzigingMelding(start), r, out);
        }
        String changedStamp = r.get("hours_changed", String.class);
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
        if (Boolean.TRUE.equals(r.get("granted_now", Boolean.class))
                && !Boolean.TRUE.equals(r.get("logged", Boolean.class))) {
            add(WorkItem.Kind.UREN_INVOEREN, JobcoachDeadlines.urenDezeWeek(today), r, out);
        }
    }

    /** A deadline no record settles: listed until the grace weeks after it have passed. */
    private void unseen(WorkItem.Kind kind, LocalDate due, Record r, List<WorkItem> out) {
        if (JobcoachDeadlines.stillListed(due, today)) {
            add(kind, due, r, out);
        }
    }

    private static void add(WorkItem.Kind kind, LocalDate due, Record r, List<WorkItem> out) {
        String coachId = r.get(CANDIDATE.COACH_ID);
        out.add(new WorkItem(kind, due, r.get(PLACEMENT.CANDIDATE_ID), r.get(PLACEMENT.ID), coachId,
                CaseloadQueries.coachName(r.get(COACH.NAME), coachId)));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}

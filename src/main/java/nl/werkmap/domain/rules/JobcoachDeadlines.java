package nl.werkmap.domain.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import nl.werkmap.domain.HalfYear;

/**
 * The deadlines of a jobcoach trajectory, in one place with their source, for the week view and the werklijst.
 * Every date is worked out from dates the caseload holds; nothing here reads a clock (the caller passes today).
 *
 * <p>Sources: Protocol Jobcoach UWV 2012 (BWBR0032412) and the UWV page for erkende jobcoachorganisaties, as
 * summed up in JOBCOACHING.md §1: aanvraag within 2 weeks after the start; end of the contract reported within 1
 * week; a change of the dienstbetrekking within 2 weeks; after each half year a verantwoordingsrapportage, and a
 * vervolgaanvraag before the half year ends; jobcoaching runs at most 3 years per dienstbetrekking, a longer need is
 * argued in the vervolgaanvraag at the end of the 5th half year; hours are registered at least weekly.
 */
public final class JobcoachDeadlines {

    /** Aanvraag (request for jobcoaching) within 2 weeks after the start of the work. */
    public static final int AANVRAAG_WEEKS = 2;
    /** The end of the dienstbetrekking is reported within 1 week. */
    public static final int EINDE_WEEKS = 1;
    /** A change of the dienstbetrekking (a new contract, other hours) is reported within 2 weeks. */
    public static final int WIJZIGING_WEEKS = 2;
    /** At most 3 years per dienstbetrekking: the 5th half year is months 24 to 30 after the start. */
    public static final int MOTIVATIE_MONTHS_AFTER_START = 30;
    /** Jobcoaching stops after 3 years per dienstbetrekking without that motivation. */
    public static final int MAX_MONTHS = 36;
    /** Hours are registered at least weekly: the week's hours are due by Friday, the last working day. */
    public static final DayOfWeek HOURS_DUE_ON = DayOfWeek.FRIDAY;

    /**
     * Werkmap cannot yet see that a notice, report or request was sent (the documents are written elsewhere), so a
     * deadline without a record that settles it stays listed this many weeks after its date, then drops off: long
     * enough to act on a miss, short enough not to bury this month's work under last year's.
     */
    public static final int UNSEEN_GRACE_WEEKS = 4;

    private JobcoachDeadlines() {
    }

    public static LocalDate aanvraag(LocalDate start) {
        return start.plusWeeks(AANVRAAG_WEEKS);
    }

    public static LocalDate eindeMelding(LocalDate end) {
        return end.plusWeeks(EINDE_WEEKS);
    }

    public static LocalDate wijzigingMelding(LocalDate changedOn) {
        return changedOn.plusWeeks(WIJZIGING_WEEKS);
    }

    /**
     * Other contract hours on the same placement change the dienstbetrekking (the toekenning's maximum is worked
     * out from them), so they are reported like a new contract: within {@link #WIJZIGING_WEEKS} weeks of the change
     * (Protocol Jobcoach UWV 2012, as in JOBCOACHING.md §1: a change of the dienstbetrekking within 2 weeks). My
     * reading: hours corrected before the work started are a typing correction of the plan, not a change of the
     * dienstbetrekking.
     */
    public static boolean hoursChangeNeedsMelding(LocalDate start, LocalDate changedOn) {
        return !changedOn.isBefore(start);
    }

    /** The verantwoordingsrapportage and the vervolgaanvraag of a half year are due before it ends: its last day. */
    public static LocalDate verantwoording(HalfYear period) {
        return period.end();
    }

    /** Whether a placement still runs after {@code period} and within the 3 years, so a vervolgaanvraag is due. */
    public static boolean vervolgaanvraagNeeded(LocalDate start, LocalDate plannedEnd, HalfYear period) {
        LocalDate next = period.next().start();
        return (plannedEnd == null || !plannedEnd.isBefore(next)) && start.plusMonths(MAX_MONTHS).isAfter(next);
    }

    /** The motivation for coaching beyond 3 years: with the vervolgaanvraag at the end of the 5th half year. */
    public static LocalDate langdurigeMotivatie(LocalDate start) {
        return start.plusMonths(MOTIVATIE_MONTHS_AFTER_START);
    }

    /** The day this week's hours are due: Friday of the week {@code today} falls in. */
    public static LocalDate urenDezeWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(
                TemporalAdjusters.nextOrSame(HOURS_DUE_ON));
    }

    /** Whether a deadline that nothing settles is still listed on {@code today} (see {@link #UNSEEN_GRACE_WEEKS}). */
    public static boolean stillListed(LocalDate due, LocalDate today) {
        return !due.plusWeeks(UNSEEN_GRACE_WEEKS).isBefore(today);
    }
}

package nl.werkmap.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;

/**
 * UWV jobcoach rules: whether a placement meets the protocol's standard, when the next halfjaarrapportage is due,
 * and how much an interne jobcoach may spend. The numbers live in {@link WerkmapRules}.
 */
public final class JobcoachRules {
    private JobcoachRules() {
    }

    /**
     * What keeps the placement from meeting the standard (contract of 6+ months or a proefplaatsing, 12+ hours a
     * week, loonwaarde 35%+); empty means it meets it. The planned end is the last working day, so 1 January to
     * 30 June is six months; an open-ended contract (no planned end) is long enough.
     */
    public static Set<JobcoachShortfall> shortfalls(Placement placement) {
        EnumSet<JobcoachShortfall> result = EnumSet.noneOf(JobcoachShortfall.class);
        PlacementType type = placement.type();
        boolean proef = type == PlacementType.PROEFPLAATSING;
        boolean employment = type == PlacementType.DIENSTVERBAND || type == PlacementType.DETACHERING
                || type == PlacementType.UITZEND;
        if (!proef && !employment) {
            result.add(JobcoachShortfall.GEEN_DIENSTVERBAND);
        }
        if (employment) {
            if (placement.start() == null) {
                result.add(JobcoachShortfall.START_ONBEKEND);
            } else if (placement.plannedEnd() != null && placement.plannedEnd().plusDays(1).isBefore(
                    placement.start().plusMonths(WerkmapRules.JOBCOACH_MIN_CONTRACT_MONTHS))) {
                result.add(JobcoachShortfall.CONTRACT_TE_KORT);
            }
        }
        if (placement.hoursPerWeek() < WerkmapRules.JOBCOACH_MIN_HOURS_PER_WEEK) {
            result.add(JobcoachShortfall.TE_WEINIG_UREN);
        }
        if (placement.loonwaardePct() == null) {
            result.add(JobcoachShortfall.LOONWAARDE_ONBEKEND);
        } else if (placement.loonwaardePct() < WerkmapRules.JOBCOACH_MIN_LOONWAARDE_PCT) {
            result.add(JobcoachShortfall.LOONWAARDE_TE_LAAG);
        }
        return result;
    }

    public static boolean meetsStandard(Placement placement) {
        return shortfalls(placement).isEmpty();
    }

    /**
     * The first halfjaarrapportage due on or after {@code today}: every 6 months counted from the placement start.
     * Each date is counted from the start itself (start + 6k months), so a start on 31 August gives 28/29 February
     * and then 31 August again, not a date that drifts earlier every half year.
     */
    public static LocalDate nextHalfjaarrapportage(LocalDate placementStart, LocalDate today) {
        int interval = WerkmapRules.JOBCOACH_REPORT_INTERVAL_MONTHS;
        long monthsSince = ChronoUnit.MONTHS.between(placementStart, today);
        long k = Math.max(1, monthsSince / interval);
        LocalDate due = placementStart.plusMonths(k * interval);
        while (due.isBefore(today)) {
            k++;
            due = placementStart.plusMonths(k * interval);
        }
        return due;
    }

    /**
     * The most an interne jobcoach may spend, as a percentage of working hours, in the given placement year (1, 2
     * or 3); zero from year 4 on, when UWV decides afresh.
     */
    public static BigDecimal interneJobcoachMaxPct(int placementYear) {
        if (placementYear < 1) {
            throw new IllegalArgumentException("placement year starts at 1, was " + placementYear);
        }
        var table = WerkmapRules.INTERNE_JOBCOACH_MAX_PCT_PER_YEAR;
        return placementYear <= table.size() ? table.get(placementYear - 1) : BigDecimal.ZERO;
    }

    /** Placement year (1-based) that {@code day} falls in, counted from the start. */
    public static int placementYear(LocalDate start, LocalDate day) {
        if (day.isBefore(start)) {
            throw new IllegalArgumentException("day " + day + " is before the start " + start);
        }
        return (int) ChronoUnit.YEARS.between(start, day) + 1;
    }
}

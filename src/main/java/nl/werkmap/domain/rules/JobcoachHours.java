package nl.werkmap.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;

/**
 * Jobcoach verantwoording: how many hours a toekenning allows, how many are used and left, week by week, and the
 * limits the plausibility checks use. Every percentage and limit lives here with its source; check it against the
 * current UWV handleiding or the municipality's verordening before it decides money.
 *
 * <p>Sources: Protocol Jobcoach UWV 2012 (BWBR0032412) for the regime table and the activity catalogue;
 * Reïntegratiebesluit art. 18 lid 3 for the legal ceiling; the UWV page for erkende jobcoachorganisaties for hour
 * registration (all gathered in the team notes JOBCOACHING.md, section 1).
 */
public final class JobcoachHours {
    private JobcoachHours() {
    }

    // --- Regimes (Protocol Jobcoach UWV 2012, table of the four regimes) ---

    /**
     * Percent of the yearly contract hours per regime, for year 1, 2 and 3+ of the dienstbetrekking: zeer licht
     * 3/3/3, licht 6/3/3, midden (the standard maximum) 10/5/3, intensief (the motivated exception) 15/7,5/6.
     */
    static final Map<JobcoachRegime, List<BigDecimal>> REGIME_PCT = regimeTable();

    /** The legal ceiling, percent per year 1, 2, 3+ (Reïntegratiebesluit art. 18 lid 3): 15, 7,5 and 6. */
    public static final List<BigDecimal> LEGAL_CEILING_PCT =
            List.of(new BigDecimal("15"), new BigDecimal("7.5"), new BigDecimal("6"));

    /** Grants run per half year (Protocol Jobcoach UWV): a whole half year is half of the yearly hours. */
    public static final int MONTHS_PER_YEAR = 12;

    /**
     * The yearly contract hours are the weekly contract hours times 52 weeks. The protocol speaks of "arbeidsuren
     * per jaar" without a week count; 52 is our reading, to check against the UWV handleiding.
     */
    public static final int WEEKS_PER_YEAR = 52;

    /** Jobcoaching runs at most 3 years per dienstbetrekking per employer (Protocol Jobcoach UWV). */
    public static final int MAX_EMPLOYMENT_YEARS = 3;

    /** Grants are worked out in hours with two decimals (UWV's jobcoachportaal takes hours and minutes). */
    public static final int HOURS_SCALE = 2;

    // --- Plausibility per coach (issue 14; the organisation that lost its UWV recognition: 16-hour days) ---

    /** A coach's day over 10 hours (coaching and travel, across all clients) is shown as a warning. */
    public static final double DAY_WARNING_HOURS = 10.0;

    /** A coach's day over 16 hours needs a written reason before it can be accounted for. */
    public static final double DAY_REASON_HOURS = 16.0;

    /** Hours are registered at least weekly (UWV): logged more than 7 days after the session is flagged late. */
    public static final int LATE_LOGGING_DAYS = 7;

    private static Map<JobcoachRegime, List<BigDecimal>> regimeTable() {
        Map<JobcoachRegime, List<BigDecimal>> table = new EnumMap<>(JobcoachRegime.class);
        table.put(JobcoachRegime.ZEER_LICHT, pcts("3", "3", "3"));
        table.put(JobcoachRegime.LICHT, pcts("6", "3", "3"));
        table.put(JobcoachRegime.MIDDEN, pcts("10", "5", "3"));
        table.put(JobcoachRegime.INTENSIEF, pcts("15", "7.5", "6"));
        return table;
    }

    private static List<BigDecimal> pcts(String y1, String y2, String y3) {
        return List.of(new BigDecimal(y1), new BigDecimal(y2), new BigDecimal(y3));
    }

    /** The regime's percentage in {@code employmentYear} (1, 2, 3; later years count as 3). */
    public static BigDecimal regimePct(JobcoachRegime regime, int employmentYear) {
        return REGIME_PCT.get(regime).get(yearIndex(employmentYear));
    }

    /** The legal ceiling's percentage in {@code employmentYear}. */
    public static BigDecimal ceilingPct(int employmentYear) {
        return LEGAL_CEILING_PCT.get(yearIndex(employmentYear));
    }

    private static int yearIndex(int employmentYear) {
        if (employmentYear < 1) {
            throw new IllegalArgumentException("employment year starts at 1, was " + employmentYear);
        }
        return Math.min(employmentYear, MAX_EMPLOYMENT_YEARS) - 1;
    }

    /** Contract hours per week times {@link #WEEKS_PER_YEAR}. */
    public static BigDecimal yearlyHours(double contractHoursPerWeek) {
        return BigDecimal.valueOf(contractHoursPerWeek).multiply(BigDecimal.valueOf(WEEKS_PER_YEAR));
    }

    /**
     * The part of a year the grant covers: whole months count as twelfths (a whole half year is exactly 1/2, a
     * proefplaatsing of two months 2/12), the days left over as their share of that calendar year.
     */
    public static BigDecimal periodFraction(JobcoachGrant grant) {
        LocalDate from = grant.firstDay().isBefore(grant.period().start()) ? grant.period().start() : grant.firstDay();
        LocalDate until = grant.lastDay().isAfter(grant.period().end()) ? grant.period().end() : grant.lastDay();
        if (until.isBefore(from)) {
            return BigDecimal.ZERO;
        }
        LocalDate endExclusive = until.plusDays(1);
        long months = ChronoUnit.MONTHS.between(from, endExclusive);
        long days = ChronoUnit.DAYS.between(from.plusMonths(months), endExclusive);
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(MONTHS_PER_YEAR), 10, RoundingMode.HALF_UP)
                .add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(from.lengthOfYear()), 10,
                        RoundingMode.HALF_UP));
    }

    /** Hours at {@code pct} of the yearly contract hours over the grant's part of the year, two decimals. */
    private static BigDecimal hoursAt(BigDecimal pct, JobcoachGrant grant) {
        return pct.movePointLeft(2).multiply(yearlyHours(grant.contractHoursPerWeek()))
                .multiply(periodFraction(grant)).setScale(HOURS_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The most hours the grant allows: the hours the beschikking states, else regime % × yearly contract hours ×
     * the part of the year it covers.
     */
    public static BigDecimal maxHours(JobcoachGrant grant) {
        if (grant.grantedHours() != null) {
            return BigDecimal.valueOf(grant.grantedHours()).setScale(HOURS_SCALE, RoundingMode.HALF_UP);
        }
        if (grant.regime() == null) {
            return BigDecimal.ZERO.setScale(HOURS_SCALE);
        }
        return hoursAt(regimePct(grant.regime(), grant.employmentYear()), grant);
    }

    /** The legal ceiling in hours for the grant's contract hours, year and period. */
    public static BigDecimal ceilingHours(JobcoachGrant grant) {
        return hoursAt(ceilingPct(grant.employmentYear()), grant);
    }

    /**
     * Whether the legal ceiling binds this grant: UWV's grants and the interne jobcoach (whose subsidy follows
     * the same 15/7,5/6 %). A gemeente decides by its own verordening (Participatiewet art. 10da).
     */
    public static boolean ceilingApplies(JobcoachType financier) {
        return financier != JobcoachType.GEMEENTE;
    }

    /** One candidate's even share of a session's hours when {@code groupSize} candidates shared it. */
    public static double share(double sessionHours, int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("group size is at least 1, was " + groupSize);
        }
        return sessionHours / groupSize;
    }

    /** The coaching hours of {@code sessions} on the grant's placement and days (travel never counts). */
    public static double used(JobcoachGrant grant, List<CoachingSession> sessions) {
        double sum = 0;
        for (CoachingSession s : sessions) {
            if (counts(grant, s)) {
                sum += s.hoursAccounted();
            }
        }
        return round(sum);
    }

    /**
     * A session counts against the grant when it happened on the grant's placement and days: an appointment still
     * planned or one that did not take place uses no hours (as SessionMapping.HAPPENED: no state, or gedaan).
     */
    private static boolean counts(JobcoachGrant grant, CoachingSession s) {
        return grant.placementId().equals(s.placementId()) && s.startsAt() != null
                && (s.state() == null || s.state() == AppointmentState.GEDAAN)
                && grant.covers(s.startsAt().toLocalDate());
    }

    /** One week of a burn-down: hours used that week, in total so far, and left of the grant after it. */
    public record BurnDownWeek(LocalDate monday, double usedThisWeek, double usedSoFar, double left) {
    }

    /**
     * Week by week over the grant's days (weeks start on Monday; the first and last may be partial): what was
     * used and what is left. Left goes negative when more was logged than granted.
     */
    public static List<BurnDownWeek> burnDown(JobcoachGrant grant, List<CoachingSession> sessions) {
        double max = maxHours(grant).doubleValue();
        LocalDate first = grant.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<BurnDownWeek> weeks = new ArrayList<>();
        double soFar = 0;
        for (LocalDate monday = first; !monday.isAfter(grant.lastDay()); monday = monday.plusWeeks(1)) {
            double week = 0;
            for (CoachingSession s : sessions) {
                if (counts(grant, s)) {
                    LocalDate day = s.startsAt().toLocalDate();
                    if (!day.isBefore(monday) && day.isBefore(monday.plusWeeks(1))) {
                        week += s.hoursAccounted();
                    }
                }
            }
            soFar += week;
            weeks.add(new BurnDownWeek(monday, round(week), round(soFar), round(max - soFar)));
        }
        return weeks;
    }

    static double round(double hours) {
        return BigDecimal.valueOf(hours).setScale(HOURS_SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}

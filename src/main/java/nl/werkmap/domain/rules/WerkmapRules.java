package nl.werkmap.domain.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every number in Werkmap that matters for money or law, in one place, each with where it comes from. Check the
 * source again before changing one: these rules are set by the government and UWV and do change.
 */
public final class WerkmapRules {
    private WerkmapRules() {
    }

    // --- Banenafspraak (Wet banenafspraak en quotum arbeidsbeperkten; Rijksoverheid, UWV) ---

    /** One baan in the banenafspraak is 25.5 paid hours per week (Rijksoverheid, "Banenafspraak"). */
    public static final BigDecimal BAAN_HOURS_PER_WEEK = new BigDecimal("25.5");

    /** Banen are reported with two decimals (12 h = 0.47 baan, 38 h = 1.49 baan in UWV's own examples). */
    public static final int BANEN_SCALE = 2;

    /**
     * Someone who leaves the doelgroep stays in the doelgroepregister until the end of that calendar year plus this
     * many years (UWV, "Doelgroepregister banenafspraak"), so their job keeps counting for that long.
     */
    public static final int REGISTER_AFTER_EFFECT_YEARS = 2;

    // --- Working hours ---

    /**
     * No plausible placement or availability goes beyond 60 hours a week: the Arbeidstijdenwet caps a single week at
     * 60 hours.
     */
    public static final double MAX_HOURS_PER_WEEK = 60.0;

    // --- Proefplaatsing (UWV, "Proefplaatsing") ---

    /** A proefplaatsing normally lasts 2 months. */
    public static final int PROEFPLAATSING_NORMAL_MONTHS = 2;

    /** A proefplaatsing lasts at most 6 months. */
    public static final int PROEFPLAATSING_MAX_MONTHS = 6;

    /** Warn the coach this many days before a proefplaatsing ends, so the contract talk happens in time. */
    public static final int PROEFPLAATSING_WARNING_DAYS = 14;

    // --- Jobcoaching (Protocol Jobcoach UWV: "dienstverband van minstens een half jaar of proefplaatsing, minstens
    //     twaalf uur werk per week, loonwaarde minimaal 35 procent van het minimumloon") ---

    /** The contract must run at least this many months (or be a proefplaatsing). */
    public static final int JOBCOACH_MIN_CONTRACT_MONTHS = 6;

    /** At least 12 hours of work per week. */
    public static final double JOBCOACH_MIN_HOURS_PER_WEEK = 12.0;

    /** Loonwaarde at least 35% of the statutory minimum wage. */
    public static final int JOBCOACH_MIN_LOONWAARDE_PCT = 35;

    /** Jobcoach hours are granted and reported per half year (halfjaarrapportage). */
    public static final int JOBCOACH_REPORT_INTERVAL_MONTHS = 6;

    /**
     * Interne jobcoach (the employer's own): at most 15%, 7.5% and 6% of the employee's working hours in years 1, 2
     * and 3 (UWV, "Subsidie interne jobcoach"). Index 0 is year 1.
     */
    public static final List<BigDecimal> INTERNE_JOBCOACH_MAX_PCT_PER_YEAR =
            List.of(new BigDecimal("15"), new BigDecimal("7.5"), new BigDecimal("6"));

    // --- Loonwaarde ---

    /** Loonwaarde is a percentage of the minimum wage: 0 to 100. */
    public static final int LOONWAARDE_MIN_PCT = 0;
    public static final int LOONWAARDE_MAX_PCT = 100;

    /**
     * Loonwaarde is re-measured every 12 months. The Participatiewet (art. 6 lid 1 onder e and art. 10d) only says
     * the municipality sets the loonwaarde "periodiek"; a yearly re-measurement is the usual term in municipal
     * policy rules for loonkostensubsidie. Check the municipality's own verordening before relying on it.
     */
    public static final int LOONWAARDE_REMEASURE_MONTHS = 12;

    // --- Follow-up by the coach (team agreements, following DOMAIN.md; not law) ---

    /** Without contact for more than this many days a candidate is at risk of getting "out of view" (6 weeks). */
    public static final int CONTACT_WARNING_DAYS = 42;

    /** The participatieladder is measured at least twice a year, so a measurement older than 6 months is stale. */
    public static final int LADDER_MAX_AGE_MONTHS = 6;

    /** A ZRM score is a snapshot; information older than 30 days does not count (ZRM 2017 manual). */
    public static final int ZRM_INFORMATION_MAX_AGE_DAYS = 30;

    // --- Sessions ---

    /** A single session lasts 1 minute to 10 hours; longer is a typing error. */
    public static final int SESSION_MIN_MINUTES = 1;
    public static final int SESSION_MAX_MINUTES = 600;

    /** Hours accounted for one session (including travel and reporting) cannot exceed a day. */
    public static final double SESSION_MAX_HOURS_ACCOUNTED = 24.0;
}

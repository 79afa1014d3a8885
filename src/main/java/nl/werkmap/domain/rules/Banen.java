package nl.werkmap.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;

/**
 * Banenafspraak arithmetic: which placements count as afspraakbanen and for how many banen.
 *
 * <p>Which placement types count: the banenafspraak counts <em>paid</em> jobs of people in the doelgroepregister.
 * <ul>
 *   <li>DIENSTVERBAND counts as regular employment;</li>
 *   <li>DETACHERING and UITZEND count as inleen (at the inlener, where the person actually works);</li>
 *   <li>PROEFPLAATSING does not count: the candidate keeps the benefit and the employer pays no wage;</li>
 *   <li>BESCHUT_WERK does not count here: it is a separate municipal task with its own figures;</li>
 *   <li>LEERWERKPLEK_STAGE and VRIJWILLIGERSWERK are not paid jobs and do not count.</li>
 * </ul>
 * Only register status JA counts: AANGEVRAAGD is not yet in the register, and UWV counts only listed people.
 *
 * <p>Rounding: banen = hours per week / 25.5, two decimals, half-up (12 h = 0.47, 38 h = 1.49). To add up many jobs,
 * add the hours and convert once with {@link #banen(double)}, so rounding does not pile up.
 */
public final class Banen {
    private Banen() {
    }

    /** Hours per week expressed in banen: hours / 25.5, two decimals, half-up. */
    public static BigDecimal banen(double hoursPerWeek) {
        if (Double.isNaN(hoursPerWeek) || Double.isInfinite(hoursPerWeek) || hoursPerWeek < 0) {
            throw new IllegalArgumentException("hours per week must be a finite number >= 0, was " + hoursPerWeek);
        }
        return BigDecimal.valueOf(hoursPerWeek)
                .divide(WerkmapRules.BAAN_HOURS_PER_WEEK, WerkmapRules.BANEN_SCALE, RoundingMode.HALF_UP);
    }

    /** How a placement type is reported, or empty if it does not count as a baan at all. */
    public static Optional<BaanSoort> classify(PlacementType type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case DIENSTVERBAND -> Optional.of(BaanSoort.DIENSTVERBAND);
            case DETACHERING, UITZEND -> Optional.of(BaanSoort.INLEEN);
            case PROEFPLAATSING, BESCHUT_WERK, LEERWERKPLEK_STAGE, VRIJWILLIGERSWERK -> Optional.empty();
        };
    }

    public static boolean typeCounts(PlacementType type) {
        return classify(type).isPresent();
    }

    /**
     * Whether the candidate is listed in the doelgroepregister on the given day. {@code register.end()} is read as
     * the day the person left the doelgroep; they stay listed until the end of that year plus two years.
     */
    public static boolean listedOn(RegisterInfo register, LocalDate day) {
        if (register == null || register.status() != RegisterStatus.JA) {
            return false;
        }
        if (register.start() != null && day.isBefore(register.start())) {
            return false;
        }
        return register.end() == null || !day.isAfter(listedUntil(register.end()));
    }

    /** The last day someone who left the doelgroep on {@code leftOn} is still listed. */
    public static LocalDate listedUntil(LocalDate leftOn) {
        return LocalDate.of(leftOn.getYear() + WerkmapRules.REGISTER_AFTER_EFFECT_YEARS, 12, 31);
    }

    /** Whether the placement counts as an afspraakbaan on the given day. */
    public static boolean counts(RegisterInfo register, Placement placement, LocalDate day) {
        return typeCounts(placement.type()) && placement.isActiveOn(day) && listedOn(register, day);
    }

    /** The banen a placement contributes on the given day: zero if it does not count. */
    public static BigDecimal banenOn(RegisterInfo register, Placement placement, LocalDate day) {
        return counts(register, placement, day) ? banen(placement.hoursPerWeek()) : BigDecimal.ZERO.setScale(2);
    }
}

package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A toekenning: the jobcoach hours a financier granted for one placement over one half year. Either a regime (the
 * hours follow from the contract hours and the year of the dienstbetrekking) or a number of hours the beschikking
 * states. A grant that covers only part of its half year (a proefplaatsing, a start in the middle of it) names the
 * days it covers; the maximum is then pro rata (see {@link nl.werkmap.domain.rules.JobcoachHours}).
 *
 * @param financier            who pays: UWV, a gemeente ({@code gemeenteCode}, e.g. GM0363) or the employer's own
 *                             interne jobcoach
 * @param kenmerk              the financier's kenmerk or ordernummer (sealed: it points at one person's file)
 * @param decidedOn            the date of the beschikking, if known
 * @param regime               the granted regime; null when the beschikking states hours
 * @param grantedHours         the hours the beschikking states; null when a regime decides
 * @param contractHoursPerWeek the contract hours of the dienstbetrekking the grant was based on
 * @param employmentYear       year of the dienstbetrekking, 1, 2 or 3 (3 means 3 and later)
 * @param proefplaatsing       the grant is for a proefplaatsing (its own grant period, pro rata its length)
 * @param coveredFrom          first day covered when not the whole half year, else null
 * @param coveredUntil         last day covered when not the whole half year, else null
 */
public record JobcoachGrant(
        UUID id,
        UUID candidateId,
        UUID placementId,
        JobcoachType financier,
        String gemeenteCode,
        String kenmerk,
        LocalDate decidedOn,
        HalfYear period,
        JobcoachRegime regime,
        Double grantedHours,
        double contractHoursPerWeek,
        int employmentYear,
        boolean proefplaatsing,
        LocalDate coveredFrom,
        LocalDate coveredUntil) {

    public JobcoachGrant {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(placementId, "placementId");
        Require.nonNull(period, "period");
        gemeenteCode = gemeenteCode == null || gemeenteCode.isBlank() ? null
                : gemeenteCode.strip().toUpperCase(java.util.Locale.ROOT);
        kenmerk = kenmerk == null || kenmerk.isBlank() ? null : kenmerk.strip();
    }

    /** The first day the grant covers: its own start, else the half year's. */
    public LocalDate firstDay() {
        return coveredFrom != null ? coveredFrom : period.start();
    }

    /** The last day the grant covers (inclusive). */
    public LocalDate lastDay() {
        return coveredUntil != null ? coveredUntil : period.end();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** Whether the days this grant covers meet those of {@code other}. */
    public boolean overlaps(JobcoachGrant other) {
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }
}

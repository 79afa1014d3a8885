package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One loonwaarde measurement on a placement: the measured productivity as a percentage of the minimum wage, how and
 * by whom it was measured, when to measure again, and the loonkostensubsidie granted on it (the subsidy pays the gap
 * between wage and loonwaarde, so the amount per month is what the coach accounts for).
 *
 * @param assessor        who measured (a person: sealed), optional
 * @param nextMeasurement when to measure again; null means the default interval after {@code measuredOn}
 * @param lksPerMonth     loonkostensubsidie in euro per month, if known; only with {@code loonkostensubsidie}
 * @param note            free text (sealed)
 */
public record LoonwaardeMeasurement(
        UUID id,
        UUID candidateId,
        UUID placementId,
        LocalDate measuredOn,
        int loonwaardePct,
        LoonwaardeMethod method,
        String assessor,
        LocalDate nextMeasurement,
        boolean loonkostensubsidie,
        Double lksPerMonth,
        String note) {

    public LoonwaardeMeasurement {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(placementId, "placementId");
        Require.nonNull(measuredOn, "measuredOn");
        Require.nonNull(method, "method");
        lksPerMonth = Require.nonNegative(lksPerMonth, "lksPerMonth");
    }

    /** The next date to measure: the given one, else {@code months} after this measurement. */
    public LocalDate nextDue(int months) {
        return nextMeasurement != null ? nextMeasurement : measuredOn.plusMonths(months);
    }
}

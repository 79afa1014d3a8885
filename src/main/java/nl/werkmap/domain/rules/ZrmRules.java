package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.werkmap.domain.ZrmMeasurement;

/**
 * When a Zelfredzaamheid-Matrix snapshot still counts: the ZRM is a picture of one moment, and information older
 * than {@value WerkmapRules#ZRM_INFORMATION_MAX_AGE_DAYS} days no longer describes the situation.
 */
public final class ZrmRules {
    private ZrmRules() {
    }

    /** Whether the measurement is at most 30 days old on {@code today} (and not in the future). */
    public static boolean isCurrent(ZrmMeasurement measurement, LocalDate today) {
        LocalDate on = measurement.measuredOn();
        return !on.isAfter(today) && !on.isBefore(today.minusDays(WerkmapRules.ZRM_INFORMATION_MAX_AGE_DAYS));
    }

    /** The newest measurement that is still current, if any. */
    public static Optional<ZrmMeasurement> current(List<ZrmMeasurement> measurements, LocalDate today) {
        return measurements.stream().filter(m -> isCurrent(m, today))
                .max(Comparator.comparing(ZrmMeasurement::measuredOn));
    }
}

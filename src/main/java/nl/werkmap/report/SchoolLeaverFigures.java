package nl.werkmap.report;

import java.util.List;
import java.util.Map;

/**
 * VSO and PrO pupils whose (expected) leaving date falls in the period: per school and uitstroomprofiel, whether
 * their destination is known, and where they were 6 and 12 months after leaving.
 */
public record SchoolLeaverFigures(List<SchoolRow> perSchool, List<String> destinations, CrossTally situation,
                                  Map<String, Long> notStartedPerCoach) {

    /** Without the per-coach count of leavers nobody has started with. */
    public SchoolLeaverFigures(List<SchoolRow> perSchool, List<String> destinations, CrossTally situation) {
        this(perSchool, destinations, situation, Map.of());
    }

    /**
     * Active VSO and PrO pupils and leavers (any leaving date) with neither a werknemersprofiel nor a first
     * conversation that took place, per coach id: the flag of issue 15, item 2. Such a school leaver risks falling
     * between school and work without anyone having started.
     */
    public SchoolLeaverFigures {
        notStartedPerCoach = notStartedPerCoach == null ? Map.of() : Map.copyOf(notStartedPerCoach);
    }

    public long notStarted() {
        return notStartedPerCoach.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Columns of {@link #situation}. */
    public static final String AFTER_6 = "6", AFTER_12 = "12";

    /** Leavers of one school and profiel by destination, in the order of {@code destinations}; the last is unknown. */
    public record SchoolRow(String school, String schoolType, String uitstroomprofiel, long[] byDestination) {
        public long leavers() {
            long n = 0;
            for (long v : byDestination) {
                n += v;
            }
            return n;
        }

        public long destinationUnknown() {
            return byDestination[byDestination.length - 1];
        }

        public long destinationKnown() {
            return leavers() - destinationUnknown();
        }
    }
}

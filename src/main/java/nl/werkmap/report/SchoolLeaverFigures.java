package nl.werkmap.report;

import java.util.List;

/**
 * VSO and PrO pupils whose (expected) leaving date falls in the period: per school and uitstroomprofiel, whether
 * their destination is known, and where they were 6 and 12 months after leaving.
 */
public record SchoolLeaverFigures(List<SchoolRow> perSchool, List<String> destinations, CrossTally situation) {

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

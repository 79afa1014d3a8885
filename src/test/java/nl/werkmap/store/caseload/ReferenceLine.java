package nl.werkmap.store.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A candidate line as {@link CandidateLine} read it before its texts were shared and its days read from bytes
 * (issue 13, rows at 150,000): every text column through getString, a fresh string per row. Kept unchanged as the
 * input {@link ReferenceRowBuilder} takes, so the equivalence tests compare the new line and builder against the
 * old ones on the same rows of {@link CandidateLine#SELECT}.
 *
 * The original documentation follows.
 *
 * The candidate columns the caseload overview needs, as read from one row: the two names and the birth date (the
 * second cue beside the name) still sealed, the other
 * sealed fields only as present-or-absent bits, so reading 150,000 rows makes no objects it does not need. The
 * latest session up to today, the latest ladder measurement and the latest profile consent come along in the same
 * row, from the trigger-kept candidate_summary, so the query costs the same however many sessions a candidate has
 * and reads no index of sessions, measurements or consents.
 *
 * @param lastSession    the latest session's starts_at up to and including today, or null
 * @param lastLadder     the latest ladder measurement's date, or null
 * @param profileConsent the latest decision on sharing the profile with employers, or null if none
 */
record ReferenceLine(String id, byte[] fullName, byte[] preferredName, byte[] birthDate, String status, String coachId,
                     String registerStatus, String sectors, Double hoursAvailable, String registeredOn,
                     String schoolName, String expectedLeavingDate, String schoolDestination, int present,
                     String lastSession, String lastLadder, Boolean profileConsent) {

    static final int PHONE = 1;
    static final int EMAIL = 1 << 1;
    static final int BIRTH_DATE = 1 << 2;
    static final int POSTCODE = 1 << 3;
    static final int CITY = 1 << 4;
    static final int TALENTS = 1 << 5;
    static final int WISHES = 1 << 6;
    static final int SUPPORT_NEEDS = 1 << 7;
    /** School type or uitstroomprofiel filled: the rules only need to know such a candidate is a pupil. */
    static final int OTHER_SCHOOL = 1 << 8;
    /** A VSO/PrO pupil (school type set) without a werknemersprofiel: with no contact yet, a warning (issue 15). */
    static final int SCHOOL_TYPE_NO_PROFILE = 1 << 9;

    static ReferenceLine read(ResultSet rs) throws SQLException {
        double hours = rs.getDouble(8);
        Double hoursAvailable = rs.wasNull() ? null : hours;
        boolean given = rs.getBoolean(18);
        Boolean profileConsent = rs.wasNull() ? null : given;
        return new ReferenceLine(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(15), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), hoursAvailable, rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getInt(14) | (rs.getBoolean(13) ? OTHER_SCHOOL : 0)
                        | (rs.getBoolean(19) ? SCHOOL_TYPE_NO_PROFILE : 0), rs.getString(16), rs.getString(17),
                profileConsent);
    }

    boolean has(int field) {
        return (present & field) != 0;
    }
}

package nl.werkmap.store.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The candidate columns the caseload overview needs, as read from one row: the two names and the birth date (the
 * second cue beside the name) still sealed, the other
 * sealed fields only as present-or-absent bits, so reading 150,000 rows makes no objects it does not need.
 */
record CandidateLine(String id, byte[] fullName, byte[] preferredName, byte[] birthDate, String status, String coachId,
                     String registerStatus, String sectors, Double hoursAvailable, String registeredOn,
                     String schoolName, String expectedLeavingDate, String schoolDestination, int present) {

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

    static final String SELECT = "SELECT id, full_name, preferred_name, status, coach_id, register_status,"
            + " preferred_sectors, hours_available, registered_on, school_name, expected_leaving_date,"
            + " school_destination, (school_type IS NOT NULL OR uitstroomprofiel IS NOT NULL) AS other_school,"
            // SQLite gives << and | the same precedence, so every shift is in its own parentheses.
            + " (phone IS NOT NULL) | ((email IS NOT NULL) << 1) | ((birth_date IS NOT NULL) << 2)"
            + " | ((postcode IS NOT NULL) << 3) | ((city IS NOT NULL) << 4) | ((talents IS NOT NULL) << 5)"
            + " | ((wishes IS NOT NULL) << 6) | ((support_needs IS NOT NULL) << 7)"
            + " AS present, birth_date FROM candidate WHERE deleted = 0";

    static CandidateLine read(ResultSet rs) throws SQLException {
        double hours = rs.getDouble(8);
        Double hoursAvailable = rs.wasNull() ? null : hours;
        return new CandidateLine(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(15), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), hoursAvailable, rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getInt(14) | (rs.getBoolean(13) ? OTHER_SCHOOL : 0));
    }

    boolean has(int field) {
        return (present & field) != 0;
    }
}

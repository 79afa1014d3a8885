package nl.werkmap.store.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;

import nl.werkmap.domain.ConsentPurpose;

/**
 * The candidate columns the caseload overview needs, as read from one row: the two names and the birth date (the
 * second cue beside the name) still sealed, the other
 * sealed fields only as present-or-absent bits, so reading 150,000 rows makes no objects it does not need. The
 * latest session up to today, the latest ladder measurement and the latest profile consent come along in the same
 * row: each is one index seek per candidate (session_live_last, ladder_report, consent_profile), so the query costs
 * the same however many sessions a candidate has, where grouping all sessions scanned every one of them.
 *
 * @param lastSession    the latest session's starts_at up to and including today, or null
 * @param lastLadder     the latest ladder measurement's date, or null
 * @param profileConsent the latest decision on sharing the profile with employers, or null if none
 */
record CandidateLine(String id, byte[] fullName, byte[] preferredName, byte[] birthDate, String status, String coachId,
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

    /**
     * One parameter: tomorrow's date. A planned visit is not contact yet: only sessions up to and including today
     * count. starts_at is yyyy-MM-ddTHH:mm, so comparing with the next day's date as text takes every moment of
     * today and nothing after.
     */
    static final String SELECT = "SELECT c.id, c.full_name, c.preferred_name, c.status, c.coach_id,"
            + " c.register_status, c.preferred_sectors, c.hours_available, c.registered_on, c.school_name,"
            + " c.expected_leaving_date, c.school_destination,"
            + " (c.school_type IS NOT NULL OR c.uitstroomprofiel IS NOT NULL) AS other_school,"
            // SQLite gives << and | the same precedence, so every shift is in its own parentheses.
            + " (c.phone IS NOT NULL) | ((c.email IS NOT NULL) << 1) | ((c.birth_date IS NOT NULL) << 2)"
            + " | ((c.postcode IS NOT NULL) << 3) | ((c.city IS NOT NULL) << 4) | ((c.talents IS NOT NULL) << 5)"
            + " | ((c.wishes IS NOT NULL) << 6) | ((c.support_needs IS NOT NULL) << 7) AS present, c.birth_date,"
            + " (SELECT max(s.starts_at) FROM coaching_session s"
            // Only contact that happened: gedaan, or no state (older rows); gepland and niet doorgegaan are no contact
            // (SessionMapping.HAPPENED). The index session_live_last covers the state too.
            + " WHERE s.candidate_id = c.id AND s.deleted = 0 AND s.starts_at < ?"
            + " AND (s.state IS NULL OR s.state = 'GEDAAN')) AS last_session,"
            + " (SELECT max(l.measured_on) FROM ladder_measurement l"
            + " WHERE l.candidate_id = c.id AND l.deleted = 0) AS last_ladder,"
            // Later decisions overrule earlier ones; on the same day the one saved last counts.
            + " (SELECT p.given FROM consent p WHERE p.purpose = '" + ConsentPurpose.PROFIEL_AAN_WERKGEVER.name()
            + "' AND p.deleted = 0"
            + " AND p.candidate_id = c.id ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1) AS profile_consent"
            // One index seek on werknemersprofiel_candidate, and only for pupils (the CASE skips the rest).
            + ", CASE WHEN c.school_type IS NULL THEN 0 ELSE NOT EXISTS (SELECT 1 FROM werknemersprofiel w"
            + " WHERE w.candidate_id = c.id AND w.deleted = 0) END AS school_type_no_profile"
            + " FROM candidate c WHERE c.deleted = 0";

    static CandidateLine read(ResultSet rs) throws SQLException {
        double hours = rs.getDouble(8);
        Double hoursAvailable = rs.wasNull() ? null : hours;
        boolean given = rs.getBoolean(18);
        Boolean profileConsent = rs.wasNull() ? null : given;
        return new CandidateLine(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(15), rs.getString(4),
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

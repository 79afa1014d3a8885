package nl.werkmap.store.caseload;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import nl.werkmap.domain.ConsentPurpose;

/**
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
     * Two parameters, both tomorrow's date ({@link #bindDay}). A planned visit is not contact yet: only sessions up to
     * and including today count. starts_at is yyyy-MM-ddTHH:mm, so comparing with the next day's date as text takes
     * every moment of today and nothing after.
     * <p>
     * The four per-candidate facts come from candidate_summary (V43), kept by triggers, so the list reads the
     * candidate table and that small table in one pass instead of four index seeks per candidate. Its last_done_at
     * is the latest session that took place whatever its date: when that lies after today (a future session marked
     * done, rare) the sessions are asked for that candidate only, as before, so the answer is the same on every day.
     * A candidate without a summary row (none should exist) gets every fact the old way.
     */
    static final String SELECT = "SELECT c.id, c.full_name, c.preferred_name, c.status, c.coach_id,"
            + " c.register_status, c.preferred_sectors, c.hours_available, c.registered_on, c.school_name,"
            + " c.expected_leaving_date, c.school_destination,"
            + " (c.school_type IS NOT NULL OR c.uitstroomprofiel IS NOT NULL) AS other_school,"
            // SQLite gives << and | the same precedence, so every shift is in its own parentheses.
            + " (c.phone IS NOT NULL) | ((c.email IS NOT NULL) << 1) | ((c.birth_date IS NOT NULL) << 2)"
            + " | ((c.postcode IS NOT NULL) << 3) | ((c.city IS NOT NULL) << 4) | ((c.talents IS NOT NULL) << 5)"
            + " | ((c.wishes IS NOT NULL) << 6) | ((c.support_needs IS NOT NULL) << 7) AS present, c.birth_date,"
            + " CASE WHEN m.candidate_id IS NOT NULL AND (m.last_done_at IS NULL OR m.last_done_at < ?)"
            + " THEN m.last_done_at ELSE (SELECT max(s.starts_at) FROM coaching_session s"
            // Only contact that happened: gedaan, or no state (older rows); gepland and niet doorgegaan are no contact
            // (SessionMapping.HAPPENED). The index session_live_last covers the state too.
            + " WHERE s.candidate_id = c.id AND s.deleted = 0 AND s.starts_at < ?"
            + " AND (s.state IS NULL OR s.state = 'GEDAAN')) END AS last_session,"
            + " CASE WHEN m.candidate_id IS NOT NULL THEN m.last_ladder ELSE (SELECT max(l.measured_on)"
            + " FROM ladder_measurement l WHERE l.candidate_id = c.id AND l.deleted = 0) END AS last_ladder,"
            // Later decisions overrule earlier ones; on the same day the one saved last (the triggers keep that rule).
            + " CASE WHEN m.candidate_id IS NOT NULL THEN m.profile_consent ELSE (SELECT p.given FROM consent p"
            + " WHERE p.purpose = '" + ConsentPurpose.PROFIEL_AAN_WERKGEVER.name() + "' AND p.deleted = 0"
            + " AND p.candidate_id = c.id ORDER BY p.decided_on DESC, p.updated_at DESC LIMIT 1) END"
            + " AS profile_consent,"
            // Only pupils can miss a werknemersprofiel.
            + " CASE WHEN c.school_type IS NULL THEN 0 WHEN m.candidate_id IS NOT NULL THEN NOT m.has_profile"
            + " ELSE NOT EXISTS (SELECT 1 FROM werknemersprofiel w WHERE w.candidate_id = c.id AND w.deleted = 0) END"
            + " AS school_type_no_profile"
            + " FROM candidate c LEFT JOIN candidate_summary m ON m.candidate_id = c.id WHERE c.deleted = 0";

    /** Binds tomorrow's date to the SELECT's two parameters; returns the next parameter's index. */
    static int bindDay(PreparedStatement select, LocalDate today) throws SQLException {
        String tomorrow = today.plusDays(1).toString();
        select.setString(1, tomorrow);
        select.setString(2, tomorrow);
        return 3;
    }

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

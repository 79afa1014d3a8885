package nl.werkmap.store.caseload;

import java.nio.charset.StandardCharsets;
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
 * <p>Read lean (issue 13, rows at 150,000): texts that repeat over the caseload (status, coach id, register status,
 * sectors, school, destination) are shared strings ({@link StoredTexts}), and the four days are shared
 * {@link LocalDate}s read from the stored bytes ({@link DayTable}); a day that does not read that way (not plain
 * yyyy-MM-dd, out of range, not a real day) keeps its text in {@code odd}, and its accessor reads it with
 * {@link IsoDay} as before, so it parses or is refused exactly as it was, when the row is built.
 *
 * @param lastSession    the day of the latest session up to and including today, or null
 * @param lastLadder     the latest ladder measurement's date, or null
 * @param profileConsent the latest decision on sharing the profile with employers, or null if none
 * @param odd            null, or per day ({@link #REGISTERED_ON}, ...) the stored text of a day that did not read
 *                       quickly
 */
record CandidateLine(String id, byte[] fullName, byte[] preferredName, byte[] birthDate, String status, String coachId,
                     String registerStatus, String sectors, Double hoursAvailable, LocalDate quickRegisteredOn,
                     String schoolName, LocalDate quickLeaving, String schoolDestination, int present,
                     LocalDate quickLastSession, LocalDate quickLastLadder, Boolean profileConsent, String[] odd) {

    static final int REGISTERED_ON = 0;
    static final int LEAVING = 1;
    static final int LAST_SESSION = 2;
    static final int LAST_LADDER = 3;

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

    /** One line read on its own (a single row after a save); a whole list uses one {@link Reader} for all. */
    static CandidateLine read(ResultSet rs, DayTable days) throws SQLException {
        return new Reader(days).read(rs);
    }

    LocalDate registeredOn() {
        return odd == null || odd[REGISTERED_ON] == null ? quickRegisteredOn : IsoDay.of(odd[REGISTERED_ON]);
    }

    LocalDate expectedLeavingDate() {
        return odd == null || odd[LEAVING] == null ? quickLeaving : IsoDay.of(odd[LEAVING]);
    }

    /** starts_at is yyyy-MM-ddTHH:mm; only the day matters here. */
    LocalDate lastSession() {
        return odd == null || odd[LAST_SESSION] == null ? quickLastSession : IsoDay.ofMoment(odd[LAST_SESSION]);
    }

    LocalDate lastLadder() {
        return odd == null || odd[LAST_LADDER] == null ? quickLastLadder : IsoDay.of(odd[LAST_LADDER]);
    }

    /**
     * Reads the lines of one list read on its reading thread, sharing repeated texts, days and hours between them.
     * Not thread-safe; the days it made may be shared with the builder's threads ({@link DayTable}).
     *
     * <p>The driver's getBytes gives null exactly for SQL NULL (an empty text or blob gives an empty array), so a
     * NULL day or text is not asked again with getString (issue 13, unlockcold: most candidates are no pupils, and
     * their school, destination and leaving day cost a second call into the driver each, on the reading thread).
     * {@code CandidateLineReaderEquivalenceTest} holds the driver to that.
     */
    static final class Reader {

        private final StoredTexts texts = new StoredTexts();
        private final DayTable days;
        /** Hours as stored are mostly whole or half hours: one Double per such value instead of one per row. */
        private final Double[] halfHours = new Double[2 * 80 + 1];

        Reader(DayTable days) {
            this.days = days;
        }

        CandidateLine read(ResultSet rs) throws SQLException {
            double hours = rs.getDouble(8);
            Double hoursAvailable = rs.wasNull() ? null : hours(hours);
            boolean given = rs.getBoolean(18);
            Boolean profileConsent = rs.wasNull() ? null : given;
            String[] odd = null;
            byte[] stored = rs.getBytes(9);
            LocalDate registeredOn = days.of(stored, false);
            if (registeredOn == null && stored != null) {
                odd = odd(odd, REGISTERED_ON, rs.getString(9));
            }
            stored = rs.getBytes(11);
            LocalDate leaving = days.of(stored, false);
            if (leaving == null && stored != null) {
                odd = odd(odd, LEAVING, rs.getString(11));
            }
            stored = rs.getBytes(16);
            LocalDate lastSession = days.of(stored, true);
            if (lastSession == null && stored != null) {
                odd = odd(odd, LAST_SESSION, rs.getString(16));
            }
            stored = rs.getBytes(17);
            LocalDate lastLadder = days.of(stored, false);
            if (lastLadder == null && stored != null) {
                odd = odd(odd, LAST_LADDER, rs.getString(17));
            }
            return new CandidateLine(id(rs), rs.getBytes(2), rs.getBytes(3), rs.getBytes(15),
                    texts.text(rs, 4), texts.text(rs, 5), texts.text(rs, 6), texts.text(rs, 7), hoursAvailable,
                    registeredOn, texts.text(rs, 10), leaving, texts.text(rs, 12),
                    rs.getInt(14) | (rs.getBoolean(13) ? OTHER_SCHOOL : 0)
                            | (rs.getBoolean(19) ? SCHOOL_TYPE_NO_PROFILE : 0), lastSession, lastLadder,
                    profileConsent, odd);
        }

        /**
         * The candidate id as getString gives it. Ids are ASCII (UUIDs), where one byte is one character: the string
         * is made from the bytes SQLite hands over, without the driver's direct buffer and second copy. Anything
         * else goes through getString.
         */
        private static String id(ResultSet rs) throws SQLException {
            byte[] bytes = rs.getBytes(1);
            if (bytes == null || bytes.length == 0) {
                return rs.getString(1);
            }
            for (byte b : bytes) {
                if (b < 0) {
                    return rs.getString(1);
                }
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        /** Keeps a day's text for the slow path; a NULL day needs none. */
        private static String[] odd(String[] odd, int which, String text) {
            if (text == null) {
                return odd;
            }
            String[] kept = odd == null ? new String[4] : odd;
            kept[which] = text;
            return kept;
        }

        private Double hours(double hours) {
            double twice = hours * 2;
            int slot = (int) twice;
            if (slot < 0 || slot >= halfHours.length || slot != twice
                    || Double.doubleToRawLongBits(hours) != Double.doubleToRawLongBits(slot / 2.0)) {
                return hours;
            }
            Double shared = halfHours[slot];
            if (shared == null) {
                shared = hours;
                halfHours[slot] = shared;
            }
            return shared;
        }
    }

    boolean has(int field) {
        return (present & field) != 0;
    }
}

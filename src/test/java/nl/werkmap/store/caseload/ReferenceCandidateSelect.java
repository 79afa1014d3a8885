package nl.werkmap.store.caseload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import nl.werkmap.domain.ConsentPurpose;

/**
 * The caseload list's statement as it was before candidate_summary (V43): four correlated subqueries per candidate.
 * Kept as the oracle the summary-based {@link CandidateLine#SELECT} is checked against; it reads the same columns in
 * the same order, so {@link CandidateLine#read} takes its rows too.
 */
final class ReferenceCandidateSelect {

    private ReferenceCandidateSelect() {
    }

    /** One parameter: tomorrow's date. */
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

    /** Binds tomorrow's date; returns the next parameter's index. */
    static int bindDay(PreparedStatement select, LocalDate today) throws SQLException {
        select.setString(1, today.plusDays(1).toString());
        return 2;
    }

    /**
     * Every column of every row of {@code sql} (this statement or {@link CandidateLine#SELECT}, each with its own day
     * parameters) as text, blobs in hex, sorted: two reads compare as lists.
     */
    static List<String> rowsAsText(Connection c, String sql, LocalDate today, boolean summary) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (summary) {
                CandidateLine.bindDay(select, today);
            } else {
                bindDay(select, today);
            }
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        line.append(value instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(value))
                                .append('|');
                    }
                    lines.add(line.toString());
                }
            }
        }
        lines.sort(null);
        return lines;
    }
}

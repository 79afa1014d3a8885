package nl.werkmap.hub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.TrajectoryFacts;

/**
 * The retention facts of the master caseload in two set-based reads over its plain fields (status, dates, the
 * funder of the jobcoaching), and the retention periods the hub's administrator set ({@code hub_setting}: they bind
 * the hub's own overview; laptops take theirs from IT's machine-wide configuration). Nothing sealed is opened.
 */
public final class HubRetention {

    static final String YEARS = "retention-years";
    static final String UWV_YEARS = "retention-years-uwv";

    /** One candidate of the master caseload with the facts the retention rule needs. */
    public record Row(String candidateId, String coachId, boolean deleted, TrajectoryFacts facts) {
    }

    // Two reads, joined here per candidate. The candidate's plain fields come by key (one join per field on the
    // primary key), then every placement and grant of the caseload with the two fields the rule needs. Written as
    // correlated subqueries per candidate (placement end, running placement, UWV) it cost three more lookups of rows
    // per candidate: 3,968 ms at 150,000 in HubRetentionBench. Plain SQL both SQLite and PostgreSQL run.
    private static final String CANDIDATES = "SELECT r.entity_id, r.tombstone_hlc, s.value, ss.value, ro.value,"
            + " co.value FROM master_row r"
            + candidateField("s", "status") + candidateField("ss", "status_since")
            + candidateField("ro", "registered_on") + candidateField("co", "coach_id")
            + " WHERE r.entity = 'candidate'";

    // The UWV check keeps tombstoned placements and grants (as the trajectory did pay from UWV); the end and running
    // checks count only placements that still stand.
    private static final String PLACEMENTS = "SELECT p.candidate_id, p.entity, p.tombstone_hlc, e.value, j.value"
            + " FROM master_row p"
            + " LEFT JOIN master_field e ON p.entity = 'placement' AND e.entity = 'placement'"
            + "   AND e.entity_id = p.entity_id AND e.field = 'actual_end'"
            + " LEFT JOIN master_field j ON j.entity = p.entity AND j.entity_id = p.entity_id"
            + "   AND j.field = CASE p.entity WHEN 'placement' THEN 'jobcoach_type' ELSE 'financier' END"
            + " WHERE p.entity IN ('placement', 'jobcoach_grant') AND p.candidate_id IS NOT NULL";

    private HubRetention() {
    }

    private static String candidateField(String alias, String name) {
        return " LEFT JOIN master_field " + alias + " ON " + alias + ".entity = 'candidate' AND " + alias
                + ".entity_id = r.entity_id AND " + alias + ".field = '" + name + "'";
    }

    /** Every candidate of the master caseload with its retention facts. */
    public static List<Row> rows(DSLContext dsl) {
        return read(dsl, null);
    }

    /** One candidate's facts; empty when the hub does not hold it. */
    public static Optional<Row> of(DSLContext dsl, String candidateId) {
        return read(dsl, candidateId).stream().findFirst();
    }

    /** What the placements and grants of one candidate say. */
    private static final class Placements {
        String lastEnd;
        boolean running;
        boolean uwv;
    }

    private static List<Row> read(DSLContext dsl, String candidateId) {
        return dsl.connectionResult(connection -> {
            Map<String, Placements> placements = new HashMap<>();
            try (PreparedStatement read = connection.prepareStatement(
                    PLACEMENTS + (candidateId == null ? "" : " AND p.candidate_id = ?"))) {
                if (candidateId != null) {
                    read.setString(1, candidateId);
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Placements p = placements.computeIfAbsent(rs.getString(1), id -> new Placements());
                        boolean standing = rs.getString(3) == null;
                        if ("placement".equals(rs.getString(2)) && standing) {
                            String end = rs.getString(4);
                            if (end == null) {
                                p.running = true;
                            } else if (p.lastEnd == null || end.compareTo(p.lastEnd) > 0) {
                                p.lastEnd = end;
                            }
                        }
                        p.uwv |= "EXTERN_UWV".equals(rs.getString(5));
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement read = connection.prepareStatement(
                    CANDIDATES + (candidateId == null ? "" : " AND r.entity_id = ?"))) {
                if (candidateId != null) {
                    read.setString(1, candidateId);
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs, placements));
                    }
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet rs, Map<String, Placements> placements) throws SQLException {
        String id = rs.getString(1);
        boolean deleted = rs.getString(2) != null;
        String status = rs.getString(3);
        boolean ended = deleted || "UITGESTROOMD".equals(status) || "UIT_BEELD".equals(status);
        Placements p = placements.getOrDefault(id, NONE);
        TrajectoryFacts facts = new TrajectoryFacts(ended, date(rs.getString(4)), date(rs.getString(5)),
                date(p.lastEnd), !deleted && p.running, p.uwv);
        return new Row(id, rs.getString(6), deleted, facts);
    }

    private static final Placements NONE = new Placements();

    private static LocalDate date(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    /** The periods the hub's administrator set; the defaults where none is set. */
    public static RetentionPolicy policy(DSLContext dsl) {
        return new RetentionPolicy(setting(dsl, YEARS), setting(dsl, UWV_YEARS));
    }

    /** Sets the hub's periods (checked by {@link RetentionPolicy}); in the caller's write transaction. */
    public static void setPolicy(DSLContext dsl, RetentionPolicy policy) {
        put(dsl, YEARS, policy.years());
        put(dsl, UWV_YEARS, policy.uwvYears());
    }

    private static int setting(DSLContext dsl, String name) {
        return dsl.select(Tables.VALUE).from(Tables.HUB_SETTING).where(Tables.NAME.eq(name)).fetchOptional(Tables.VALUE)
                .map(Integer::parseInt).orElse(RetentionPolicy.DEFAULT_YEARS);
    }

    private static void put(DSLContext dsl, String name, int value) {
        if (dsl.update(Tables.HUB_SETTING).set(Tables.VALUE, Integer.toString(value)).where(Tables.NAME.eq(name))
                .execute() == 0) {
            dsl.insertInto(Tables.HUB_SETTING, Tables.NAME, Tables.VALUE).values(name, Integer.toString(value))
                    .execute();
        }
    }
}

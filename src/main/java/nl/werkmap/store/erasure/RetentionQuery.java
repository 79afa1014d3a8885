package nl.werkmap.store.erasure;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;

import nl.werkmap.domain.retention.TrajectoryFacts;

/**
 * The facts behind the retention overview, in one set-based query over the plain columns: every candidate whose
 * status ended the trajectory (or that was deleted: a tombstoned candidate's rows stay until erased), with the last
 * placement end, whether a placement still runs and whether UWV funded the jobcoaching. The per-candidate subqueries
 * use the candidate_id indexes; nothing sealed is opened here.
 */
public final class RetentionQuery {

    private static final String SQL = "SELECT c.id, c.coach_id, c.deleted, c.status, c.status_since, c.registered_on,"
            + " (SELECT MAX(p.actual_end) FROM placement p WHERE p.candidate_id = c.id AND p.deleted = 0),"
            + " EXISTS (SELECT 1 FROM placement p WHERE p.candidate_id = c.id AND p.deleted = 0"
            + "   AND p.actual_end IS NULL),"
            + " EXISTS (SELECT 1 FROM placement p WHERE p.candidate_id = c.id AND p.jobcoach_type = 'EXTERN_UWV')"
            + "   OR EXISTS (SELECT 1 FROM jobcoach_grant g WHERE g.candidate_id = c.id"
            + "   AND g.financier = 'EXTERN_UWV')"
            + " FROM candidate c WHERE (c.status IN ('UITGESTROOMD', 'UIT_BEELD') OR c.deleted = 1)";

    private RetentionQuery() {
    }

    /** Every candidate whose trajectory ended (or who was deleted), with the facts for the retention rule. */
    public static List<RetentionRow> ended(DSLContext dsl) {
        return dsl.resultQuery(SQL).fetch(RetentionQuery::row);
    }

    /** The facts of one candidate (any status), or null when the caseload does not hold it. */
    public static RetentionRow of(DSLContext dsl, String candidateId) {
        return dsl.resultQuery(SQL.substring(0, SQL.indexOf(" WHERE (c.status")) + " WHERE c.id = ?", candidateId)
                .fetchOne(RetentionQuery::row);
    }

    private static RetentionRow row(Record r) {
        boolean deleted = truth(r.get(2));
        String status = r.get(3, String.class);
        boolean ended = deleted || "UITGESTROOMD".equals(status) || "UIT_BEELD".equals(status);
        TrajectoryFacts facts = new TrajectoryFacts(ended, date(r.get(4, String.class)), date(r.get(5, String.class)),
                date(r.get(6, String.class)), !deleted && truth(r.get(7)), truth(r.get(8)));
        return new RetentionRow(r.get(0, String.class), r.get(1, String.class), deleted, facts);
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }
}

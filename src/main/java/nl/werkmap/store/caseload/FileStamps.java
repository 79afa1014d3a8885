package nl.werkmap.store.caseload;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Where each part of a candidate's file stood when it was read: per part the number of rows (tombstones and all) and
 * the latest {@code updated_at}. Every write on this device stamps its rows later than any stamp before it (hybrid
 * logical clock), and a delete leaves a tombstone with a new stamp, so a part whose stamp is unchanged holds the rows
 * it held; the row count catches rows removed outright (erasure). Read with plain columns only: nothing is opened.
 *
 * @param sessionsLast the latest stamp among the candidate's sessions, "" when there are none: sessions written
 *                     after it are the ones a refresh reads
 * @param liveSessions the sessions that are not deleted, to check a refresh's merged list against
 */
public record FileStamps(String consents, String goals, String actions, String ladder, String zrm,
                         String placements, String sessions, String sessionsLast, int liveSessions) {

    /** One part's rows: "count latest-stamp". */
    private static String part(String table, String where) {
        return "(SELECT count(*) || ' ' || ifnull(max(t.updated_at), '') FROM " + table + " t " + where + ")";
    }

    private static final String BY_CANDIDATE = "WHERE t.candidate_id = ?";
    /** Placements with their contacts and employers: a change to any of them changes what the file shows. */
    private static final String SQL = "SELECT "
            + part("consent", BY_CANDIDATE) + ", "
            + part("plan_goal", BY_CANDIDATE) + ", "
            + part("plan_action", BY_CANDIDATE) + ", "
            + part("ladder_measurement", BY_CANDIDATE) + ", "
            + part("zrm_measurement", BY_CANDIDATE) + ", "
            + part("placement", BY_CANDIDATE) + " || ' ' || "
            + part("employer_contact", "JOIN placement p ON t.placement_id = p.id WHERE p.candidate_id = ?")
            + " || ' ' || "
            + part("employer", "JOIN placement p ON p.employer_id = t.id WHERE p.candidate_id = ?") + ", "
            + part("coaching_session", BY_CANDIDATE) + ", "
            + "(SELECT ifnull(max(updated_at), '') FROM coaching_session WHERE candidate_id = ?), "
            + "(SELECT count(*) FROM coaching_session WHERE candidate_id = ? AND deleted = 0)";
    private static final int PARAMETERS = 11;

    static FileStamps read(DSLContext dsl, UUID candidateId) {
        Object[] id = new Object[PARAMETERS];
        java.util.Arrays.fill(id, candidateId.toString());
        Record r = dsl.fetchOne(SQL, id);
        return new FileStamps(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, String.class), r.get(6, String.class),
                r.get(7, String.class), r.get(8, Integer.class));
    }
}

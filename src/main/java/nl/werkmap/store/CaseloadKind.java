package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CASELOAD_INFO;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.EMPLOYER;

import java.time.Instant;

import org.jooq.DSLContext;

/**
 * Whether the file holds a demo caseload (fictional people, never to be synced) or a real one. A file without a
 * caseload_info row is real; a file becomes demo only while it is still empty, so real rows can never be turned
 * into demo rows that escape the change log.
 */
final class CaseloadKind {

    private CaseloadKind() {
    }

    static boolean isDemo(DSLContext dsl) {
        Boolean demo = dsl.select(CASELOAD_INFO.DEMO).from(CASELOAD_INFO).fetchOne(CASELOAD_INFO.DEMO);
        return Boolean.TRUE.equals(demo);
    }

    /**
     * Marks an empty caseload as demo, in the caller's write transaction; a demo caseload stays demo.
     *
     * @throws StoreException if the caseload already holds real rows or changes
     */
    static void markDemo(DSLContext tx, Instant now) {
        if (isDemo(tx)) {
            return;
        }
        boolean hasRows = tx.fetchExists(CANDIDATE) || tx.fetchExists(COACH) || tx.fetchExists(EMPLOYER)
                || tx.fetchExists(CHANGE_LOG) || tx.fetchExists(CASELOAD_INFO);
        if (hasRows) {
            throw new StoreException("Deze caseload bevat al echte gegevens. Demogegevens kunnen alleen in een nieuwe,"
                    + " lege caseload worden gezet. Kies een lege map voor de demo.");
        }
        tx.insertInto(CASELOAD_INFO, CASELOAD_INFO.ID, CASELOAD_INFO.DEMO, CASELOAD_INFO.CREATED_AT)
                .values(1, true, now.toString()).execute();
    }
}

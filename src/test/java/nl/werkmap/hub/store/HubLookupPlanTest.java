package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two reads of the hub that walked every row of master_row (issue 13, found by asking SQLite for the plan of every
 * statement the hub's tests run): a device's round without newly visible candidates asked for tombstones with
 * {@code OR candidate_id IN ()}, and the rows behind a device's conflict decisions were asked by id alone. Both now
 * go through an index; without statistics the plan depends on the schema and the statement only.
 */
class HubLookupPlanTest {

    @TempDir
    Path dir;

    @Test
    void aRoundsTombstonesAreReadThroughTheJournalWindow() {
        String plan = plan(dsl -> CaseloadFeed.tombstones(dsl, Tables.JOURNAL_SEQ.gt(100L)
                .and(Tables.JOURNAL_SEQ.le(200L)), List.of()));
        assertTrue(plan.contains("USING INDEX master_row_journal (journal_seq>? AND journal_seq<?)"), plan);
        String withNewlyVisible = plan(dsl -> CaseloadFeed.tombstones(dsl, Tables.JOURNAL_SEQ.gt(100L)
                .and(Tables.JOURNAL_SEQ.le(200L)), List.of("c-1", "c-2")));
        assertFalse(withNewlyVisible.contains("SCAN master_row"), withNewlyVisible);
    }

    @Test
    void theRowsBehindDecisionsAreReadByTheirKey() {
        String plan = plan(dsl -> ConflictResolutions.rowsSeen(dsl, List.of("coach-1"), List.of("placement"),
                List.of("p-1", "p-2")));
        assertTrue(plan.contains("sqlite_autoindex_master_row_1 (entity=? AND entity_id=?)"), plan);
    }

    private String plan(Function<DSLContext, Query> query) {
        HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("plan.db"), null, null);
        try {
            return db.read(dsl -> dsl.fetch("EXPLAIN QUERY PLAN " + query.apply(dsl).getSQL(ParamType.INLINED))
                    .stream().map(r -> r.get("detail", String.class)).toList().toString());
        } finally {
            db.close();
        }
    }
}

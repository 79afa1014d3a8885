package nl.werkmap.store.repo;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import nl.werkmap.store.mapping.EntityTable;

/**
 * Tombstones a candidate together with everything that hangs under them, in one transaction: what stays live
 * under a deleted candidate would still show up in reports and sync to other devices as orphans. Each row gets its
 * own tombstone change, so other devices delete the same rows.
 */
final class CandidateTombstone {

    /** Tables keyed on candidate_id, children before their parents (actions before goals and sessions). */
    private static final List<EntityTable<?>> BY_CANDIDATE = List.of(PlanMapping.ACTIONS, PlanMapping.GOALS,
            SessionMapping.TABLE, MeasurementMapping.LADDER, MeasurementMapping.ZRM, ConsentMapping.TABLE,
            LoonwaardeMapping.TABLE, GrantMapping.TABLE, ProfielMapping.ERVARING, ProfielMapping.PROFIEL,
            FormMapping.TABLE,
            // The candidate's own statements on their records go with the records (issue 16).
            nl.werkmap.store.avg.ZienswijzeMapping.TABLE);

    private CandidateTombstone() {
    }

    static boolean tombstone(StoreContext context, UUID candidateId) {
        String id = candidateId.toString();
        return context.database().write(tx -> {
            if (!context.writer().tombstone(tx, CandidateMapping.TABLE, id)) {
                return false;
            }
            List<String> placements = liveIds(tx, PlacementMapping.TABLE, "candidate_id", List.of(id));
            tombstoneAll(context, tx, EmployerContactMapping.TABLE,
                    liveIds(tx, EmployerContactMapping.TABLE, "placement_id", placements));
            for (EntityTable<?> table : BY_CANDIDATE) {
                tombstoneAll(context, tx, table, liveIds(tx, table, "candidate_id", List.of(id)));
            }
            tombstoneAll(context, tx, PlacementMapping.TABLE, placements);
            return true;
        });
    }

    private static List<String> liveIds(DSLContext tx, EntityTable<?> table, String column, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return tx.select(table.idField()).from(table.table())
                .where(table.field(column).in(keys))
                .and(table.deletedField().isFalse())
                .fetch(table.idField());
    }

    private static void tombstoneAll(StoreContext context, DSLContext tx, EntityTable<?> table, List<String> ids) {
        for (String rowId : ids) {
            context.writer().tombstone(tx, table, rowId);
        }
    }
}

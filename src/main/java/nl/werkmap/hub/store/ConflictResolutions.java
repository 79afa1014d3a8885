package nl.werkmap.hub.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.sync.protocol.Resolution;

/**
 * The coaches' "keep" decisions on conflicts, as up-bundles bring them, in {@code hub_conflict_resolution}. A
 * decision counts only from a device whose coach sees the record: a coach's own candidates, a team lead's team's,
 * and rows of no candidate for everyone, as in the down feed. Others are ignored, not refused: a candidate can be
 * transferred away while a decision waits offline, and refusing the bundle would stop the changes it carries too.
 * A decision on a row the hub does not hold is ignored the same way. Kept decisions are one row per device and
 * conflict, so a decision that arrives twice is kept once; a decision on a loss the hub has not (yet) recorded waits
 * harmlessly and settles that loss when it is recorded.
 */
final class ConflictResolutions {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictResolutions.class);
    private static final Table<?> RESOLUTION = table(name("hub_conflict_resolution"));

    private ConflictResolutions() {
    }

    /**
     * Keeps the decisions {@code deviceId} may make, at journal position {@code seq}; returns the conflict keys
     * (entity, id, field, losing stamp) they name.
     */
    static List<List<String>> accept(DSLContext dsl, String deviceId, Collection<String> visibleCoaches,
                                     List<Resolution> decisions, long seq) {
        Set<List<String>> visibleRows = visibleRows(dsl, visibleCoaches, decisions);
        List<List<String>> accepted = new ArrayList<>();
        for (Resolution decision : decisions) {
            if (!visibleRows.contains(List.of(decision.entity(), decision.id()))) {
                LOG.info("Keuze over conflict {}.{} van apparaat {} genegeerd: dat apparaat ziet de kandidaat niet"
                        + " (meer).", decision.entity(), decision.field(), deviceId);
                continue;
            }
            dsl.insertInto(RESOLUTION, text("entity"), text("entity_id"), text("field"), text("losing_hlc"),
                            text("device_id"), text("decision"), DSL.field(name("journal_seq"), SQLDataType.BIGINT))
                    .values(decision.entity(), decision.id(), decision.field(), decision.hlc(), deviceId,
                            decision.decision(), seq)
                    .onConflictDoNothing().execute();
            accepted.add(List.of(decision.entity(), decision.id(), decision.field(), decision.hlc()));
        }
        return accepted;
    }

    /** Of these conflict keys, the ones a kept decision names (decided before the hub recorded the loss). */
    static List<List<String>> decided(DSLContext dsl, Collection<List<String>> losses) {
        if (losses.isEmpty()) {
            return List.of();
        }
        List<String> ids = losses.stream().map(l -> l.get(1)).distinct().toList();
        Set<List<String>> kept = new HashSet<>();
        for (int start = 0; start < ids.size(); start += 500) {
            dsl.select(text("entity"), text("entity_id"), text("field"), text("losing_hlc")).from(RESOLUTION)
                    .where(text("entity_id").in(ids.subList(start, Math.min(ids.size(), start + 500))))
                    .fetch().forEach(r -> kept.add(List.of(r.value1(), r.value2(), r.value3(), r.value4())));
        }
        return losses.stream().filter(kept::contains).toList();
    }

    /** The (entity, id) of the decided rows the hub holds and the device sees. */
    private static Set<List<String>> visibleRows(DSLContext dsl, Collection<String> visibleCoaches,
                                                 List<Resolution> decisions) {
        List<String> ids = decisions.stream().map(Resolution::id).distinct().toList();
        List<String> entities = decisions.stream().map(Resolution::entity).distinct().toList();
        Set<List<String>> visible = new HashSet<>();
        for (int start = 0; start < ids.size(); start += 500) {
            rowsSeen(dsl, visibleCoaches, entities, ids.subList(start, Math.min(ids.size(), start + 500)))
                    .fetch().forEach(row -> visible.add(List.of(row.value1(), row.value2())));
        }
        return visible;
    }

    /**
     * The rows of these entities and ids that the coaches' devices see. Asked by entity as well as id: by id alone no
     * index of master_row fits (its key leads with the entity), and SQLite read every row of the hub's caseload for
     * each batch of decisions a device sent. {@code HubLookupPlanTest} holds the plan to the key.
     */
    static ResultQuery<Record2<String, String>> rowsSeen(DSLContext dsl, Collection<String> visibleCoaches,
                                                         Collection<String> entities, Collection<String> ids) {
        Table<?> r = table(name("master_row")).as("r");
        Table<?> owner = table(name("master_field")).as("o");
        org.jooq.Field<String> candidate = field(name("r", "candidate_id"), String.class);
        org.jooq.Field<String> coach = field(name("o", "value"), String.class);
        return dsl.select(field(name("r", "entity"), String.class), field(name("r", "entity_id"), String.class))
                .from(r)
                .leftJoin(owner).on(field(name("o", "entity"), String.class).eq("candidate"))
                .and(field(name("o", "entity_id"), String.class).eq(candidate))
                .and(field(name("o", "field"), String.class).eq("coach_id"))
                .where(field(name("r", "entity"), String.class).in(entities))
                .and(field(name("r", "entity_id"), String.class).in(ids))
                .and(candidate.isNull().or(coach.in(visibleCoaches)));
    }

    private static org.jooq.Field<String> text(String column) {
        return DSL.field(name(column), SQLDataType.VARCHAR);
    }
}

package nl.werkmap.store.avg;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.time.Instant;
import java.util.List;

import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.AccessResult;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The access_log table (V37): action, object, result, moment and origin stay plain so the log can be filtered and
 * counted without opening anything; the actor's name, the reason and the detail are sealed like any personal text.
 */
public final class AccessLogMapping {

    public static final EntityTable<AccessEntry> TABLE = new EntityTable<>(Tables.ACCESS_LOG, AccessEntry::id,
            List.of(
                    plain("candidate_id", AccessEntry::candidateId),
                    plain("action", AccessEntry::action),
                    plain("object", AccessEntry::object),
                    plain("object_id", AccessEntry::objectId),
                    plain("result", AccessEntry::result),
                    plain("actor_id", AccessEntry::actorId),
                    sealed("actor", AccessEntry::actor),
                    plain("occurred_at", AccessEntry::occurredAt),
                    plain("origin", AccessEntry::origin),
                    sealed("purpose", AccessEntry::purpose),
                    sealed("detail", AccessEntry::detail)),
            r -> new AccessEntry(r.id(), r.uuid("candidate_id"), r.enumValue("action", AccessAction.class),
                    r.text("object"), r.uuid("object_id"), r.enumValue("result", AccessResult.class),
                    r.uuid("actor_id"), r.opened("actor"), Instant.parse(r.text("occurred_at")), r.text("origin"),
                    r.opened("purpose"), r.opened("detail")));

    private AccessLogMapping() {
    }
}

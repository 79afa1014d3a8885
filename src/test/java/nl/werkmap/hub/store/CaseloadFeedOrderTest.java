package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jooq.ForeignKey;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import nl.werkmap.store.jooq.DefaultSchema;
import nl.werkmap.sync.schema.CaseloadSchema;

/** The feed lists every synced entity, each after the entities it refers to (the caseload schema's foreign keys). */
class CaseloadFeedOrderTest {

    @Test
    void everySyncedEntityComesAfterWhatItRefersTo() {
        List<String> order = CaseloadFeed.ENTITY_ORDER;
        List<String> wrong = new ArrayList<>();
        for (String entity : CaseloadSchema.entities()) {
            if (!order.contains(entity)) {
                wrong.add(entity + " is not in ENTITY_ORDER");
                continue;
            }
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
            for (ForeignKey<?, ?> key : table.getReferences()) {
                String referenced = key.getKey().getTable().getName();
                if (!referenced.equals(entity) && order.indexOf(referenced) > order.indexOf(entity)) {
                    wrong.add(entity + " comes before " + referenced + ", which it refers to");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
    }
}

package nl.werkmap.store.avg;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The zienswijze table (V38): which record it is about stays plain, the candidate's words are sealed. */
public final class ZienswijzeMapping {

    public static final EntityTable<Zienswijze> TABLE = new EntityTable<>(Tables.ZIENSWIJZE, Zienswijze::id,
            List.of(
                    plain("candidate_id", Zienswijze::candidateId),
                    plain("record_entity", Zienswijze::recordEntity),
                    plain("record_id", Zienswijze::recordId),
                    sealed("text", Zienswijze::text),
                    plain("given_on", Zienswijze::givenOn)),
            r -> new Zienswijze(r.id(), r.uuid("candidate_id"), r.text("record_entity"), r.uuid("record_id"),
                    r.opened("text"), r.date("given_on")));

    private ZienswijzeMapping() {
    }
}

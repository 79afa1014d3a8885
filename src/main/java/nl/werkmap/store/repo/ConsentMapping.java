package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;

import java.util.List;

import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The consent table: purpose, yes/no and date are facts reports count, so they stay plain. */
public final class ConsentMapping {

    public static final EntityTable<Consent> TABLE = new EntityTable<>(Tables.CONSENT, Consent::id, List.of(
            plain("candidate_id", Consent::candidateId),
            plain("purpose", Consent::purpose),
            plain("given", Consent::given),
            plain("decided_on", Consent::decidedOn)),
            r -> new Consent(r.id(), r.uuid("candidate_id"), r.enumValue("purpose", ConsentPurpose.class),
                    r.flag("given"), r.date("decided_on")));

    private ConsentMapping() {
    }
}

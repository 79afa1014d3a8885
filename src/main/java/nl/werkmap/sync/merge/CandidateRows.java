package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_FORM;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static nl.werkmap.store.jooq.Tables.PLAN_ACTION;
import static nl.werkmap.store.jooq.Tables.PLAN_GOAL;
import static nl.werkmap.store.jooq.Tables.PROFILE_SHARE;
import static nl.werkmap.store.jooq.Tables.LOONWAARDE_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.WERKERVARING;
import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Which rows belong to one candidate: the candidate row, the rows that carry its id, and contacts of its placements. */
public final class CandidateRows {

    /** Tables hanging off a candidate by candidate_id, children before parents (foreign keys). */
    static final List<Table<?>> BY_CANDIDATE = List.of(JOBCOACH_FORM, COACHING_SESSION, PLAN_ACTION, PLAN_GOAL, CONSENT,
            LADDER_MEASUREMENT, ZRM_MEASUREMENT, LOONWAARDE_MEASUREMENT, JOBCOACH_GRANT, WERKNEMERSPROFIEL,
            WERKERVARING,
            PROFILE_SHARE, nl.werkmap.store.jooq.Tables.ZIENSWIJZE, nl.werkmap.store.jooq.Tables.ACCESS_LOG);

    private CandidateRows() {
    }

    /** The ids of the candidate's row and every row that belongs to it (deleted ones too). */
    public static List<String> of(DSLContext dsl, String candidate) {
        List<String> ids = new ArrayList<>();
        ids.add(candidate);
        for (Table<?> table : BY_CANDIDATE) {
            ids.addAll(dsl.select(id(table)).from(table).where(candidateId(table).eq(candidate)).fetch(id(table)));
        }
        List<String> placements = dsl.select(PLACEMENT.ID).from(PLACEMENT).where(PLACEMENT.CANDIDATE_ID.eq(candidate))
                .fetch(PLACEMENT.ID);
        ids.addAll(placements);
        ids.addAll(dsl.select(EMPLOYER_CONTACT.ID).from(EMPLOYER_CONTACT)
                .where(EMPLOYER_CONTACT.PLACEMENT_ID.in(placements)).fetch(EMPLOYER_CONTACT.ID));
        return ids;
    }

    @SuppressWarnings("unchecked")
    static Field<String> id(Table<?> table) {
        return (Field<String>) table.field("id");
    }

    @SuppressWarnings("unchecked")
    static Field<String> candidateId(Table<?> table) {
        return (Field<String>) table.field("candidate_id");
    }
}

package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.COACH;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;

/**
 * Every coach's name by id, read once for a werklijst instead of a join to the coach table on every placement row
 * (tens of thousands at 150,000 candidates, each a lookup and a name string of its own, for a few hundred coaches).
 * What it gives is what the left join gave: the name of the coach with that id, "Onbekende coach" when there is no
 * such row, "Zonder coach" without an id ({@link CaseloadQueries#coachName}).
 */
final class CoachNames {

    private final Map<String, String> byId;

    private CoachNames(Map<String, String> byId) {
        this.byId = byId;
    }

    static CoachNames read(DSLContext dsl) {
        Map<String, String> byId = new HashMap<>();
        PlainRows.each(dsl, dsl.select(COACH.ID, COACH.NAME).from(COACH), rs -> byId.put(rs.getString(1),
                rs.getString(2)));
        return new CoachNames(byId);
    }

    /** The name the werklijst shows for a candidate's coach id (null: no coach). */
    String of(String coachId) {
        return CaseloadQueries.coachName(coachId == null ? null : byId.get(coachId), coachId);
    }
}

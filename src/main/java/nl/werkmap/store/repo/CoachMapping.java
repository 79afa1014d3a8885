package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;

import java.util.List;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The coach table: staff, not clients, so nothing is sealed (team figures group per coach name). */
public final class CoachMapping {

    public static final EntityTable<Coach> TABLE = new EntityTable<>(Tables.COACH, Coach::id, List.of(
            plain("name", Coach::name),
            plain("role", Coach::role),
            plain("team", Coach::team),
            plain("caseload_target", Coach::caseloadTarget)),
            r -> new Coach(r.id(), r.text("name"), r.enumValue("role", CoachRole.class), r.text("team"),
                    r.integer("caseload_target")));

    private CoachMapping() {
    }
}

package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.COACH;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Turns a {@link ReportScope} into SQL conditions on a coach-id column. */
final class ScopeFilter {

    private final ReportScope scope;

    ScopeFilter(ReportScope scope) {
        this.scope = scope;
    }

    /** Whether the scope is every candidate on this device (no condition on the coach). */
    boolean everyone() {
        return scope.kind() == ReportScope.Kind.ALLES;
    }

    /** Rows whose coach column falls in the scope. */
    Condition on(Field<String> coachId) {
        switch (scope.kind()) {
            case ALLES:
                return DSL.noCondition();
            case TEAM:
                return coachId.in(DSL.select(COACH.ID).from(COACH)
                        .where(COACH.TEAM.eq(scope.value())).and(COACH.DELETED.eq(false)));
            default:
                return coachId.eq(scope.value());
        }
    }

    /** Words for the cover, e.g. "team Noord" or "coach A. de Vries". Coach names are staff, not clients. */
    String describe(DSLContext dsl) {
        switch (scope.kind()) {
            case ALLES:
                return "alle kandidaten op dit apparaat";
            case TEAM:
                return "team " + scope.value();
            default:
                String name = dsl.select(COACH.NAME).from(COACH).where(COACH.ID.eq(scope.value())).fetchOne(COACH.NAME);
                String who = name == null ? scope.value() : name;
                return (scope.kind() == ReportScope.Kind.EIGEN ? "eigen caseload (" : "coach ") + who
                        + (scope.kind() == ReportScope.Kind.EIGEN ? ")" : "");
        }
    }
}

package nl.werkmap.report;

import java.util.Locale;
import java.util.Objects;

/**
 * Whose caseload a report covers: the user's own, one coach's, one team's, or everything on this device. The scope
 * selects candidates by their coach ({@code candidate.coach_id}) and coach-level figures (hours per day) by the
 * coach who logged the session.
 */
public record ReportScope(Kind kind, String value) {

    public enum Kind { EIGEN, COACH, TEAM, ALLES }

    public ReportScope {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ALLES && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("Een " + kind.name().toLowerCase(Locale.ROOT) + "-overzicht heeft een "
                    + (kind == Kind.TEAM ? "teamnaam" : "coach") + " nodig.");
        }
        if (kind == Kind.ALLES) {
            value = null;
        }
    }

    /** The caseload of the coach using this device. */
    public static ReportScope own(String coachId) {
        return new ReportScope(Kind.EIGEN, coachId);
    }

    public static ReportScope coach(String coachId) {
        return new ReportScope(Kind.COACH, coachId);
    }

    public static ReportScope team(String team) {
        return new ReportScope(Kind.TEAM, team);
    }

    public static ReportScope all() {
        return new ReportScope(Kind.ALLES, null);
    }
}

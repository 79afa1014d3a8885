package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * The candidates with a session this week, read once for the werklijst's "uren invoeren" test instead of a look-up
 * per jobcoach placement (issue 13: tens of thousands of placements at 150,000 candidates, about 45 ms of the
 * jobcoach half). A session counts whatever placement it is for (or none), as long as it is not tombstoned and
 * starts in the week: {@code starts_at} is an ISO date-time, so the week's sessions sort from Monday up to, not
 * including, the Monday after.
 */
final class WeekSessions {

    /** Candidate ids are UUIDs; a line break never occurs in one. */
    private static final char SEPARATOR = '\n';

    private WeekSessions() {
    }

    /**
     * The ids of the candidates with a live session from {@code monday} up to the Monday after: of every candidate
     * when {@code inScope} is null, else only of the candidates it holds (a coach's week: their own candidates'
     * sessions, each looked up in its candidate's index, not the whole region's week).
     */
    static Set<String> candidates(DSLContext dsl, LocalDate monday, Condition inScope) {
        // One range over the session date index (session_report covers candidate_id), handed over as one text:
        // one column read instead of one per session (tens of thousands a week at 150,000).
        String[] ids = new String[1];
        PlainRows.each(dsl, query(dsl, monday, inScope), rs -> ids[0] = rs.getString(1));
        return split(ids[0]);
    }

    static ResultQuery<?> query(DSLContext dsl, LocalDate monday, Condition inScope) {
        Condition week = COACHING_SESSION.DELETED.eq(false)
                .and(COACHING_SESSION.STARTS_AT.ge(monday.toString()))
                .and(COACHING_SESSION.STARTS_AT.lt(monday.plusWeeks(1).toString()));
        if (inScope != null) {
            week = week.and(COACHING_SESSION.CANDIDATE_ID.in(select(CANDIDATE.ID).from(CANDIDATE).where(inScope)));
        }
        return dsl.select(field("group_concat({0}, char(10))", String.class, COACHING_SESSION.CANDIDATE_ID))
                .from(COACHING_SESSION)
                .where(week);
    }

    private static Set<String> split(String ids) {
        if (ids == null) {
            return Set.of();
        }
        // Sized for a UUID and its separator per session, so the set is not grown step by step.
        Set<String> out = new HashSet<>(Math.max(16, ids.length() / 37 * 4 / 3 + 1));
        int from = 0;
        while (from <= ids.length()) {
            int end = ids.indexOf(SEPARATOR, from);
            if (end < 0) {
                end = ids.length();
            }
            out.add(ids.substring(from, end));
            from = end + 1;
        }
        return out;
    }
}

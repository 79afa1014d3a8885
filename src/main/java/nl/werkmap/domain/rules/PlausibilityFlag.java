package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One thing in a coach's logged hours that an auditor would question. A day over the reason limit is resolved once
 * the coach wrote a reason on one of that day's sessions; every other flag is shown until the hours change.
 *
 * @param day        the day it is about
 * @param sessionIds the sessions involved, in order of start
 * @param hours      the hours that tripped it (the day's total, the grant's use), 0 where not a matter of hours
 * @param resolved   the coach gave the written reason the flag asks for
 */
public record PlausibilityFlag(Kind kind, LocalDate day, List<UUID> sessionIds, double hours, boolean resolved) {

    public enum Kind {
        /** The coach's day across all clients runs over 10 hours: shown as a warning. */
        DAY_OVER_WARNING,
        /** The coach's day runs over 16 hours: needs a written reason. */
        DAY_OVER_MAXIMUM,
        /** Two sessions of the same coach overlap in time (parts of one group session do not). */
        OVERLAP,
        /** Hours on a placement with toekenningen, on a day none of them covers. */
        OUTSIDE_GRANT,
        /** Logged more than 7 days after the session. */
        LOGGED_LATE,
        /** The toekenning covering the day was used up before this session. */
        BEYOND_GRANT
    }

    public PlausibilityFlag {
        sessionIds = List.copyOf(sessionIds);
    }

    /**
     * Whether it must be resolved before the team lead can approve the week: a long day without its reason, an
     * overlap, hours outside or beyond a grant. A day over 10 hours and late logging are shown, but cannot be undone
     * by correcting anything, so they do not hold the approval up.
     */
    public boolean open() {
        return !resolved && kind != Kind.DAY_OVER_WARNING && kind != Kind.LOGGED_LATE;
    }
}

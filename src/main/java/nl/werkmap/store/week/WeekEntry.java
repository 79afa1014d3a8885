package nl.werkmap.store.week;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;

/**
 * One line of a coach's day or week, before names are added: an appointment (a session that has a time), an
 * agreed action that falls due, or a date the caseload sets (school leaving). Deadlines of placements come from the
 * werklijst and are turned into the same shape by the caller.
 *
 * @param refId     the session, action or placement the line is about
 * @param time      the start time of an appointment; null for things that are due on a day
 * @param minutes   the planned length of an appointment, 0 otherwise
 * @param text      the action's description or the appointment's place once opened ({@link WeekQuery#opened}),
 *                  else null
 * @param sealed    the same, still sealed as read; opened only for the lines that are shown
 * @param state     an appointment's state (null: not said, as before states existed); null for other lines
 * @param reason    why an appointment did not take place, if said
 */
public record WeekEntry(Kind kind, LocalDate date, LocalTime time, UUID candidateId, UUID refId, int minutes,
                        SessionType type, SessionLocation location, ActionOwner owner, String text, byte[] sealed,
                        AppointmentState state, MissedReason reason) {

    /** A line that is no appointment, or an appointment without a state. */
    public WeekEntry(Kind kind, LocalDate date, LocalTime time, UUID candidateId, UUID refId, int minutes,
                     SessionType type, SessionLocation location, ActionOwner owner, String text, byte[] sealed) {
        this(kind, date, time, candidateId, refId, minutes, type, location, owner, text, sealed, null, null);
    }

    /** A line with nothing sealed (deadlines, school leaving). */
    public WeekEntry(Kind kind, LocalDate date, LocalTime time, UUID candidateId, UUID refId, int minutes,
                     SessionType type, SessionLocation location, ActionOwner owner, String text) {
        this(kind, date, time, candidateId, refId, minutes, type, location, owner, text, null);
    }

    /** What the line is; the order is the order of lines on the same day and time. */
    public enum Kind { AFSPRAAK, ACTIE, EINDE_PROEFPLAATSING, HALFJAARRAPPORTAGE, LOONWAARDEMETING, SCHOOL_VERLATEN,
        TERMIJN }

    /** Due before today and not done; an appointment only while it is still gepland (not finished). */
    public boolean overdue(LocalDate today) {
        return date.isBefore(today) && (kind != Kind.AFSPRAAK || state == AppointmentState.GEPLAND);
    }

    /** An appointment whose time has come while it is still gepland: the coach says gedaan or niet doorgegaan. */
    public boolean toFinish(java.time.LocalDateTime now) {
        return kind == Kind.AFSPRAAK && state == AppointmentState.GEPLAND && time != null
                && !date.atTime(time).isAfter(now);
    }

    /** The appointment did not take place. */
    public boolean missed() {
        return kind == Kind.AFSPRAAK && state == AppointmentState.NIET_DOORGEGAAN;
    }
}

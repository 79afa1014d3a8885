package nl.werkmap.domain.validation;

import java.time.LocalDateTime;
import java.util.List;

import nl.werkmap.domain.AppointmentState;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Checks a coaching session as logged: start, location and type required; 1 to 600 minutes; 0 to 24 hours
 * accounted. The public constants are the field names used in the problems.
 */
public final class SessionValidator {
    public static final String STARTS_AT = "startsAt";
    public static final String LOCATION = "location";
    public static final String TYPE = "type";
    public static final String DURATION_MINUTES = "durationMinutes";
    public static final String HOURS_ACCOUNTED = "hoursAccounted";
    public static final String STATE = "state";

    private SessionValidator() {
    }

    public static List<ValidationProblem> validate(CoachingSession session) {
        Problems problems = new Problems();
        problems.require(STARTS_AT, session.startsAt());
        problems.require(LOCATION, session.location());
        problems.require(TYPE, session.type());
        int minutes = session.durationMinutes();
        if (minutes < WerkmapRules.SESSION_MIN_MINUTES || minutes > WerkmapRules.SESSION_MAX_MINUTES) {
            problems.add(DURATION_MINUTES, ValidationMessage.SESSION_DURATION_RANGE);
        }
        double hours = session.hoursAccounted();
        if (hours < 0 || hours > WerkmapRules.SESSION_MAX_HOURS_ACCOUNTED) {
            problems.add(HOURS_ACCOUNTED, ValidationMessage.SESSION_HOURS_RANGE);
        }
        return problems.toList();
    }

    /** As {@link #validate}, and an appointment said to be gedaan must have started by {@code now}. */
    public static List<ValidationProblem> validateAt(CoachingSession session, LocalDateTime now) {
        List<ValidationProblem> problems = new java.util.ArrayList<>(validate(session));
        if (session.state() == AppointmentState.GEDAAN && session.startsAt() != null
                && session.startsAt().isAfter(now)) {
            problems.add(ValidationProblem.of(STATE, ValidationMessage.SESSION_DONE_IN_FUTURE));
        }
        return problems;
    }
}

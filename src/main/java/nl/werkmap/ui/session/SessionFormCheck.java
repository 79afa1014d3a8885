package nl.werkmap.ui.session;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * What is wrong with the "Sessie vastleggen" form as it stands, field by field: the session's own rules, plus what
 * only the form knows (no candidate picked, a time or number that does not parse, a reason the hours check asks for).
 */
final class SessionFormCheck {

    static final String CANDIDATE = "candidate";
    static final String TIME_FORMAT = "form.time";
    static final String TRAVEL = "travelMinutes";

    private SessionFormCheck() {
    }

    /**
     * The problems of {@code draft} for {@code candidate} (null: none picked yet) at {@code now};
     * {@code reasonNeeded}: the hours check asks why the day is long.
     */
    static List<ValidationProblem> problems(SessionDraft draft, CaseloadRow candidate, boolean reasonNeeded,
            LocalDateTime now) {
        List<ValidationProblem> found = new ArrayList<>();
        if (candidate == null) {
            found.add(ValidationProblem.of(CANDIDATE, ValidationMessage.REQUIRED));
        }
        UUID anyId = candidate == null ? UUID.randomUUID() : candidate.id();
        // A session logged here happened; one still ahead is an appointment (Agenda, Ctrl+P): said at the time.
        for (ValidationProblem p : SessionValidator.validateAt(draft.session(anyId, null), now)) {
            found.add(p.field().equals(SessionValidator.STATE)
                    ? new ValidationProblem(SessionValidator.STARTS_AT, p.messageKey()) : p);
        }
        if (!draft.time.get().isBlank() && draft.parsedTime() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.STARTS_AT));
            found.add(new ValidationProblem(SessionValidator.STARTS_AT, TIME_FORMAT));
        }
        if (draft.parsedMinutes() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.DURATION_MINUTES));
            found.add(new ValidationProblem(SessionValidator.DURATION_MINUTES, "form.number"));
        }
        if (draft.parsedHours() == null) {
            found.removeIf(p -> p.field().equals(SessionValidator.HOURS_ACCOUNTED));
            found.add(new ValidationProblem(SessionValidator.HOURS_ACCOUNTED, "form.number"));
        }
        if (draft.parsedTravel() == null || draft.parsedTravel() < 0) {
            found.add(new ValidationProblem(TRAVEL, "form.number"));
        }
        if (reasonNeeded && draft.dayReason.get().isBlank()) {
            found.add(new ValidationProblem(SessionService.DAY_REASON, SessionService.DAY_REASON_NEEDED));
        }
        return found;
    }
}

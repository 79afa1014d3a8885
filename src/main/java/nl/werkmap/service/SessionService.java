package nl.werkmap.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.repo.PlanMapping;
import nl.werkmap.store.repo.RecordTransaction;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Logging and correcting coaching sessions. A session and its follow-up action are one user action, so one
 * transaction: both or neither. The ids come from the form (fixed when it opened), so a retry after a failed save
 * writes the same rows again instead of a second session whose hours would count twice.
 */
public final class SessionService {

    private final CaseloadStore store;
    private final Consumer<String> beforeEachWrite;
    private final Clock clock;

    public SessionService(CaseloadStore store) {
        this(store, Clock.systemDefaultZone());
    }

    /** @param clock the coach's local time: an appointment after it cannot be gedaan yet */
    public SessionService(CaseloadStore store, Clock clock) {
        this(store, table -> { }, clock);
    }

    public SessionService(CaseloadStore store, Consumer<String> beforeEachWrite) {
        this(store, beforeEachWrite, Clock.systemDefaultZone());
    }

    /**
     * @param beforeEachWrite called inside the transaction before each record write, with the table's name; a seam
     *                        for tests that make a write fail halfway
     */
    public SessionService(CaseloadStore store, Consumer<String> beforeEachWrite, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.beforeEachWrite = Objects.requireNonNull(beforeEachWrite);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Thrown for a session the domain refuses; nothing is written. */
    public static final class InvalidSession extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<ValidationProblem> problems;

        InvalidSession(List<ValidationProblem> problems) {
            super("Ongeldige sessie: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<ValidationProblem> problems() {
            return problems;
        }
    }

    /**
     * Saves a new (or retried) session with its follow-up action, if any, in one transaction, then removes the
     * candidate's quick-session draft.
     */
    public SaveOutcome logSession(CoachingSession session, PlanAction followUp) {
        check(session);
        if (followUp != null && !session.id().equals(followUp.sessionId())) {
            throw new IllegalArgumentException("De vervolgactie hoort niet bij deze sessie");
        }
        SaveOutcome outcome = store.inTransaction(writes -> {
            SaveOutcome saved = save(writes, session);
            if (followUp != null) {
                beforeEachWrite.accept(PlanMapping.ACTIONS.name());
                writes.save(PlanMapping.ACTIONS, followUp);
            }
            return saved;
        });
        store.sessionDrafts().discard(session.candidateId());
        return outcome;
    }

    /** A new appointment (gepland), or a retry of the same one: same id, so never two. */
    public SaveOutcome plan(CoachingSession appointment) {
        if (appointment.state() != AppointmentState.GEPLAND) {
            throw new IllegalArgumentException("Een afspraak plannen kan alleen met de stand gepland");
        }
        check(appointment);
        return store.inTransaction(writes -> save(writes, appointment));
    }

    /** A correction of a saved session: only the changed fields are written and change-logged. */
    public SaveOutcome correct(CoachingSession session) {
        check(session);
        return store.inTransaction(writes -> save(writes, session));
    }

    /** Deletes the session (a tombstone that syncs); {@link #restore} undoes it. */
    public boolean delete(UUID sessionId) {
        return store.inTransaction(writes -> writes.tombstone(SessionMapping.TABLE, sessionId));
    }

    /**
     * Says whether an appointment took place: gedaan (refused before its time), niet doorgegaan (with an optional
     * reason; it no longer counts as contact) or back to gepland. Only the state fields change and are change-logged.
     *
     * @return the session as it was, for the undo ({@link #restore})
     * @throws InvalidSession for gedaan before the appointment's time; nothing is written
     * @throws IllegalStateException when the session is gone (deleted meanwhile)
     */
    public CoachingSession changeState(UUID sessionId, AppointmentState state, MissedReason reason) {
        Objects.requireNonNull(state, "state");
        return store.inTransaction(writes -> {
            CoachingSession was = writes.find(SessionMapping.TABLE, sessionId).orElseThrow(() -> new IllegalStateException(
                    "De afspraak bestaat niet meer; misschien is hij net verwijderd."));
            CoachingSession now = was.inState(state, reason);
            check(now);
            save(writes, now);
            return was;
        });
    }

    /** Brings a deleted session back as it was (undo of a delete); syncs like any change. */
    public SaveOutcome restore(CoachingSession session) {
        return store.inTransaction(writes -> save(writes, session));
    }

    private SaveOutcome save(RecordTransaction writes, CoachingSession session) {
        beforeEachWrite.accept(SessionMapping.TABLE.name());
        return writes.save(SessionMapping.TABLE, session);
    }

    private void check(CoachingSession session) {
        List<ValidationProblem> problems = SessionValidator.validateAt(session, LocalDateTime.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidSession(problems);
        }
    }
}

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
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.rules.JobcoachHours;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.repo.PlacementMapping;
import nl.werkmap.store.repo.PlanMapping;
import nl.werkmap.store.repo.RecordTransaction;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Logging and correcting coaching sessions. A session and its follow-up action are one user action, so one
 * transaction: both or neither. The ids come from the form (fixed when it opened), so a retry after a failed save
 * writes the same rows again instead of a second session whose hours would count twice.
 */
public final class SessionService {

    /** The field of the written reason for a long day, and the messages of the refusals below. */
    public static final String DAY_REASON = "dayReason";
    public static final String DAY_REASON_NEEDED = "validation.session.dayReasonNeeded";
    public static final String BEFORE_PLACEMENT = "validation.session.beforePlacement";
    public static final String CORRECTION_REASON = "correctionReason";
    public static final String WEEK_APPROVED = "validation.session.weekApproved";
    /** Deleting a session or changing whether it took place, in an approved week: no reason makes that right. */
    public static final String WEEK_APPROVED_LOCKED = "validation.session.weekApprovedLocked";

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
     * Saves a new (or retried) session with its follow-up action, if any, and removes the candidate's quick-session
     * draft, in one transaction.
     */
    public SaveOutcome logSession(CoachingSession session, PlanAction followUp) {
        check(session);
        checkDay(session);
        if (followUp != null && !session.id().equals(followUp.sessionId())) {
            throw new IllegalArgumentException("De vervolgactie hoort niet bij deze sessie");
        }
        SaveOutcome outcome = store.inTransaction(writes -> {
            checkPlacementStarted(writes, session);
            checkUnlocked(writes, session);
            SaveOutcome saved = save(writes, session);
            if (followUp != null) {
                beforeEachWrite.accept(PlanMapping.ACTIONS.name());
                writes.save(PlanMapping.ACTIONS, followUp);
            }
            beforeEachWrite.accept(nl.werkmap.store.repo.SessionDrafts.TABLE);
            writes.discardSessionDraft(session.candidateId());
            return saved;
        });
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
        checkDay(session);
        return store.inTransaction(writes -> {
            checkPlacementStarted(writes, session);
            checkUnlocked(writes, session);
            return save(writes, session);
        });
    }

    /**
     * Logs one group session: one session per candidate present, each with an even share of the hours and the
     * travel, tied by one group id so the coach's day counts the time once. All of them or none.
     *
     * @param perCandidate the session as it was, once per candidate (own id, candidate and placement), each with
     *                     the whole session's hours and travel
     */
    public void logGroup(List<CoachingSession> perCandidate, UUID groupId) {
        int size = perCandidate.size();
        if (size == 0) {
            return;
        }
        List<CoachingSession> shares = perCandidate.stream().map(s -> share(s, groupId, size)).toList();
        shares.forEach(this::check);
        store.inTransaction(writes -> {
            for (CoachingSession s : shares) {
                checkPlacementStarted(writes, s);
                checkUnlocked(writes, s);
                save(writes, s);
            }
            return null;
        });
    }

    /**
     * Corrects a group session as a whole: each candidate present gets an even share of the session's hours and
     * travel again (as {@link #logGroup}); a candidate no longer in the list loses their share (a tombstone), a new
     * one gets one. One transaction, change-logged; in an approved week each changed share needs its reason.
     *
     * @param perCandidate the corrected session, once per candidate present, each with the whole session's hours
     */
    public void correctGroup(List<CoachingSession> perCandidate, UUID groupId) {
        if (perCandidate.isEmpty()) {
            throw new IllegalArgumentException("Een groepssessie heeft minstens een kandidaat; verwijder haar anders");
        }
        List<CoachingSession> shares = perCandidate.stream().map(s -> share(s, groupId, perCandidate.size()))
                .toList();
        shares.forEach(this::check);
        java.util.Set<UUID> kept = shares.stream().map(CoachingSession::id).collect(
                java.util.stream.Collectors.toSet());
        store.inTransaction(writes -> {
            for (CoachingSession old : writes.findBy(SessionMapping.TABLE, "group_id", groupId)) {
                if (!kept.contains(old.id())) {
                    if (locked(writes, old)) {
                        throw new InvalidSession(List.of(new ValidationProblem(CORRECTION_REASON, WEEK_APPROVED)));
                    }
                    beforeEachWrite.accept(SessionMapping.TABLE.name());
                    writes.tombstone(SessionMapping.TABLE, old.id());
                }
            }
            for (CoachingSession s : shares) {
                checkPlacementStarted(writes, s);
                checkUnlocked(writes, s);
                save(writes, s);
            }
            return null;
        });
    }

    /**
     * Deletes every share of a group session at once (tombstones that sync), refused in an approved week like a
     * single session.
     *
     * @return the shares as they were, for the undo ({@link #restoreGroup})
     */
    public List<CoachingSession> deleteGroup(UUID groupId) {
        return store.inTransaction(writes -> {
            List<CoachingSession> shares = writes.findBy(SessionMapping.TABLE, "group_id", groupId);
            shares.forEach(s -> refuseInApprovedWeek(writes, s));
            for (CoachingSession s : shares) {
                beforeEachWrite.accept(SessionMapping.TABLE.name());
                writes.tombstone(SessionMapping.TABLE, s.id());
            }
            return shares;
        });
    }

    /** Brings a deleted group session back as it was, all shares in one transaction (undo of {@link #deleteGroup}). */
    public void restoreGroup(List<CoachingSession> shares) {
        store.inTransaction(writes -> {
            shares.forEach(s -> save(writes, s));
            return null;
        });
    }

    private static CoachingSession share(CoachingSession whole, UUID groupId, int size) {
        SessionLogboek l = whole.logboek();
        SessionLogboek shared = new SessionLogboek(l.activity(), l.goalIds(),
                (int) Math.round(l.travelMinutes() / (double) size), groupId, size, l.loggedOn(), l.dayReason());
        return new CoachingSession(whole.id(), whole.candidateId(), whole.placementId(), whole.coachId(),
                whole.startsAt(), whole.durationMinutes(), whole.location(), whole.type(), whole.attendees(),
                whole.wentWell(), whole.concerns(), whole.agreements(),
                JobcoachHours.share(whole.hoursAccounted(), size), whole.place(), shared);
    }

    /**
     * A week the team lead approved is locked: changing a session in it (or moving one out of it) needs a new written
     * reason on the session; the change log keeps what changed, when and by whom, and the Tijdlijn shows it.
     */
    private static void checkUnlocked(RecordTransaction writes, CoachingSession session) {
        var stored = writes.find(SessionMapping.TABLE, session.id());
        if (stored.isPresent() && stored.get().equals(session)) {
            return; // a retry that changes nothing
        }
        boolean locked = locked(writes, session) || stored.map(s -> locked(writes, s)).orElse(false);
        String before = stored.map(s -> s.logboek().correctionReason()).orElse(null);
        String reason = session.logboek().correctionReason();
        if (locked && (reason == null || reason.equals(before))) {
            throw new InvalidSession(List.of(new ValidationProblem(CORRECTION_REASON, WEEK_APPROVED)));
        }
    }

    /**
     * Whether the session, as stored or as given, lies in a week the team lead approved: a change to it then needs a
     * written reason (the screen asks for one before saving).
     */
    public boolean inApprovedWeek(CoachingSession session) {
        return store.inTransaction(reads -> locked(reads, session)
                || reads.find(SessionMapping.TABLE, session.id()).map(s -> locked(reads, s)).orElse(false));
    }

    /**
     * A deletion or a change of state would change an approved week's hours without a correction reason on the
     * session; the coach corrects the session instead (with its reason) or asks the team lead.
     */
    private static void refuseInApprovedWeek(RecordTransaction writes, CoachingSession session) {
        if (locked(writes, session)) {
            throw new InvalidSession(List.of(new ValidationProblem(CORRECTION_REASON, WEEK_APPROVED_LOCKED)));
        }
    }

    private static boolean locked(RecordTransaction writes, CoachingSession session) {
        return session.coachId() != null && session.startsAt() != null && ApprovalService.approvalCovering(writes,
                session.coachId(), session.startsAt().toLocalDate()).isPresent();
    }

    /** Hours on a placement count from its first day: a session before it is a typing error in the date. */
    private static void checkPlacementStarted(RecordTransaction writes, CoachingSession session) {
        if (session.placementId() == null || session.startsAt() == null) {
            return;
        }
        writes.find(PlacementMapping.TABLE, session.placementId()).ifPresent(p -> {
            if (p.start() != null && session.startsAt().toLocalDate().isBefore(p.start())
                    && session.hoursAccounted() > 0) {
                throw new InvalidSession(List.of(new ValidationProblem(SessionValidator.STARTS_AT,
                        BEFORE_PLACEMENT)));
            }
        });
    }

    /**
     * A day over {@link JobcoachHours#DAY_REASON_HOURS} for this coach, across all clients, needs a written reason
     * on one of that day's sessions; without one nothing is written.
     */
    private void checkDay(CoachingSession session) {
        if (session.coachId() == null || session.startsAt() == null) {
            return;
        }
        boolean unreasoned = new HoursCheckService(() -> store).dayFlags(session).stream()
                .anyMatch(f -> f.kind() == PlausibilityFlag.Kind.DAY_OVER_MAXIMUM && !f.resolved());
        if (unreasoned) {
            throw new InvalidSession(List.of(new ValidationProblem(DAY_REASON, DAY_REASON_NEEDED)));
        }
    }

    /** Deletes the session (a tombstone that syncs); {@link #restore} undoes it. */
    public boolean delete(UUID sessionId) {
        return store.inTransaction(writes -> {
            writes.find(SessionMapping.TABLE, sessionId).ifPresent(stored -> refuseInApprovedWeek(writes, stored));
            return writes.tombstone(SessionMapping.TABLE, sessionId);
        });
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
            if (!now.equals(was)) {
                // gedaan or niet doorgegaan decides whether the hours count: the approved week's total would move
                refuseInApprovedWeek(writes, was);
            }
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

package nl.werkmap.ui.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Text;

/**
 * What the coach is typing in "Sessie vastleggen", with the defaults that make a workplace visit quick: type
 * werkplekbezoek at the werkplek, now, 60 minutes, hours following the duration until changed by hand, activity
 * "begeleiden op het werk", no travel.
 */
final class SessionDraft {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    /** A workplace visit is mostly guidance on the job: the default keeps the quick path one keystroke. */
    static final CoachingActivity DEFAULT_ACTIVITY = CoachingActivity.BEGELEIDEN_OP_HET_WERK;

    final ObjectProperty<SessionType> type = new SimpleObjectProperty<>(SessionType.WERKPLEKBEZOEK);
    final ObjectProperty<SessionLocation> location = new SimpleObjectProperty<>(SessionLocation.WERKPLEK);
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("60");
    final StringProperty hours = new SimpleStringProperty("1");
    final ObjectProperty<PlacementFile> placement = new SimpleObjectProperty<>();
    final Map<Attendee, BooleanProperty> attendees = new EnumMap<>(Attendee.class);
    final StringProperty wentWell = new SimpleStringProperty("");
    final StringProperty concerns = new SimpleStringProperty("");
    final StringProperty agreements = new SimpleStringProperty("");
    final StringProperty followUp = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    /** The logboek: what the hours were spent on (the protocol's catalogue) and travel, kept apart from coaching. */
    final ObjectProperty<CoachingActivity> activity = new SimpleObjectProperty<>(DEFAULT_ACTIVITY);
    /** The coachingsplan goal (of the current half year) the session served; none chosen is allowed. */
    final ObjectProperty<nl.werkmap.domain.PlanGoal> goal = new SimpleObjectProperty<>();
    final StringProperty travel = new SimpleStringProperty("0");
    /** Why the coach's day runs beyond 16 hours; asked for only then. */
    final StringProperty dayReason = new SimpleStringProperty("");
    /** Fixed when the form opens, so a retried save writes the same session and action, never a second one. */
    UUID sessionId = RecordIds.next();
    UUID actionId = RecordIds.next();
    /** Where a planned appointment this session completes was to take place (sealed in the store); else null. */
    String place;
    private boolean hoursByHand;
    private boolean settingHours;

    /** Today's date and time: the new session's default, and the logboek's day it was logged on. */
    private final java.time.Clock clock;

    SessionDraft() {
        this(java.time.Clock.systemDefaultZone());
    }

    SessionDraft(java.time.Clock clock) {
        this.clock = clock;
        for (Attendee a : Attendee.values()) {
            attendees.put(a, new SimpleBooleanProperty(false));
        }
        minutes.addListener((obs, old, now) -> {
            if (!hoursByHand) {
                Integer m = parsedMinutes();
                settingHours = true;
                hours.set(m == null ? "" : Text.decimal(Math.round(m / 60.0 * 100) / 100.0));
                settingHours = false;
            }
        });
        hours.addListener((obs, old, now) -> {
            if (!settingHours) {
                hoursByHand = true;
            }
        });
        reset(LocalDateTime.now(clock));
    }

    /** Fresh defaults for a new session starting now. */
    void reset(LocalDateTime now) {
        sessionId = RecordIds.next();
        actionId = RecordIds.next();
        place = null;
        type.set(SessionType.WERKPLEKBEZOEK);
        location.set(SessionLocation.WERKPLEK);
        date.set(now.toLocalDate());
        time.set(TIME.format(now.toLocalTime()));
        hoursByHand = false;
        minutes.set("60");
        settingHours = true;
        hours.set("1");
        settingHours = false;
        placement.set(null);
        attendees.values().forEach(p -> p.set(false));
        attendees.get(Attendee.KANDIDAAT).set(true);
        wentWell.set("");
        concerns.set("");
        agreements.set("");
        followUp.set("");
        followUpDue.set(now.toLocalDate().plusWeeks(2));
        activity.set(DEFAULT_ACTIVITY);
        goal.set(null);
        travel.set("0");
        dayReason.set("");
    }

    /**
     * Logging the visit of a planned appointment completes that appointment: same id (so it is updated, not
     * duplicated), its moment, length, kind and place; the coach adds what happened.
     */
    void completes(CoachingSession appointment) {
        sessionId = appointment.id();
        place = appointment.place();
        type.set(appointment.type());
        location.set(appointment.location());
        date.set(appointment.startsAt().toLocalDate());
        time.set(TIME.format(appointment.startsAt().toLocalTime()));
        hoursByHand = false;
        minutes.set(Integer.toString(appointment.durationMinutes()));
    }

    /** The appointment taken over is not this session after all: a new id, no place. */
    void forgetAppointment() {
        sessionId = RecordIds.next();
        place = null;
    }

    /** A kept draft goes on with its own ids (missing ones stay as they are) and its appointment's place. */
    void restoreIds(UUID session, UUID action, String keptPlace) {
        place = keptPlace;
        if (session != null) {
            sessionId = session;
        }
        if (action != null) {
            actionId = action;
        }
        hoursByHand = true;
    }

    Integer parsedMinutes() {
        try {
            return Integer.valueOf(minutes.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Double parsedHours() {
        try {
            return Text.decimal(hours.get());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Integer parsedTravel() {
        String t = travel.get() == null ? "" : travel.get().strip();
        try {
            return t.isEmpty() ? Integer.valueOf(0) : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    LocalTime parsedTime() {
        try {
            return LocalTime.parse(time.get().strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    CoachingSession session(UUID candidateId, UUID coachId) {
        LocalTime t = parsedTime();
        LocalDateTime startsAt = date.get() == null || t == null ? null : date.get().atTime(t);
        Integer m = parsedMinutes();
        Double h = parsedHours();
        Set<Attendee> present = EnumSet.noneOf(Attendee.class);
        attendees.forEach((a, p) -> {
            if (p.get()) {
                present.add(a);
            }
        });
        return new CoachingSession(sessionId, candidateId,
                placement.get() == null ? null : placement.get().placement().id(), coachId, startsAt,
                m == null || m < 0 ? 0 : m, location.get(), type.get(), present, Text.orNull(wentWell.get()),
                Text.orNull(concerns.get()), Text.orNull(agreements.get()), h == null || h < 0 ? 0 : h, place,
                AppointmentState.GEDAAN, null, logboek());
    }

    /** Logged today, by the coach at this laptop; a group is logged elsewhere, so this is one candidate's. */
    private SessionLogboek logboek() {
        Integer t = parsedTravel();
        Set<java.util.UUID> served = goal.get() == null ? Set.of() : Set.of(goal.get().id());
        return new SessionLogboek(activity.get(), served, t == null || t < 0 ? 0 : t, null, 1, LocalDate.now(clock),
                Text.orNull(dayReason.get()));
    }

    /** The follow-up action, if the coach typed one. */
    PlanAction followUpAction(CoachingSession session) {
        String text = Text.orNull(followUp.get());
        if (text == null) {
            return null;
        }
        return new PlanAction(actionId, session.candidateId(), null, session.id(), text, ActionOwner.COACH,
                followUpDue.get(), null);
    }
}

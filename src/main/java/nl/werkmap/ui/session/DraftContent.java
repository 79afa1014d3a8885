package nl.werkmap.ui.session;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.caseload.PlacementFile;

/**
 * Everything typed in "Sessie vastleggen", as plain values: what the form compares to see unsaved input, and the
 * JSON kept (sealed) as the crash-proof draft. The record ids go with it, so a draft saved after a crash is still
 * the one session, never a second; the place of an appointment the session completes goes with it too, or saving
 * the restored draft would wipe the appointment's place.
 */
record DraftContent(String sessionId, String actionId, String type, String location, String date, String time,
                    String minutes, String hours, String placementId, List<String> attendees, String wentWell,
                    String concerns, String agreements, String followUp, String followUpDue, String place,
                    String activity, String travel, String dayReason) {

    private static final Gson GSON = new Gson();

    static DraftContent of(SessionDraft d) {
        List<String> present = d.attendees.entrySet().stream().filter(e -> e.getValue().get())
                .map(e -> e.getKey().name()).sorted().toList();
        return new DraftContent(String.valueOf(d.sessionId), String.valueOf(d.actionId), name(d.type.get()),
                name(d.location.get()), text(d.date.get()), d.time.get(), d.minutes.get(), d.hours.get(),
                d.placement.get() == null ? null : d.placement.get().placement().id().toString(), present,
                d.wentWell.get(), d.concerns.get(), d.agreements.get(), d.followUp.get(), text(d.followUpDue.get()),
                d.place, name(d.activity.get()), d.travel.get(), d.dayReason.get());
    }

    String json() {
        return GSON.toJson(this);
    }

    /** The draft as stored, or null if it cannot be read (then the coach just starts afresh). */
    static DraftContent parse(String json) {
        try {
            return GSON.fromJson(json, DraftContent.class);
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** Fills the form with this draft; the placement is looked up among the candidate's placements. */
    void applyTo(SessionDraft d, List<PlacementFile> placements) {
        d.restoreIds(uuid(sessionId), uuid(actionId), place);
        d.type.set(sessionType());
        d.location.set(sessionLocation());
        d.date.set(date == null ? null : LocalDate.parse(date));
        d.time.set(orEmpty(time));
        d.minutes.set(orEmpty(minutes));
        d.hours.set(orEmpty(hours));
        d.placement.set(placements.stream().filter(p -> p.placement().id().toString().equals(placementId))
                .findFirst().orElse(null));
        Set<String> present = attendees == null ? Set.of() : Set.copyOf(attendees);
        for (Attendee a : EnumSet.allOf(Attendee.class)) {
            d.attendees.get(a).set(present.contains(a.name()));
        }
        d.wentWell.set(orEmpty(wentWell));
        d.concerns.set(orEmpty(concerns));
        d.agreements.set(orEmpty(agreements));
        d.followUp.set(orEmpty(followUp));
        d.followUpDue.set(followUpDue == null ? null : LocalDate.parse(followUpDue));
        d.activity.set(coachingActivity());
        d.travel.set(travel == null ? "0" : travel);
        d.dayReason.set(orEmpty(dayReason));
    }

    /** A draft kept before the logboek existed has no activity: the default one. */
    private CoachingActivity coachingActivity() {
        try {
            return activity == null ? SessionDraft.DEFAULT_ACTIVITY : CoachingActivity.valueOf(activity);
        } catch (IllegalArgumentException e) {
            return SessionDraft.DEFAULT_ACTIVITY;
        }
    }

    private SessionType sessionType() {
        try {
            return type == null ? SessionType.WERKPLEKBEZOEK : SessionType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return SessionType.WERKPLEKBEZOEK;
        }
    }

    private SessionLocation sessionLocation() {
        try {
            return location == null ? SessionLocation.WERKPLEK : SessionLocation.valueOf(location);
        } catch (IllegalArgumentException e) {
            return SessionLocation.WERKPLEK;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

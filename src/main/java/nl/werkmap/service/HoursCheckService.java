package nl.werkmap.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.rules.HoursPlausibility;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.hours.CoachHoursQuery;

/**
 * Plausibility of a coach's hours across all their clients (not per client: that is how 16-hour days went
 * unnoticed). Reads the coach's sessions of the days asked for, the grants they fall under and what other sessions
 * used of those grants, and leaves the judging to {@link HoursPlausibility}. Reads only; call it off the FX thread.
 */
public final class HoursCheckService {

    private final Supplier<CaseloadStore> store;

    public HoursCheckService(Supplier<CaseloadStore> store) {
        this.store = store;
    }

    /** Every flag on the coach's hours from {@code from} to {@code to} (inclusive). */
    public List<PlausibilityFlag> flags(UUID coachId, LocalDate from, LocalDate to) {
        return check(coachId, from, to, store.get().coachHours().sessions(coachId, from, to));
    }

    /**
     * The flags the coach's week would have with {@code pending} saved as it stands (it replaces its stored self,
     * if any): what the session form shows while the coach logs. Only flags on the pending session's day or on the
     * pending session itself are returned.
     */
    public List<PlausibilityFlag> withPending(CoachingSession pending) {
        if (pending.coachId() == null || pending.startsAt() == null) {
            return List.of();
        }
        LocalDate day = pending.startsAt().toLocalDate();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<CoachingSession> week = new ArrayList<>(store.get().coachHours().sessions(pending.coachId(), monday,
                sunday));
        week.removeIf(s -> s.id().equals(pending.id()));
        week.add(pending);
        return check(pending.coachId(), monday, sunday, week).stream()
                .filter(f -> f.day().equals(day) || f.sessionIds().contains(pending.id()))
                .toList();
    }

    /**
     * The day flags ({@link PlausibilityFlag.Kind#DAY_OVER_MAXIMUM}, {@link PlausibilityFlag.Kind#DAY_OVER_WARNING})
     * that {@link #withPending} gives for {@code pending}'s day, read from the coach's sessions of that day alone:
     * a day's total needs no grants, nor what other sessions used of them (the save's own check, issue 13: the
     * grants' reads were nearly all of a session save's work).
     */
    public List<PlausibilityFlag> dayFlags(CoachingSession pending) {
        if (pending.coachId() == null || pending.startsAt() == null) {
            return List.of();
        }
        LocalDate day = pending.startsAt().toLocalDate();
        List<CoachingSession> sessions = new ArrayList<>(store.get().coachHours().sessions(pending.coachId(), day,
                day));
        sessions.removeIf(s -> s.id().equals(pending.id()));
        sessions.add(pending);
        return HoursPlausibility.check(sessions, Map.of(), Map.of()).stream()
                .filter(f -> f.kind() == PlausibilityFlag.Kind.DAY_OVER_MAXIMUM
                        || f.kind() == PlausibilityFlag.Kind.DAY_OVER_WARNING)
                .toList();
    }

    private List<PlausibilityFlag> check(UUID coachId, LocalDate from, LocalDate to, List<CoachingSession> sessions) {
        CoachHoursQuery query = store.get().coachHours();
        Set<UUID> placements = new LinkedHashSet<>();
        for (CoachingSession s : sessions) {
            if (s.placementId() != null) {
                placements.add(s.placementId());
            }
        }
        Map<UUID, List<JobcoachGrant>> grants = query.grants(placements);
        List<JobcoachGrant> all = grants.values().stream().flatMap(List::stream).toList();
        return HoursPlausibility.check(sessions, grants, query.usedOutside(all, coachId, from, to));
    }
}

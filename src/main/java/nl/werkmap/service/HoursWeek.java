package nl.werkmap.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.rules.HoursPlausibility;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.hours.CoachHoursQuery;

/**
 * A coach's week as {@link HoursCheckService#withPending} reads it, read once ahead: the session being typed is
 * then checked against it without a read. "Sessie vastleggen" reads it while the coach looks at a candidate's page,
 * so opening the sheet no longer waits for a dozen queries (issue 13). It holds what the file held when it was read;
 * the caller must know nothing was written since ({@link CaseloadStore#writeStamp()}).
 *
 * @param grants     the live grants of the week's placements and of {@code extraPlacements}, grouped as the
 *                   service reads them (placements in the order of the read, the grants of one placement in order)
 * @param usedOutside per grant, the hours used outside the coach's week
 */
public record HoursWeek(UUID coachId, LocalDate monday, List<CoachingSession> sessions, Set<UUID> placementsRead,
                        Map<UUID, List<JobcoachGrant>> grants, Map<UUID, Double> usedOutside) {

    public HoursWeek {
        sessions = List.copyOf(sessions);
        placementsRead = Set.copyOf(placementsRead);
        grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
        usedOutside = Map.copyOf(usedOutside);
    }

    /**
     * Reads the week of {@code day} for {@code coachId}, with the grants of {@code extraPlacements} too (the
     * placements a session being typed may be put on). Reads only; off the FX thread.
     */
    public static HoursWeek read(CaseloadStore store, UUID coachId, LocalDate day, Collection<UUID> extraPlacements) {
        LocalDate monday = mondayOf(day);
        LocalDate sunday = monday.plusDays(6);
        CoachHoursQuery query = store.coachHours();
        List<CoachingSession> week = query.sessions(coachId, monday, sunday);
        Set<UUID> placements = new LinkedHashSet<>();
        for (CoachingSession s : week) {
            if (s.placementId() != null) {
                placements.add(s.placementId());
            }
        }
        placements.addAll(extraPlacements);
        Map<UUID, List<JobcoachGrant>> grants = query.grants(placements);
        List<JobcoachGrant> all = grants.values().stream().flatMap(List::stream).toList();
        return new HoursWeek(coachId, monday, week, placements, grants,
                query.usedOutside(all, coachId, monday, sunday));
    }

    /**
     * The flags {@link HoursCheckService#withPending} gives for {@code pending} on the file this week was read from;
     * null when this week cannot say: another coach, another week, or a placement whose grants were not read.
     */
    public List<PlausibilityFlag> withPending(CoachingSession pending) {
        if (pending.coachId() == null || pending.startsAt() == null) {
            return List.of();
        }
        LocalDate day = pending.startsAt().toLocalDate();
        if (!pending.coachId().equals(coachId) || !mondayOf(day).equals(monday)) {
            return null;
        }
        if (pending.placementId() != null && !placementsRead.contains(pending.placementId())) {
            // Grants were read for the week's placements and the extra ones; of another placement nothing is known.
            return null;
        }
        List<CoachingSession> week = new ArrayList<>(sessions);
        week.removeIf(s -> s.id().equals(pending.id()));
        week.add(pending);
        // Only the grants of the placements in this week, in the order they were read: what the service passes.
        Set<UUID> placements = placementsOf(week);
        Map<UUID, List<JobcoachGrant>> these = new LinkedHashMap<>();
        grants.forEach((placement, list) -> {
            if (placements.contains(placement)) {
                these.put(placement, list);
            }
        });
        return HoursPlausibility.check(week, these, usedOutside).stream()
                .filter(f -> f.day().equals(day) || f.sessionIds().contains(pending.id()))
                .toList();
    }

    private static Set<UUID> placementsOf(List<CoachingSession> sessions) {
        Set<UUID> placements = new LinkedHashSet<>();
        for (CoachingSession s : sessions) {
            if (s.placementId() != null) {
                placements.add(s.placementId());
            }
        }
        return placements;
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

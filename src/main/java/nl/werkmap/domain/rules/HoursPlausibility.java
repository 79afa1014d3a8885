package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachGrant;

/**
 * Plausibility of one coach's logged hours, across all their clients: the checks that keep a coach out of trouble
 * with UWV (an organisation lost its recognition over 16-hour days that looked fine per client). Limits in
 * {@link JobcoachHours}. Appointments not yet held (no hours, no travel) are left out.
 */
public final class HoursPlausibility {
    private HoursPlausibility() {
    }

    /**
     * @param coachSessions      the coach's sessions in the period looked at, any client
     * @param grantsByPlacement  the toekenningen of the placements those sessions are on
     * @param usedBeforeByGrant  per grant id, the hours of that grant used by sessions not in
     *                           {@code coachSessions} (other coaches, earlier periods); missing means none
     */
    public static List<PlausibilityFlag> check(List<CoachingSession> coachSessions,
                                               Map<UUID, List<JobcoachGrant>> grantsByPlacement,
                                               Map<UUID, Double> usedBeforeByGrant) {
        List<CoachingSession> logged = coachSessions.stream()
                .filter(s -> s.startsAt() != null)
                .filter(s -> s.hoursAccounted() > 0 || s.logboek().travelMinutes() > 0)
                .sorted(Comparator.comparing(CoachingSession::startsAt).thenComparing(s -> s.id().toString()))
                .toList();
        List<PlausibilityFlag> flags = new ArrayList<>();
        days(logged, flags);
        overlaps(logged, flags);
        for (CoachingSession s : logged) {
            LocalDate day = s.startsAt().toLocalDate();
            if (s.logboek().loggedOn() != null
                    && ChronoUnit.DAYS.between(day, s.logboek().loggedOn()) > JobcoachHours.LATE_LOGGING_DAYS) {
                flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.LOGGED_LATE, day, List.of(s.id()), 0, false));
            }
            List<JobcoachGrant> grants = s.placementId() == null ? List.of()
                    : grantsByPlacement.getOrDefault(s.placementId(), List.of());
            if (!grants.isEmpty() && s.hoursAccounted() > 0 && grants.stream().noneMatch(g -> g.covers(day))) {
                flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.OUTSIDE_GRANT, day, List.of(s.id()),
                        s.hoursAccounted(), false));
            }
        }
        beyondGrants(logged, grantsByPlacement, usedBeforeByGrant, flags);
        return List.copyOf(flags);
    }

    /** The coach's working time on one day: coaching hours and travel, across all clients. */
    public static double dayHours(List<CoachingSession> sessionsOfDay) {
        double sum = 0;
        for (CoachingSession s : sessionsOfDay) {
            sum += s.hoursAccounted() + s.logboek().travelMinutes() / 60.0;
        }
        return JobcoachHours.round(sum);
    }

    private static void days(List<CoachingSession> logged, List<PlausibilityFlag> flags) {
        Map<LocalDate, List<CoachingSession>> byDay = new TreeMap<>();
        for (CoachingSession s : logged) {
            byDay.computeIfAbsent(s.startsAt().toLocalDate(), d -> new ArrayList<>()).add(s);
        }
        byDay.forEach((day, sessions) -> {
            double hours = dayHours(sessions);
            List<UUID> ids = sessions.stream().map(CoachingSession::id).toList();
            if (hours > JobcoachHours.DAY_REASON_HOURS) {
                boolean reasoned = sessions.stream().anyMatch(s -> s.logboek().dayReason() != null);
                flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.DAY_OVER_MAXIMUM, day, ids, hours, reasoned));
            } else if (hours > JobcoachHours.DAY_WARNING_HOURS) {
                flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.DAY_OVER_WARNING, day, ids, hours, false));
            }
        });
    }

    private static void overlaps(List<CoachingSession> logged, List<PlausibilityFlag> flags) {
        for (int i = 0; i < logged.size(); i++) {
            CoachingSession a = logged.get(i);
            for (int j = i + 1; j < logged.size(); j++) {
                CoachingSession b = logged.get(j);
                if (!b.startsAt().isBefore(a.endsAt())) {
                    break; // sorted by start: nothing later can overlap a
                }
                boolean sameGroup = a.logboek().groupId() != null
                        && Objects.equals(a.logboek().groupId(), b.logboek().groupId());
                if (!sameGroup && a.durationMinutes() > 0 && b.durationMinutes() > 0) {
                    flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.OVERLAP, a.startsAt().toLocalDate(),
                            List.of(a.id(), b.id()), 0, false));
                }
            }
        }
    }

    private static void beyondGrants(List<CoachingSession> logged, Map<UUID, List<JobcoachGrant>> grantsByPlacement,
                                     Map<UUID, Double> usedBefore, List<PlausibilityFlag> flags) {
        for (List<JobcoachGrant> grants : grantsByPlacement.values()) {
            for (JobcoachGrant grant : grants) {
                double max = JobcoachHours.maxHours(grant).doubleValue();
                double used = usedBefore.getOrDefault(grant.id(), 0.0);
                for (CoachingSession s : logged) {
                    if (grant.placementId().equals(s.placementId()) && grant.covers(s.startsAt().toLocalDate())) {
                        used += s.hoursAccounted();
                        if (JobcoachHours.round(used) > max) {
                            flags.add(new PlausibilityFlag(PlausibilityFlag.Kind.BEYOND_GRANT,
                                    s.startsAt().toLocalDate(), List.of(s.id()), JobcoachHours.round(used), false));
                        }
                    }
                }
            }
        }
    }
}

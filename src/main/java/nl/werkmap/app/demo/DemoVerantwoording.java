package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.rules.JobcoachHours;

/**
 * The jobcoach verantwoording of a demo slice: a toekenning per half year for every placement with a jobcoach (the
 * regime stepping down as the dienstbetrekking gets older, at most three years), and the logboek on every held
 * session (an activity that fits the visit and the stage of the placement, travel for visits, a goal served, logged
 * a day or two later and now and then too late). Deterministic: each record's randomness is seeded by its own id.
 */
final class DemoVerantwoording {

    private static final List<String> GEMEENTEN = List.of("GM0363", "GM0518", "GM0599", "GM0344", "GM0193");

    private DemoVerantwoording() {
    }

    /** Adds grants and logboek details to the batch; a new team has sessions but no grants yet. */
    static void addTo(DemoBatch batch, boolean newTeam) {
        addTo(batch, newTeam, null);
    }

    /**
     * As above, and with {@code today} known, each placement's latest two half years get a coachingsplan and, near
     * their end, outcomes and forms ({@link DemoCoachingsplan}).
     */
    static void addTo(DemoBatch batch, boolean newTeam, LocalDate today) {
        LocalDate latest = batch.sessions.stream().map(CoachingSession::startsAt).filter(java.util.Objects::nonNull)
                .map(LocalDateTime::toLocalDate).max(LocalDate::compareTo).orElse(null);
        Map<UUID, Placement> placements = new HashMap<>();
        for (Placement p : batch.placements) {
            placements.put(p.id(), p);
            if (!newTeam && latest != null) {
                int before = batch.grants.size();
                grants(p, latest, batch.grants);
                if (today != null) {
                    plans(batch.grants.subList(before, batch.grants.size()), today, batch);
                }
            }
        }
        Map<UUID, List<PlanGoal>> goals = new HashMap<>();
        Map<String, List<PlanGoal>> mainGoals = new HashMap<>();
        for (PlanGoal g : batch.goals) {
            if (g.isMainGoal()) {
                mainGoals.computeIfAbsent(g.placementId() + "|" + g.period(), k -> new ArrayList<>()).add(g);
            } else {
                goals.computeIfAbsent(g.candidateId(), k -> new ArrayList<>()).add(g);
            }
        }
        // A session serves the coachingsplan of its placement and half year where there is one, else a plain goal.
        batch.sessions.replaceAll(s -> withLogboek(s, placements.get(s.placementId()),
                s.startsAt() == null ? List.of() : mainGoals.getOrDefault(s.placementId() + "|"
                        + HalfYear.of(s.startsAt().toLocalDate()), goals.getOrDefault(s.candidateId(), List.of()))));
    }

    /** The coachingsplan of the placement's latest two granted half years (the grants of one placement). */
    private static void plans(List<JobcoachGrant> ofPlacement, LocalDate today, DemoBatch batch) {
        if (ofPlacement.isEmpty()) {
            return;
        }
        HalfYear last = ofPlacement.get(ofPlacement.size() - 1).period();
        for (JobcoachGrant g : ofPlacement) {
            if (DemoCoachingsplan.planned(g, last)) {
                DemoCoachingsplan.addFor(g, today, batch.goals, batch.forms);
            }
        }
    }

    private static void grants(Placement p, LocalDate latest, List<JobcoachGrant> out) {
        if (p.jobcoachType() == null || p.start() == null || p.start().isAfter(latest) || !(p.hoursPerWeek() > 0)) {
            return;
        }
        Random r = new Random(p.id().getLeastSignificantBits());
        boolean trial = p.type() == PlacementType.PROEFPLAATSING;
        LocalDate end = p.actualEnd() != null ? p.actualEnd() : p.plannedEnd();
        LocalDate last = end == null || end.isAfter(latest) ? latest : end;
        JobcoachRegime regime = p.jobcoachRegime() != null ? p.jobcoachRegime() : JobcoachRegime.MIDDEN;
        String gemeente = p.jobcoachType() == JobcoachType.GEMEENTE ? GEMEENTEN.get(r.nextInt(GEMEENTEN.size()))
                : null;
        int halves = 0;
        for (HalfYear half = HalfYear.of(p.start()); !half.start().isAfter(last)
                && halves < 2 * JobcoachHours.MAX_EMPLOYMENT_YEARS; half = half.next(), halves++) {
            int year = Math.min(JobcoachHours.MAX_EMPLOYMENT_YEARS, halves / 2 + 1);
            if (halves > 0 && r.nextDouble() < 0.4 && regime.ordinal() > 0) {
                regime = JobcoachRegime.values()[regime.ordinal() - 1]; // less coaching as the work settles
            }
            LocalDate from = half.contains(p.start()) ? p.start() : null;
            LocalDate until = end != null && half.contains(end) ? end : null;
            String kenmerk = switch (p.jobcoachType()) {
                case EXTERN_UWV -> "UWV-JC-" + (100000 + r.nextInt(900000));
                case GEMEENTE -> gemeente + "/JC/" + (1000 + r.nextInt(9000));
                case INTERN -> "IJC-" + (1000 + r.nextInt(9000));
            };
            out.add(new JobcoachGrant(new UUID(p.id().getMostSignificantBits(), p.id().getLeastSignificantBits()
                    + halves + 1), p.candidateId(), p.id(), p.jobcoachType(), gemeente, kenmerk,
                    half.start().minusDays(7 + r.nextInt(21)), half, regime, null, p.hoursPerWeek(), year, trial,
                    from, until));
        }
    }

    private static CoachingSession withLogboek(CoachingSession s, Placement p, List<PlanGoal> goals) {
        if (s.startsAt() == null || s.hoursAccounted() <= 0) {
            return s; // an appointment not yet held
        }
        Random r = new Random(s.id().getLeastSignificantBits());
        LocalDate day = s.startsAt().toLocalDate();
        boolean visit = s.location() != SessionLocation.TELEFONISCH && s.location() != SessionLocation.VIDEO;
        int travel = visit && s.location() != SessionLocation.KANTOOR ? 10 + 5 * r.nextInt(8) : 0;
        int late = r.nextDouble() < 0.04 ? 8 + r.nextInt(10) : r.nextInt(3);
        Set<UUID> served = goals.isEmpty() || r.nextDouble() < 0.35 ? Set.of()
                : Set.of(goals.get(r.nextInt(goals.size())).id());
        return s.withLogboek(new SessionLogboek(activity(s, p, day, r), served, travel, null, 1, day.plusDays(late),
                null));
    }

    private static CoachingActivity activity(CoachingSession s, Placement p, LocalDate day, Random r) {
        if (s.type() == SessionType.EVALUATIE) {
            return CoachingActivity.EVALUATIE_EN_COORDINATIE;
        }
        if (s.type() == SessionType.DRIEGESPREK) {
            return r.nextBoolean() ? CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE
                    : CoachingActivity.EVALUATIE_EN_COORDINATIE;
        }
        if (s.location() == SessionLocation.THUIS) {
            return CoachingActivity.BEGELEIDING_THUISSITUATIE;
        }
        if (p != null && p.start() != null && !day.isAfter(p.start().plusWeeks(2))) {
            return CoachingActivity.INTRODUCEREN;
        }
        if (p != null && p.start() != null && !day.isAfter(p.start().plusMonths(3))) {
            return r.nextBoolean() ? CoachingActivity.INWERKEN_EN_TRAINEN : CoachingActivity.STRUCTUREREN_VAN_HET_WERK;
        }
        double x = r.nextDouble();
        return x < 0.6 ? CoachingActivity.BEGELEIDEN_OP_HET_WERK
                : x < 0.75 ? CoachingActivity.STORINGEN_OPSPOREN_EN_VERHELPEN
                : x < 0.9 ? CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE : CoachingActivity.STRUCTUREREN_VAN_HET_WERK;
    }
}

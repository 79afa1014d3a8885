package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.app.demo.DemoPeople.DemoPerson;
import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.ZrmScore;

/**
 * The plan (goals and actions), the assessments (participatieladder with movement over time, ZRM snapshots) and
 * the consents of a demo candidate. Some ladder measurements are left stale on purpose, as happens in practice.
 */
final class DemoPlans {
    private static final int LADDER_INTERVAL_DAYS = 182;

    private final DemoLists lists;
    private final LocalDate today;

    DemoPlans(DemoLists lists, LocalDate today) {
        this.lists = lists;
        this.today = today;
    }

    void make(DemoPerson person, DemoRandom r, DemoBatch batch) {
        Candidate c = person.candidate();
        consents(c, r, batch);
        if (c.status() == CandidateStatus.AANMELDING) {
            return;
        }
        goals(c, r, batch);
        ladder(c, r, batch);
        if (r.chance(0.6)) {
            zrm(c, r, batch);
        }
    }

    private void consents(Candidate c, DemoRandom r, DemoBatch batch) {
        LocalDate decided = min(c.registeredOn().plusDays(r.between(0, 30)), today);
        if (r.chance(0.8)) {
            batch.consents.add(new Consent(r.uuid(), c.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER, r.chance(0.85),
                    decided));
        }
        RegisterStatus register = c.register().status();
        if ((register == RegisterStatus.JA || register == RegisterStatus.AANGEVRAAGD) && r.chance(0.6)) {
            batch.consents.add(new Consent(r.uuid(), c.id(), ConsentPurpose.UITWISSELING_UWV, r.chance(0.9),
                    decided));
        }
        if (c.isPupil() && r.chance(0.9)) {
            batch.consents.add(new Consent(r.uuid(), c.id(), ConsentPurpose.CONTACT_MET_SCHOOL, r.chance(0.95),
                    decided));
        }
    }

    private void goals(Candidate c, DemoRandom r, DemoBatch batch) {
        int count = r.between(1, 3);
        for (int g = 0; g < count; g++) {
            LocalDate target = c.registeredOn().plusDays(r.between(60, 360));
            GoalStatus status = target.isBefore(today)
                    ? r.weighted(new GoalStatus[] {GoalStatus.BEREIKT, GoalStatus.GESTOPT, GoalStatus.BEZIG},
                            new double[] {55, 15, 30})
                    : r.weighted(new GoalStatus[] {GoalStatus.OPEN, GoalStatus.BEZIG}, new double[] {40, 60});
            String text = r.pick(lists.goals).replace("{uren}", String.valueOf(r.between(8, 16) * 2));
            PlanGoal goal = new PlanGoal(r.uuid(), c.id(), text, status, target);
            batch.goals.add(goal);
            int actions = r.between(1, 3);
            for (int a = 0; a < actions; a++) {
                LocalDate due = r.dayBetween(min(c.registeredOn().plusDays(7), target), target);
                ActionOwner owner = c.isPupil() && r.chance(0.3) ? ActionOwner.SCHOOL
                        : r.weighted(new ActionOwner[] {ActionOwner.KANDIDAAT, ActionOwner.COACH,
                                ActionOwner.WERKGEVER}, new double[] {45, 45, 10});
                LocalDate done = due.isBefore(today) && (status == GoalStatus.BEREIKT || r.chance(0.7))
                        ? min(due.plusDays(r.between(-5, 10)), today) : null;
                batch.actions.add(new PlanAction(r.uuid(), c.id(), goal.id(), null, r.pick(lists.actions), owner,
                        due, done));
            }
        }
    }

    private void ladder(Candidate c, DemoRandom r, DemoBatch batch) {
        int finalRung = switch (c.status()) {
            case GEPLAATST -> r.chance(0.8) ? 5 : 4;
            case NAZORG -> r.chance(0.4) ? 6 : 5;
            case UITGESTROOMD -> r.between(3, 6);
            case ACTIEF_TRAJECT -> r.between(2, 4);
            case TIJDELIJK_NIET_BESCHIKBAAR, UIT_BEELD -> r.between(1, 3);
            default -> r.between(1, 3);
        };
        int startRung = Math.max(1, finalRung - r.between(0, 3));
        List<LocalDate> days = new ArrayList<>();
        boolean stale = r.chance(0.15);
        LocalDate stop = stale ? today.minusDays(r.between(200, 400)) : today;
        for (LocalDate d = c.registeredOn().plusDays(r.between(7, 30)); !d.isAfter(stop);
             d = d.plusDays(LADDER_INTERVAL_DAYS + r.between(-20, 20))) {
            days.add(d);
        }
        if (days.isEmpty()) {
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            int rung = days.size() == 1 ? finalRung
                    : startRung + (int) Math.round((finalRung - startRung) * (double) i / (days.size() - 1));
            if (i > 0 && i < days.size() - 1 && r.chance(0.1)) {
                rung = Math.max(1, rung - 1);
            }
            batch.ladder.add(new LadderMeasurement(r.uuid(), c.id(), days.get(i), Participatieladder.of(rung)));
        }
    }

    private void zrm(Candidate c, DemoRandom r, DemoBatch batch) {
        LocalDate first = min(c.registeredOn().plusDays(r.between(10, 40)), today);
        Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain domain : ZrmDomain.values()) {
            if (r.chance(domain.sensitive() ? 0.6 : 0.9)) {
                scores.put(domain, r.weighted(new Integer[] {1, 2, 3, 4, 5}, new double[] {4, 14, 34, 34, 14}));
            }
        }
        batch.zrm.add(new ZrmMeasurement(r.uuid(), c.id(), first, scores));
        LocalDate second = first.plusDays(r.between(180, 365));
        if (second.isBefore(today) && r.chance(0.5)) {
            Map<ZrmDomain, Integer> later = new EnumMap<>(ZrmDomain.class);
            scores.forEach((domain, score) -> later.put(domain,
                    Math.min(ZrmScore.MAX, Math.max(ZrmScore.MIN, score + r.weighted(new Integer[] {-1, 0, 1},
                            new double[] {10, 55, 35})))));
            batch.zrm.add(new ZrmMeasurement(r.uuid(), c.id(), second, later));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.GoalOutcome;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.rules.JobcoachHours;
import nl.werkmap.domain.validation.CoachingsplanRules;

/**
 * The coachingsplan and forms of a demo toekenning, so the Verantwoording tab and its documents show real content:
 * two or three main goals per half year (work goals, never a word about health) with planned hours within the
 * grant and catalogue activities; once a half year is within its last weeks, an outcome per goal, the employer's
 * evaluation, the employee's satisfaction and the coach's own answers with the result code. Only the latest two half
 * years of a placement get them: enough to look at, without tripling the demo's size. Deterministic per grant.
 */
final class DemoCoachingsplan {

    /** Work goals as a coach writes them: what the person can do on their own at the end of the half year. */
    private static final List<String> GOALS = List.of(
            "Zelfstandig de dagtaken plannen met de weekkaart",
            "Op tijd beginnen en pauzes zelf bewaken",
            "Bij een storing zelf de leidinggevende om hulp vragen",
            "De ochtendroute zonder begeleiding lopen",
            "Nieuwe taken leren met een stappenkaart",
            "Samenwerken met de collega van de middagploeg",
            "Zelf het werkoverleg voorbereiden",
            "Afwijkingen in het werk melden bij de buddy",
            "Het werktempo van de afdeling bijhouden",
            "Zelfstandig reizen naar het werk met het OV");

    private static final List<Set<CoachingActivity>> ACTIVITIES = List.of(
            EnumSet.of(CoachingActivity.INWERKEN_EN_TRAINEN, CoachingActivity.STRUCTUREREN_VAN_HET_WERK),
            EnumSet.of(CoachingActivity.BEGELEIDEN_OP_HET_WERK),
            EnumSet.of(CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE, CoachingActivity.EVALUATIE_EN_COORDINATIE),
            EnumSet.of(CoachingActivity.STORINGEN_OPSPOREN_EN_VERHELPEN, CoachingActivity.BEGELEIDEN_OP_HET_WERK));

    private static final List<String> REMARKS = java.util.Arrays.asList("Fijne samenwerking, vaste aanspreekpunten.",
            "Duidelijke afspraken; de coach was goed bereikbaar.", "Graag iets vaker op de werkvloer.", null, null);
    private static final List<String> OWN_EFFORT = List.of(
            "De leidinggevende plant het werk nu zelf in vaste blokken en bespreekt de week op maandag.",
            "De buddy neemt de dagstart over; het team kent de werkafspraken.",
            "De werkgever heeft een vaste werkplek en een stappenkaart bij de machine ingericht.");
    private static final List<String> COACH_ACTIVITIES = List.of(
            "Samen met de leidinggevende een instructiekaart gemaakt en het geven van korte instructies geoefend.",
            "De buddy ingewerkt in het bespreken van de planning en het signaleren van drukte.",
            "Het evaluatiegesprek voorbereid en de leidinggevende laten oefenen met feedback geven.");
    private static final List<String> SIGNERS = List.of("P. Jansen (teamleider)", "M. de Groot (bedrijfsleider)",
            "S. Bakker (leidinggevende)", "R. Visser (eigenaar)");

    private DemoCoachingsplan() {
    }

    /** Whether the demo fills in the plan of this grant: one of the placement's latest two half years. */
    static boolean planned(JobcoachGrant grant, HalfYear lastHalf) {
        return grant.period().compareTo(previous(lastHalf)) >= 0 && grant.period().compareTo(lastHalf) <= 0;
    }

    /** The main goals, and when the half year is nearly over, the outcomes and the three forms. */
    static void addFor(JobcoachGrant grant, LocalDate today, List<PlanGoal> goals, List<JobcoachForm> forms) {
        Random r = new Random(grant.id().getLeastSignificantBits() * 31 + 7);
        HalfYear half = grant.period();
        double budget = JobcoachHours.maxHours(grant).doubleValue();
        int count = 2 + r.nextInt(CoachingsplanRules.MAX_MAIN_GOALS - 1);
        boolean ending = !today.isBefore(half.end().minusWeeks(CoachingsplanRules.OUTCOME_WEEKS_BEFORE_END));
        LocalDate from = half.end().minusWeeks(CoachingsplanRules.OUTCOME_WEEKS_BEFORE_END);
        LocalDate outcomeOn = ending ? max(from, min(today, half.end()).minusDays(r.nextInt(5))) : null;
        int first = r.nextInt(GOALS.size());
        for (int i = 0; i < count; i++) {
            double hours = Math.max(1, Math.min(CoachingsplanRules.MAX_PLANNED_HOURS,
                    Math.round(budget * (0.8 / count) * 2) / 2.0));
            PlanGoal goal = PlanGoal.mainGoal(id(grant, 0x60, i), grant.candidateId(), grant.placementId(), half,
                    GOALS.get((first + i * 3) % GOALS.size()), hours, ACTIVITIES.get(r.nextInt(ACTIVITIES.size())));
            if (ending) {
                double x = r.nextDouble();
                GoalOutcome outcome = x < 0.55 ? GoalOutcome.GEHAALD : x < 0.8 ? GoalOutcome.DEELS
                        : x < 0.9 ? GoalOutcome.VERVOLG_NODIG : GoalOutcome.NIET;
                goal = goal.endedWith(outcome, outcomeOn);
            }
            goals.add(goal);
        }
        if (!ending) {
            return;
        }
        LocalDate filled = outcomeOn.minusDays(1 + r.nextInt(6));
        boolean paper = r.nextDouble() < 0.3;
        forms.add(new JobcoachForm(id(grant, 0xF0, 0), grant.candidateId(), grant.placementId(),
                JobcoachFormKind.WERKGEVER_EVALUATIE, half, filled, 6 + r.nextInt(5), r.nextDouble() < 0.9,
                r.nextDouble() < 0.6 ? 0 : 1 + r.nextInt(6), pick(REMARKS, r), null, null, null,
                pick(SIGNERS, r), paper ? null : signature(r), paper));
        forms.add(new JobcoachForm(id(grant, 0xF0, 1), grant.candidateId(), grant.placementId(),
                JobcoachFormKind.WERKNEMER_TEVREDENHEID, half, filled, 5 + r.nextInt(6), null, null,
                r.nextDouble() < 0.5 ? "Ik weet nu beter wat ik moet doen." : null, null, null, null, null,
                paper ? null : signature(r), paper));
        // Never "niet meer werkzaam" here: the demo's placements with a plan still run.
        JobcoachResult result = JobcoachResult.values()[r.nextInt(JobcoachResult.values().length - 1)];
        forms.add(new JobcoachForm(id(grant, 0xF0, 2), grant.candidateId(), grant.placementId(),
                JobcoachFormKind.VERANTWOORDING, half, outcomeOn, null, null, null, null, pick(OWN_EFFORT, r),
                pick(COACH_ACTIVITIES, r), result, null, null, false));
    }

    /** A short drawn signature as the pad keeps it: two strokes of points in thousandths of the pad. */
    private static String signature(Random r) {
        StringBuilder out = new StringBuilder();
        for (int stroke = 0; stroke < 2; stroke++) {
            if (stroke > 0) {
                out.append(';');
            }
            int x = 80 + stroke * 420;
            for (int p = 0; p < 6; p++) {
                if (p > 0) {
                    out.append(' ');
                }
                out.append(x + p * 60).append(',').append(350 + r.nextInt(300));
            }
        }
        return out.toString();
    }

    private static UUID id(JobcoachGrant grant, long kind, int n) {
        // Grants of one placement have consecutive ids: spread them apart so their goals and forms never meet.
        return new UUID(grant.id().getMostSignificantBits() ^ (kind << 16),
                (grant.id().getLeastSignificantBits() << 3) + n);
    }

    private static <T> T pick(List<T> from, Random r) {
        return from.get(r.nextInt(from.size()));
    }

    private static HalfYear previous(HalfYear half) {
        return half.half() == 2 ? new HalfYear(half.year(), 1) : new HalfYear(half.year() - 1, 2);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package nl.werkmap.report.verantwoording;

import static nl.werkmap.report.verantwoording.DocumentContent.cell;
import static nl.werkmap.report.verantwoording.DocumentContent.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.rules.JobcoachHours;

/**
 * The documents about one placement: the verantwoordingsrapportage of a half year, the vervolgaanvraag, the
 * eindrapportage and the melding of a change or end of the dienstbetrekking. Each is built only through
 * {@link DocumentContent.Builder}, so each value names its stored field and no health field can get in.
 */
public final class PlacementDocuments {

    private PlacementDocuments() {
    }

    public static DocumentContent build(DocumentKind kind, PlacementHalfYear s) {
        return switch (kind) {
            case VERANTWOORDING -> verantwoording(s);
            case VERVOLGAANVRAAG -> vervolgaanvraag(s);
            case EINDRAPPORTAGE -> eindrapportage(s);
            case MELDING_DIENSTBETREKKING -> melding(s);
            case WERKGEVER_EVALUATIE -> FormDocuments.form(s, JobcoachFormKind.WERKGEVER_EVALUATIE);
            case WERKNEMER_TEVREDENHEID -> FormDocuments.form(s, JobcoachFormKind.WERKNEMER_TEVREDENHEID);
            case TEVREDENHEID_JAAR -> throw new IllegalArgumentException("de jaartevredenheid hoort bij geen plaatsing");
        };
    }

    /** Who, where, which grant: the head of every placement document. */
    static void particulars(DocumentContent.Builder b, PlacementHalfYear s, boolean withGrant) {
        Placement p = s.placement().placement();
        b.section("Gegevens");
        b.fact("Werknemer", "candidate", "full_name", s.file().candidate().personal().fullName(),
                s.file().candidate().personal().fullName());
        b.fact("Werkgever", "employer", "name", name(s), name(s));
        b.fact("Functie", "placement", "job_title", p.jobTitle(), p.jobTitle());
        b.fact("In dienst sinds", "placement", "start", p.start(), DocumentWords.day(p.start()));
        b.fact("Uren per week", "placement", "hours_per_week", p.hoursPerWeek(),
                DocumentWords.hours(p.hoursPerWeek()));
        b.fact("Jobcoach", "coach", "name", s.file().coach().map(c -> c.name()).orElse(null),
                s.file().coach().map(c -> c.name()).orElse("-"));
        b.fact("Periode", "jobcoach_grant", "period", s.period().toString(), s.period().toString() + " ("
                + DocumentWords.day(s.period().start()) + " t/m " + DocumentWords.day(s.period().end()) + ")");
        if (!withGrant) {
            return;
        }
        Optional<JobcoachGrant> grant = s.grant();
        if (grant.isEmpty()) {
            b.wording("Voor deze periode is geen toekenning vastgelegd.");
            return;
        }
        JobcoachGrant g = grant.get();
        b.fact("Financier", "jobcoach_grant", "financier", g.financier(), DocumentWords.financier(g.financier())
                + (g.gemeenteCode() == null ? "" : " " + g.gemeenteCode()));
        b.fact("Kenmerk", "jobcoach_grant", "kenmerk", g.kenmerk(), g.kenmerk());
        b.fact("Beschikking van", "jobcoach_grant", "decided_on", g.decidedOn(), DocumentWords.day(g.decidedOn()));
        b.fact("Regime", "jobcoach_grant", "regime", g.regime(), g.regime() == null ? "toegekende uren"
                : regime(g.regime()) + ", jaar " + g.employmentYear());
        double max = JobcoachHours.maxHours(g).doubleValue();
        double used = JobcoachHours.used(g, s.logboek());
        b.figure("Maximum uren", max, DocumentWords.hours(max));
        b.figure("Gebruikte uren", used, DocumentWords.hours(used));
        b.figure("Resterende uren", max - used, DocumentWords.hours(max - used));
    }

    static String regime(JobcoachRegime regime) {
        return regime.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String name(PlacementHalfYear s) {
        return s.placement().employer() == null ? null : s.placement().employer().name();
    }

    static DocumentContent verantwoording(PlacementHalfYear s) {
        DocumentContent.Builder b = DocumentContent.builder(DocumentKind.VERANTWOORDING);
        particulars(b, s, true);
        logboek(b, s.logboek());
        goals(b, s);
        Optional<JobcoachForm> own = s.form(JobcoachFormKind.VERANTWOORDING);
        b.section("Twee vragen");
        b.text("Leidt de eigen inzet van de werkgever tot een passende werkplek en een passend werkklimaat?",
                "jobcoach_form", "answer_own_effort", own.map(JobcoachForm::answerOwnEffort).orElse(null));
        b.text("Welke activiteiten van de jobcoach hebben de werkgever in staat gesteld zelf te begeleiden?",
                "jobcoach_form", "answer_coach_activities", own.map(JobcoachForm::answerCoachActivities).orElse(null));
        b.section("Resultaat");
        JobcoachResult result = own.map(JobcoachForm::result).orElse(null);
        b.fact("Resultaat van deze periode", "jobcoach_form", "result_code", result, DocumentWords.result(result));
        FormDocuments.evaluationPart(b, s.form(JobcoachFormKind.WERKGEVER_EVALUATIE));
        FormDocuments.satisfactionPart(b, s.form(JobcoachFormKind.WERKNEMER_TEVREDENHEID));
        return b.build();
    }

    static void logboek(DocumentContent.Builder b, List<CoachingSession> sessions) {
        b.section("Logboek");
        if (sessions.isEmpty()) {
            b.wording("Geen uren vastgelegd in deze periode.");
            return;
        }
        List<List<DocumentContent.Cell>> rows = new ArrayList<>();
        double total = 0;
        for (CoachingSession x : sessions) {
            rows.add(List.of(
                    cell("coaching_session", "starts_at", x.startsAt(), DocumentWords.day(x.startsAt().toLocalDate())),
                    cell("coaching_session", "activity", x.logboek().activity(),
                            DocumentWords.activity(x.logboek().activity())),
                    cell("coaching_session", "location", x.location(), DocumentWords.contact(x.contactType())),
                    cell("coaching_session", "hours_accounted", x.hoursAccounted(),
                            DocumentWords.hours(x.hoursAccounted()))));
            total += x.hoursAccounted();
        }
        rows.add(List.of(figure(sessions.size(), "Totaal"), figure(sessions.size(), sessions.size() == 1 ? "1 contact" : sessions.size() + " contacten"),
                figure(0, ""), figure(total, DocumentWords.hours(total))));
        b.table(List.of("Datum", "Activiteit", "Contact", "Uren"), rows);
        b.wording("Reistijd is apart vastgelegd en telt niet als coaching.");
    }

    static void goals(DocumentContent.Builder b, PlacementHalfYear s) {
        b.section("Resultaten per doel");
        List<GoalOutcomes.GoalLine> goals = GoalOutcomes.of(s.file().goals(), s.placement().placement().id(), s.period());
        if (goals.isEmpty()) {
            b.wording("Het coachingsplan heeft voor deze periode geen doelen.");
            return;
        }
        int n = 1;
        for (GoalOutcomes.GoalLine g : goals) {
            b.text("Doel " + n, "plan_goal", "description", g.goal().description());
            double spent = s.logboek().stream().filter(x -> x.logboek().goalIds().contains(g.goal().id()))
                    .mapToDouble(CoachingSession::hoursAccounted).sum();
            b.fact("Gepland (uren)", "plan_goal", "planned_hours", g.plannedHours(),
                    g.plannedHours() == null ? "-" : DocumentWords.hours(g.plannedHours()));
            b.figure("Besteed (uren)", spent, DocumentWords.hours(spent));
            b.fact("Resultaat", "plan_goal", "outcome", g.outcomeCode(), g.outcome());
            n++;
        }
    }

    static DocumentContent vervolgaanvraag(PlacementHalfYear s) {
        DocumentContent.Builder b = DocumentContent.builder(DocumentKind.VERVOLGAANVRAAG);
        particulars(b, s, true);
        Optional<JobcoachForm> own = s.form(JobcoachFormKind.VERANTWOORDING);
        JobcoachResult result = own.map(JobcoachForm::result).orElse(null);
        b.section("Aanvraag");
        b.fact("Gevraagd voor", "jobcoach_grant", "period", s.period().next().toString(), s.period().next().toString());
        b.fact("Gevraagd regime", "jobcoach_form", "result_code", result, DocumentWords.result(result));
        b.text("Motivering", "jobcoach_form", "remark", own.map(JobcoachForm::remark).orElse(null));
        goals(b, s);
        b.section("Bijgewerkt coachingsplan");
        b.wording("De doelen hierboven die deels of niet gehaald zijn of vervolg nodig hebben, lopen door in de"
                + " volgende periode.");
        return b.build();
    }

    static DocumentContent eindrapportage(PlacementHalfYear s) {
        DocumentContent.Builder b = DocumentContent.builder(DocumentKind.EINDRAPPORTAGE);
        particulars(b, s, false);
        Placement p = s.placement().placement();
        b.fact("Einde begeleiding", "placement", "actual_end", p.actualEnd(), DocumentWords.day(p.actualEnd()));
        b.section("Uren over de hele begeleiding");
        List<List<DocumentContent.Cell>> rows = new ArrayList<>();
        double totalMax = 0;
        double totalUsed = 0;
        for (JobcoachGrant g : s.grants()) {
            double max = JobcoachHours.maxHours(g).doubleValue();
            double used = JobcoachHours.used(g, s.allSessions());
            totalMax += max;
            totalUsed += used;
            rows.add(List.of(cell("jobcoach_grant", "period", g.period().toString(), g.period().toString()),
                    cell("jobcoach_grant", "financier", g.financier(), DocumentWords.financier(g.financier())),
                    figure(max, DocumentWords.hours(max)), figure(used, DocumentWords.hours(used))));
        }
        rows.add(List.of(figure(0, "Totaal"), figure(0, ""), figure(totalMax, DocumentWords.hours(totalMax)),
                figure(totalUsed, DocumentWords.hours(totalUsed))));
        b.table(List.of("Periode", "Financier", "Maximum", "Gebruikt"), rows);
        goals(b, s);
        Optional<JobcoachForm> own = s.form(JobcoachFormKind.VERANTWOORDING);
        b.section("Resultaat");
        JobcoachResult result = own.map(JobcoachForm::result).orElse(null);
        b.fact("Resultaat", "jobcoach_form", "result_code", result, DocumentWords.result(result));
        b.text("Toelichting", "jobcoach_form", "remark", own.map(JobcoachForm::remark).orElse(null));
        return b.build();
    }

    static DocumentContent melding(PlacementHalfYear s) {
        DocumentContent.Builder b = DocumentContent.builder(DocumentKind.MELDING_DIENSTBETREKKING);
        particulars(b, s, false);
        Placement p = s.placement().placement();
        boolean ended = p.actualEnd() != null;
        b.section(ended ? "Einde dienstbetrekking" : "Wijziging dienstbetrekking");
        if (ended) {
            PlacementEndReason outward = DocumentWords.outwardEndReason(p.endReason());
            b.fact("Laatste werkdag", "placement", "actual_end", p.actualEnd(), DocumentWords.day(p.actualEnd()));
            b.fact("Reden", "placement", "end_reason", outward, DocumentWords.endReason(outward));
            b.wording("Meld het einde binnen 1 week bij de financier.");
        } else {
            b.fact("Uren per week nu", "placement", "hours_per_week", p.hoursPerWeek(),
                    DocumentWords.hours(p.hoursPerWeek()));
            b.fact("Einde contract volgens plan", "placement", "planned_end", p.plannedEnd(),
                    DocumentWords.day(p.plannedEnd()));
            b.wording("Meld een wijziging binnen 2 weken bij de financier.");
        }
        return b.build();
    }
}

package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.werkmap.report.CaseloadFigures.CoachCaseload;
import nl.werkmap.report.ContactFigures.CoachContact;
import nl.werkmap.report.JobcoachHourFigures;
import nl.werkmap.report.JobcoachHourFigures.CoachBudget;
import nl.werkmap.report.JobcoachHourFigures.CoachDays;
import nl.werkmap.report.JobcoachHourFigures.ImplausibleDay;
import nl.werkmap.report.MovementFigures;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.table.SmallCellPolicy.Mark;

/** Tables about the work with people: jobcoach hours, contact, movement; school leavers and due soon follow. */
final class CareTables {

    private final SmallCellPolicy policy;
    private final TeamSummary summary;
    private final CaseloadTables caseload;
    private ReportCell outOfViewTotal = ReportCell.count(0);
    private ReportCell ladderUp = ReportCell.count(0);

    CareTables(SmallCellPolicy policy, TeamSummary summary, CaseloadTables caseload) {
        this.policy = policy;
        this.summary = summary;
        this.caseload = caseload;
    }

    ReportCell outOfViewTotal() {
        return outOfViewTotal;
    }

    ReportCell ladderUp() {
        return ladderUp;
    }

    List<ReportTable> tables() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(contact());
        tables.add(jobcoachBudget());
        tables.add(hoursPerDay());
        if (!summary.jobcoachHours().implausibleDays().isEmpty()) {
            tables.add(implausibleDays());
        }
        tables.add(ladder());
        tables.add(zrm());
        SchoolTables school = new SchoolTables(policy, summary);
        tables.addAll(school.tables());
        return tables;
    }

    private ReportTable contact() {
        List<CoachCaseload> coaches = summary.caseload().perCoach();
        Map<String, CoachContact> byCoach = new HashMap<>();
        summary.contact().perCoach().forEach(c -> byCoach.put(c.coachId(), c));
        List<CoachContact> rows = new ArrayList<>();
        for (CoachCaseload c : coaches) {
            rows.add(byCoach.getOrDefault(c.coachId(), new CoachContact(c.coachId(), c.coachName(), 0, 0, 0, 0, 0, 0)));
        }
        ColumnProtector columns = new ColumnProtector(policy);
        ReportCell[] active = caseload.activeColumn();
        ReportCell[] without = columns.column(rows, CoachContact::withoutSessionInPeriod);
        ReportCell[] outOfView = columns.column(rows, CoachContact::outOfView);
        ReportCell[] complete = columns.column(rows, CoachContact::complete);
        // Sessions are not people, but "any count from 1 to 4" is the rule, and the column adds up to a total.
        ReportCell[] sessionCells = columns.column(rows, CoachContact::sessions);
        outOfViewTotal = outOfView[rows.size()];
        TableBuilder t = new TableBuilder("contact", "Contact en volledigheid per coach", "Coach", "Actieve kandidaten",
                "Gesprekken in periode", "Gesprekken per kandidaat", "Zonder gesprek in periode",
                "Uit beeld (> 6 weken)", "Volledigheid gegevens", "Volledig ingevuld").chart(5)
                .note("Uit beeld: het laatste gesprek is meer dan " + summary.contact().outOfViewDays()
                        + " dagen oud, of er was nog nooit een gesprek. Volledigheid: gemiddelde score van de "
                        + "basisgegevens (contact, geboortedatum, woonplaats, register, coach, talenten, wensen, "
                        + "ondersteuning, uren, laddermeting, toestemming profiel; bij leerlingen ook uitstroomdatum "
                        + "en bestemming).");
        long sessions = 0;
        long activeSum = 0;
        double filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            CoachContact c = rows.get(i);
            sessions += c.sessions();
            activeSum += c.active();
            filled += c.completeness() * c.active();
            t.row(TableBuilder.label(coaches.get(i).coachName()), active[i], sessionCells[i],
                    ReportCell.derived(sessionCells[i], ReportCell.derived(active[i], c.active() == 0 ? ReportCell.empty()
                            : ReportCell.decimal((double) c.sessions() / c.active(), 1))),
                    without[i], outOfView[i],
                    ReportCell.derived(active[i], c.active() == 0 ? ReportCell.empty() : ReportCell.percent(c.completeness())),
                    complete[i]);
        }
        ReportCell at = active[rows.size()];
        ReportCell st = sessionCells[rows.size()];
        t.totalRow(TableBuilder.label("Totaal"), at, st,
                ReportCell.derived(st, ReportCell.derived(at, activeSum == 0 ? ReportCell.empty()
                        : ReportCell.decimal((double) sessions / activeSum, 1))),
                without[rows.size()], outOfViewTotal,
                ReportCell.derived(at, activeSum == 0 ? ReportCell.empty() : ReportCell.percent(filled / activeSum)),
                complete[rows.size()]);
        return t.build();
    }

    private ReportTable jobcoachBudget() {
        List<CoachBudget> rows = summary.jobcoachHours().perCoach();
        ColumnProtector columns = new ColumnProtector(policy);
        ReportCell[] placements = columns.column(rows, CoachBudget::placements);
        ReportCell[] over = columns.column(rows, CoachBudget::overBudget);
        TableBuilder t = new TableBuilder("jobcoach_uren", "Jobcoachuren: gebruikt tegenover toegekend", "Coach",
                "Plaatsingen met jobcoaching", "Uren gebruikt", "Uren toegekend (naar rato)", "Verbruik",
                "Plaatsingen boven budget").chart(4)
                .note("Gebruikt: verantwoorde uren van gesprekken die aan de plaatsing hangen, in de periode. "
                        + "Toegekend: de uren per halfjaar, naar rato van de dagen dat de plaatsing in de periode liep.");
        double used = 0;
        double granted = 0;
        for (int i = 0; i < rows.size(); i++) {
            CoachBudget c = rows.get(i);
            used += c.used();
            granted += c.granted();
            budgetRow(t, false, c.coachName(), placements[i], c.used(), c.granted(), over[i]);
        }
        budgetRow(t, true, "Totaal", placements[rows.size()], used, granted, over[rows.size()]);
        return t.build();
    }

    private static void budgetRow(TableBuilder t, boolean total, String label, ReportCell placements, double used,
                                  double granted, ReportCell over) {
        ReportCell[] row = {TableBuilder.label(label), placements,
            ReportCell.derived(placements, ReportCell.decimal(used, 1)),
            ReportCell.derived(placements, ReportCell.decimal(granted, 1)),
            TableBuilder.ratio(placements, used, granted), over};
        if (total) {
            t.totalRow(row);
        } else {
            t.row(row);
        }
    }

    private ReportTable hoursPerDay() {
        TableBuilder t = new TableBuilder("uren_per_dag", "Verantwoorde uren per coach per dag", "Coach",
                "Dagen met uren", "Uren", "Gemiddeld per dag", "Dagen boven 10 uur").chart(3)
                .note("Over medewerkers, niet over kandidaten: hier wordt niets verborgen. Een dag met meer dan "
                        + ReportCell.format(JobcoachHourFigures.IMPLAUSIBLE_HOURS_PER_DAY, 0)
                        + " verantwoorde uren is onwaarschijnlijk; kijk die na.");
        long days = 0;
        double hours = 0;
        long flagged = 0;
        for (CoachDays c : summary.jobcoachHours().perCoachDay()) {
            days += c.days();
            hours += c.hours();
            flagged += c.implausibleDays();
            t.row(TableBuilder.label(c.coachName()), ReportCell.count(c.days(), Mark.SHOWN), ReportCell.decimal(c.hours(), 1),
                    ReportCell.decimal(c.days() == 0 ? 0 : c.hours() / c.days(), 1), ReportCell.count(c.implausibleDays(), Mark.SHOWN));
        }
        return t.totalRow(TableBuilder.label("Totaal"), ReportCell.count(days, Mark.SHOWN), ReportCell.decimal(hours, 1),
                ReportCell.decimal(days == 0 ? 0 : hours / days, 1), ReportCell.count(flagged, Mark.SHOWN)).build();
    }

    private ReportTable implausibleDays() {
        TableBuilder t = new TableBuilder("onwaarschijnlijke_dagen", "Dagen met meer dan 10 verantwoorde uren",
                "Coach", "Datum", "Uren");
        for (ImplausibleDay d : summary.jobcoachHours().implausibleDays()) {
            t.row(TableBuilder.label(d.coachName()), ReportCell.date(d.day()), ReportCell.decimal(d.hours(), 1));
        }
        return t.build();
    }

    private ReportTable ladder() {
        MovementFigures m = summary.movement();
        long[][] counts = {{m.ladderUp()}, {m.ladderSame()}, {m.ladderDown()}};
        Protection p = policy.protect(counts, 1, false, true);
        ladderUp = p.cell(0, 0);
        TableBuilder t = new TableBuilder("ladder", "Beweging op de Participatieladder", "Van eerste naar laatste meting",
                "Kandidaten").chart(1)
                .note("Kandidaten met minstens twee metingen in de periode; eerste tegenover laatste meting.");
        t.row(TableBuilder.label("Omhoog"), p.cell(0, 0));
        t.row(TableBuilder.label("Gelijk"), p.cell(1, 0));
        t.row(TableBuilder.label("Omlaag"), p.cell(2, 0));
        return t.totalRow(TableBuilder.label("Totaal"), p.cell(3, 0)).build();
    }

    private ReportTable zrm() {
        List<MovementFigures.ZrmChange> rows = summary.movement().zrm();
        long[][] counts = new long[rows.size()][3];
        for (int i = 0; i < rows.size(); i++) {
            counts[i] = new long[] {rows.get(i).up(), rows.get(i).same(), rows.get(i).down()};
        }
        Protection p = policy.protect(counts, 3, true, false);
        TableBuilder t = new TableBuilder("zrm", "Zelfredzaamheid-Matrix: verandering per domein", "Domein", "Vooruit",
                "Gelijk", "Achteruit", "Gemeten (2x of vaker)", "Gemiddelde verandering (punten)").chart(1)
                .note("Eerste tegenover laatste ZRM in de periode. Niet opgenomen: "
                        + String.join(", ", summary.movement().zrmLeftOut().stream().map(Labels::of).toList())
                                .toLowerCase(Locale.ROOT)
                        + ". Dat zijn bijzondere persoonsgegevens; ze staan versleuteld en een overzicht opent ze nooit.");
        for (int i = 0; i < rows.size(); i++) {
            ReportCell measured = p.rowTotal(i) == 0 ? ReportCell.count(0) : p.cell(i, 3);
            t.row(TableBuilder.label(Labels.of(rows.get(i).domain())), p.cell(i, 0), p.cell(i, 1), p.cell(i, 2), measured,
                    ReportCell.derived(measured, rows.get(i).measured() == 0 ? ReportCell.empty()
                            : ReportCell.decimal(rows.get(i).meanChange(), 2)));
        }
        return t.build();
    }
}

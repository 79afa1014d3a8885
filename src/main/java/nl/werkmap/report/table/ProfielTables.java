package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.report.CaseloadFigures.CoachCaseload;
import nl.werkmap.report.ProfielFigures.CoachProfiel;
import nl.werkmap.report.TeamSummary;

/**
 * The werknemersprofiel per coach: how many active candidates can be matched, and what is missing most. The four
 * items are those whose absence made UWV's Kandidatenverkenner fail; counts 1 to 4 are hidden like everywhere.
 */
final class ProfielTables {

    private final SmallCellPolicy policy;
    private final TeamSummary summary;
    private final CaseloadTables caseload;

    ProfielTables(SmallCellPolicy policy, TeamSummary summary, CaseloadTables caseload) {
        this.policy = policy;
        this.summary = summary;
        this.caseload = caseload;
    }

    ReportTable table() {
        List<CoachCaseload> coaches = summary.caseload().perCoach();
        Map<String, CoachProfiel> byCoach = new HashMap<>();
        summary.profiel().perCoach().forEach(c -> byCoach.put(c.coachId(), c));
        List<CoachProfiel> rows = new ArrayList<>();
        for (CoachCaseload c : coaches) {
            rows.add(byCoach.getOrDefault(c.coachId(), new CoachProfiel(c.coachId(), c.coachName(), 0, 0, 0, 0, 0, 0)));
        }
        ColumnProtector columns = new ColumnProtector(policy);
        ReportCell[] active = caseload.activeColumn();
        ReportCell[] complete = columns.column(rows, CoachProfiel::complete);
        ReportCell[] level = columns.column(rows, CoachProfiel::withoutOpleidingsniveau);
        ReportCell[] sectors = columns.column(rows, CoachProfiel::withoutSectorWishes);
        ReportCell[] hours = columns.column(rows, CoachProfiel::withoutHoursAndAvailability);
        ReportCell[] travel = columns.column(rows, CoachProfiel::withoutTravel);
        java.util.Map<String, Long> notStarted = summary.schoolLeavers().notStartedPerCoach();
        ReportCell[] leavers = columns.column(rows, c -> notStarted.getOrDefault(c.coachId(), 0L));
        TableBuilder t = new TableBuilder("werknemersprofiel", "Werknemersprofiel: klaar om te matchen", "Coach",
                "Actieve kandidaten", "Profiel compleet", "Zonder opleidingsniveau", "Zonder sectorwensen",
                "Zonder uren en beschikbaarheid", "Zonder reisbereik",
                "VSO/PrO zonder profiel en eerste gesprek").chart(2)
                .note("Compleet: opleidingsniveau, sectorwensen, uren met dagen of startdatum, en reistijd met "
                        + "postcode of vervoer zijn ingevuld. Dit zijn de gegevens waarop de Kandidatenverkenner van "
                        + "UWV vastliep. Een kandidaat zonder profiel telt in elke kolom 'zonder' mee. VSO/PrO: actieve "
                        + "leerlingen en schoolverlaters zonder werknemersprofiel en zonder gesprek dat heeft "
                        + "plaatsgevonden; daar is nog niemand mee begonnen.");
        for (int i = 0; i < rows.size(); i++) {
            t.row(TableBuilder.label(coaches.get(i).coachName()), active[i], complete[i], level[i], sectors[i],
                    hours[i], travel[i], leavers[i]);
        }
        int total = rows.size();
        t.totalRow(TableBuilder.label("Totaal"), active[total], complete[total], level[total], sectors[total],
                hours[total], travel[total], leavers[total]);
        return t.build();
    }
}

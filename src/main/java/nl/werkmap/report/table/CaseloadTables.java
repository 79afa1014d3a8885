package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.CaseloadFigures;
import nl.werkmap.report.CaseloadFigures.CoachCaseload;
import nl.werkmap.report.CrossTally;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.table.SmallCellPolicy.Mark;

/** The caseload tables: per coach against the target, by status, by register and grondslag, outflow. */
final class CaseloadTables {

    private final SmallCellPolicy policy;
    private final CaseloadFigures figures;
    private final ReportCell[] active;
    private final ReportCell[] intakes;
    private final ReportCell[] outflow;
    private final Protection register;
    private final Protection outflowByDestination;

    CaseloadTables(SmallCellPolicy policy, TeamSummary summary) {
        this.policy = policy;
        this.figures = summary.caseload();
        ColumnProtector columns = new ColumnProtector(policy);
        List<CoachCaseload> coaches = figures.perCoach();
        int n = coaches.size();
        intakes = columns.column(coaches, CoachCaseload::newIntakes);
        // The same totals appear in two tables: hidden in one means hidden in both, and then each table protects
        // it like its own hidden number (a hidden total over shown numbers is just their sum).
        CrossTally reg = figures.registerByGrondslag();
        int regRows = reg.rowKeys().size();
        int regCols = reg.columnKeys().size();
        ReportCell[] act = columns.column(coaches, CoachCaseload::active);
        Protection regP = policy.protect(reg.counts(), regCols, true, true);
        if (act[n].hidden() || regP.grandTotalMark() != Mark.SHOWN) {
            act = columns.column(coaches, CoachCaseload::active, true);
            regP = policy.protect(reg.counts(), regCols, true, true, (i, j) -> i == regRows && j == regCols);
        }
        active = act;
        register = regP;
        CrossTally dest = figures.outflowByDestination();
        int destRows = dest.rowKeys().size();
        ReportCell[] out = columns.column(coaches, CoachCaseload::outflow);
        Protection destP = policy.protect(dest.counts(), 1, false, true);
        if (out[n].hidden() || destP.columnTotalMark(0) != Mark.SHOWN) {
            out = columns.column(coaches, CoachCaseload::outflow, true);
            destP = policy.protect(dest.counts(), 1, false, true, (i, j) -> i == destRows);
        }
        outflowByDestination = destP;
        outflow = out;
    }

    private static ReportCell hiddenAs(ReportCell cell) {
        return cell.hidden() ? cell : ReportCell.count(0, Mark.COMPLEMENT);
    }

    ReportCell activeTotal() {
        ReportCell t = active[active.length - 1];
        return register.grandTotalMark() != Mark.SHOWN ? hiddenAs(t) : t;
    }

    ReportCell intakeTotal() {
        return intakes[intakes.length - 1];
    }

    ReportCell outflowTotal() {
        return outflow[outflow.length - 1];
    }

    /** Active-candidate cells per coach (and total last), for the contact table that repeats the column. */
    ReportCell[] activeColumn() {
        ReportCell[] copy = active.clone();
        copy[copy.length - 1] = activeTotal();
        return copy;
    }

    List<ReportTable> tables() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(perCoach());
        tables.add(byStatus());
        tables.add(registerTable());
        tables.add(outflowTable());
        return tables;
    }

    private ReportTable perCoach() {
        TableBuilder t = new TableBuilder("caseload", "Caseload per coach", "Coach", "Actieve kandidaten", "Norm",
                "% van norm", "Nieuwe aanmeldingen", "Uitgestroomd").chart(1)
                .note("Actief: aangemeld vóór het einde van de periode en niet uitgestroomd. Norm: de caseloadnorm van "
                        + "de coach (standaard 50).");
        List<CoachCaseload> coaches = figures.perCoach();
        long targets = 0;
        for (int i = 0; i < coaches.size(); i++) {
            CoachCaseload c = coaches.get(i);
            targets += c.target();
            t.row(TableBuilder.label(c.coachName()), active[i], ReportCell.count(c.target(), Mark.SHOWN),
                    TableBuilder.ratio(active[i], c.active(), c.target()), intakes[i], outflow[i]);
        }
        ReportCell total = activeColumn()[coaches.size()];
        t.totalRow(TableBuilder.label("Totaal"), total, ReportCell.count(targets, Mark.SHOWN),
                TableBuilder.ratio(total, figures.active(), targets), intakeTotal(), outflowTotal());
        return t.build();
    }

    private ReportTable byStatus() {
        CrossTally s = figures.byStatus();
        Protection p = policy.protect(s.counts(), 1, false, true);
        TableBuilder t = new TableBuilder("status", "Kandidaten naar status", "Status", "Aantal").chart(1)
                .note("Iedereen die in de periode op de caseload stond, naar de status van nu.");
        for (int i = 0; i < s.rowKeys().size(); i++) {
            t.row(TableBuilder.label(Labels.of(s.rowKeys().get(i))), p.cell(i, 0));
        }
        return t.totalRow(TableBuilder.label("Totaal"), p.cell(s.rowKeys().size(), 0)).build();
    }

    private ReportTable registerTable() {
        CrossTally r = figures.registerByGrondslag();
        List<String> headers = new ArrayList<>();
        headers.add("Doelgroepregister");
        r.columnKeys().forEach(k -> headers.add(Labels.of(k)));
        headers.add("Totaal");
        TableBuilder t = new TableBuilder("register", "Actieve kandidaten naar doelgroepregister en grondslag",
                headers.toArray(String[]::new)).chart(headers.size() - 1);
        int cols = r.columnKeys().size();
        for (int i = 0; i <= r.rowKeys().size(); i++) {
            ReportCell[] row = new ReportCell[cols + 2];
            row[0] = TableBuilder.label(i < r.rowKeys().size() ? Labels.of(r.rowKeys().get(i)) : "Totaal");
            for (int j = 0; j <= cols; j++) {
                row[j + 1] = register.cell(i, j);
            }
            if (i < r.rowKeys().size()) {
                t.row(row);
            } else {
                row[cols + 1] = activeTotal();
                t.totalRow(row);
            }
        }
        return t.build();
    }

    private ReportTable outflowTable() {
        CrossTally o = figures.outflowByDestination();
        TableBuilder t = new TableBuilder("uitstroom", "Uitstroom in de periode naar bestemming", "Bestemming",
                "Aantal").chart(1);
        for (int i = 0; i < o.rowKeys().size(); i++) {
            t.row(TableBuilder.label(Labels.of(o.rowKeys().get(i))), outflowByDestination.cell(i, 0));
        }
        return t.totalRow(TableBuilder.label("Totaal"), outflowTotal()).build();
    }
}

package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkmap.report.CrossTally;
import nl.werkmap.report.DueSoonFigures;
import nl.werkmap.report.SchoolLeaverFigures;
import nl.werkmap.report.SchoolLeaverFigures.SchoolRow;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.table.SmallCellPolicy.Mark;

/** School leavers (per school, situation afterwards) and the due-soon counts. */
final class SchoolTables {

    private final SmallCellPolicy policy;
    private final TeamSummary summary;

    SchoolTables(SmallCellPolicy policy, TeamSummary summary) {
        this.policy = policy;
        this.summary = summary;
    }

    List<ReportTable> tables() {
        SchoolLeaverFigures s = summary.schoolLeavers();
        List<SchoolRow> rows = s.perSchool();
        long[][] counts = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            counts[i] = rows.get(i).byDestination();
        }
        int cols = s.destinations().size();
        Protection perSchool = policy.protect(counts, cols, true, true);
        Protection situation = policy.protect(s.situation().counts(), 2, false, true);
        // Both tables publish the number of leavers: hidden in one means hidden in both, and then protected in
        // both, or the 12-month column, all shown, adds up to the total hidden next to it.
        boolean leaversHidden = perSchool.grandTotalMark() != Mark.SHOWN
                || situation.columnTotalMark(0) != Mark.SHOWN || situation.columnTotalMark(1) != Mark.SHOWN;
        if (leaversHidden) {
            int schools = rows.size();
            int situations = s.situation().rowKeys().size();
            perSchool = policy.protect(counts, cols, true, true, (i, j) -> i == schools && j == cols);
            situation = policy.protect(s.situation().counts(), 2, false, true, (i, j) -> i == situations);
        }
        List<String> headers = new ArrayList<>(List.of("School", "Soort", "Uitstroomprofiel"));
        s.destinations().forEach(d -> headers.add("Bestemming: " + Labels.of(d).toLowerCase(Locale.ROOT)));
        headers.add("Schoolverlaters");
        TableBuilder t = new TableBuilder("schoolverlaters", "Schoolverlaters VSO en PrO in de periode",
                headers.toArray(String[]::new)).chart(headers.size() - 1)
                .note("Leerlingen met een (verwachte) uitstroomdatum in de periode. Sluitende aanpak: iedere "
                        + "schoolverlater heeft een bekende bestemming; 'onbekend' vraagt om actie.");
        for (int i = 0; i <= rows.size(); i++) {
            ReportCell[] row = new ReportCell[3 + cols + 1];
            if (i < rows.size()) {
                row[0] = TableBuilder.label(rows.get(i).school());
                row[1] = TableBuilder.label(Labels.of(rows.get(i).schoolType()));
                row[2] = TableBuilder.label(Labels.of(rows.get(i).uitstroomprofiel()));
            } else {
                row[0] = TableBuilder.label("Totaal");
                row[1] = ReportCell.empty();
                row[2] = ReportCell.empty();
            }
            for (int j = 0; j <= cols; j++) {
                row[3 + j] = perSchool.cell(i, j);
            }
            if (i == rows.size()) {
                if (leaversHidden) {
                    row[3 + cols] = hide(row[3 + cols]);
                }
                t.totalRow(row);
            } else {
                t.row(row);
            }
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(t.build());
        tables.add(situationTable(s.situation(), situation, leaversHidden));
        tables.add(dueSoon());
        return tables;
    }

    private static ReportCell hide(ReportCell c) {
        return c.hidden() ? c : ReportCell.count(0, Mark.COMPLEMENT);
    }

    private static ReportTable situationTable(CrossTally s, Protection p, boolean totalsHidden) {
        TableBuilder t = new TableBuilder("schoolverlaters_situatie", "Schoolverlaters: situatie na 6 en 12 maanden",
                "Situatie", "Na 6 maanden", "Na 12 maanden").chart(1)
                .note("Situatie op de dag 6 of 12 maanden na het verlaten van school, uit de plaatsingen van die dag.");
        for (int i = 0; i < s.rowKeys().size(); i++) {
            t.row(TableBuilder.label(Labels.of(s.rowKeys().get(i))), p.cell(i, 0), p.cell(i, 1));
        }
        int last = s.rowKeys().size();
        ReportCell a = p.cell(last, 0);
        ReportCell b = p.cell(last, 1);
        return t.totalRow(TableBuilder.label("Schoolverlaters"), totalsHidden ? hide(a) : a, totalsHidden ? hide(b) : b)
                .build();
    }

    private ReportTable dueSoon() {
        DueSoonFigures d = summary.dueSoon();
        TableBuilder t = new TableBuilder("binnenkort", "Binnenkort te doen (vanaf " + ReportCell.date(summary.referenceDate())
                + ")", "Wat", "In de komende " + d.days() + " dagen", "Te laat").chart(1)
                .note("Alleen aantallen. Wie het betreft staat op de werklijst: op het scherm of via de aparte "
                        + "werklijst-export, nooit in dit overzicht.");
        CrossTally k = d.byKind();
        for (int i = 0; i < k.rowKeys().size(); i++) {
            t.row(TableBuilder.label(Labels.of(k.rowKeys().get(i))), ReportCell.count(k.counts()[i][0]),
                    ReportCell.count(k.counts()[i][1]));
        }
        return t.build();
    }
}
